namespace Compliance.Matching;

/// <summary>
/// How a piece of evidence matched an entity: the <c>MatchKind</c> of a finding, explained in its message.
/// Only <see cref="ExactName"/>, <see cref="Alias"/> and the identifiers the list gives (<see cref="Domain"/>,
/// <see cref="EmailDomain"/>, <see cref="PurlNamespace"/>, <see cref="CpeVendor"/>) are confident, and only on strong
/// evidence; every other kind is a possible match for review (SCC002). docs/matching.md describes each one.
/// </summary>
public static class MatchKinds
{
    /// <summary>The entity's name, equal after normalisation (case, script, look-alikes, spacing of initials, legal form).</summary>
    public const string ExactName = "exact-name";

    /// <summary>One of the entity's aliases, equal after normalisation.</summary>
    public const string Alias = "alias";

    /// <summary>Equal once the spaces between words are ignored ("Sense Time" for "SenseTime").</summary>
    public const string Spacing = "spacing";

    /// <summary>The same words in another order.</summary>
    public const string Reordered = "reordered";

    /// <summary>The listed name with some of its generic words and places left out ("Megvii Technology" for "Beijing Megvii Technology").</summary>
    public const string DistinctiveWords = "distinctive-words";

    /// <summary>A name or alias contained in a longer name ("Huawei" in "Guian New District Huawei Investment").</summary>
    public const string Contained = "contained";

    /// <summary>
    /// A name or alias written across two name fields of one component ("Hua" as supplier, "wei" as manufacturer),
    /// equal once the two are read together.
    /// </summary>
    public const string SplitFields = "split-fields";

    /// <summary>A near spelling of a name or alias (see <see cref="NearSpelling.Threshold"/>).</summary>
    public const string NearSpelling = "near-spelling";

    /// <summary>A URL on a domain the list gives for the entity.</summary>
    public const string Domain = "domain";

    /// <summary>An e-mail address at a domain the list gives for the entity.</summary>
    public const string EmailDomain = "email-domain";

    /// <summary>A purl, group or code-hosting owner under a purl prefix the list gives for the entity.</summary>
    public const string PurlNamespace = "purl-namespace";

    /// <summary>A CPE whose vendor the list gives for the entity.</summary>
    public const string CpeVendor = "cpe-vendor";

    /// <summary>An owner label of a purl, group, domain, e-mail domain or CPE vendor that names an organisation (a whole name, or the distinctive word of a longer one), when the list gives no identifier that covers it.</summary>
    public const string InferredBrand = "inferred-brand";
}
