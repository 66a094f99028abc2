using System;

namespace Compliance.Entities;

/// <summary>
/// What a listed entity is. It decides which evidence can point at it: only an organisation supplies software, so
/// only an organisation is matched by every kind of evidence; an individual is matched only by a person's name, as a
/// whole; a vessel or aircraft only by an organisation named exactly like it (docs/matching.md, "Entity types").
/// </summary>
public enum EntityType
{
    Organization,
    Individual,
    Vessel,
    Aircraft,
}

/// <summary>The names entity types have in entity-list files (<c>"type": "vessel"</c>).</summary>
public static class EntityTypes
{
    /// <summary>Every name, in the order of <see cref="EntityType"/>.</summary>
    public static readonly string[] Names = { "organization", "individual", "vessel", "aircraft" };

    public static string Name(EntityType type) => Names[(int)type];

    public static bool TryParse(string name, out EntityType type)
    {
        int index = Array.IndexOf(Names, name);
        type = index < 0 ? EntityType.Organization : (EntityType)index;
        return index >= 0;
    }
}
