using Compliance.Boms;
using Compliance.Entities;

namespace Compliance.Matching;

/// <summary>
/// What can point at each type of entity (docs/matching.md, "Entity types"). Only an organisation supplies software:
/// it admits every kind of match. A person is not a supplier's organisation and shares a name with many others: an
/// individual admits only a person's or an author's name, and only as a whole (exactly, by alias, spacing or word
/// order). A vessel or aircraft supplies nothing: it admits only an organisation named exactly like it. Identifiers
/// the list gives admit any type (the list's own statement); brands are inferred for organisations only.
/// </summary>
internal static class EntityTypeRules
{
    public static bool Admits(ValueHit hit, EvidenceKind evidence, bool looksLikeOrganization)
    {
        if (IsListedIdentifier(hit.Kind)) return true;
        return hit.Entity.Type switch
        {
            EntityType.Organization => true,
            EntityType.Individual => evidence is EvidenceKind.Person or EvidenceKind.Party
                && hit.Kind is MatchKinds.ExactName or MatchKinds.Alias or MatchKinds.Reordered or MatchKinds.Spacing,
            _ => (evidence == EvidenceKind.Organization || (evidence == EvidenceKind.Party && looksLikeOrganization))
                && hit.Kind is MatchKinds.ExactName or MatchKinds.Alias,
        };
    }

    /// <summary>An exact name is confident only for an organisation: a namesake person, ship or aircraft is a lead for review.</summary>
    public static bool CanBeConfident(Entity entity, string kind) => entity.Type == EntityType.Organization || IsListedIdentifier(kind);

    /// <summary>Why a confident kind of match is only possible for this entity, for its explanation.</summary>
    public static string NotConfidentNote(EntityType type) => type switch
    {
        EntityType.Individual => " (the listed entity is an individual: a namesake is a lead for review)",
        EntityType.Vessel => " (the listed entity is a vessel, which supplies no software)",
        _ => " (the listed entity is an aircraft, which supplies no software)",
    };

    private static bool IsListedIdentifier(string kind) =>
        kind is MatchKinds.Domain or MatchKinds.EmailDomain or MatchKinds.PurlNamespace or MatchKinds.CpeVendor;
}
