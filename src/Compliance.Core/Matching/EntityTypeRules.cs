using Compliance.Entities;

namespace Compliance.Matching;

/// <summary>
/// What can point at each type of entity (docs/matching.md, "Entity types"). Only an organisation supplies software:
/// it admits every kind of match. A person's name is shared by many people: an individual admits a name only as a
/// whole (exactly, by alias, spacing or word order), never contained in a longer name, nearly spelled or inferred
/// from an identifier. A vessel or aircraft supplies nothing (its owners and operators are listed as organisations):
/// it admits no name at all. Identifiers the list gives admit any type, being the list's own statement.
/// </summary>
internal static class EntityTypeRules
{
    public static bool Admits(ValueHit hit) => IsListedIdentifier(hit.Kind) || hit.Entity.Type switch
    {
        EntityType.Organization => true,
        EntityType.Individual => hit.Kind is MatchKinds.ExactName or MatchKinds.Alias or MatchKinds.Reordered or MatchKinds.Spacing,
        _ => false,
    };

    /// <summary>A name is confident only for an organisation: a namesake of a listed person is a lead for review.</summary>
    public static bool CanBeConfident(Entity entity, string kind) => entity.Type == EntityType.Organization || IsListedIdentifier(kind);

    public const string IndividualNote = " (the listed entity is an individual: a namesake is a lead for review)";

    private static bool IsListedIdentifier(string kind) =>
        kind is MatchKinds.Domain or MatchKinds.EmailDomain or MatchKinds.PurlNamespace or MatchKinds.CpeVendor;
}
