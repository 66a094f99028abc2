using System.Collections.Generic;
using System.Linq;

namespace Compliance.Diagnostics;

/// <summary>Every diagnostic the tool can raise, in one table (as BannedApiAnalyzers keeps its descriptors).</summary>
public static class Rules
{
    public const string HelpBaseUri = "https://github.com/compliance-tool/compliance/blob/main/docs/diagnostics/";

    public static readonly Rule RestrictedVendor = new(
        "SCC001", "Component supplied by a restricted entity", Severity.Error,
        "A component's vendor evidence matches a restricted entity confidently (an exact name or alias, or an identifier the list gives). Remove the component, or record a \"non-sensitive\" exemption for it in the entity list if a licence allows it.");

    public static readonly Rule PossibleRestrictedVendor = new(
        "SCC002", "Component may be supplied by a restricted entity", Severity.Warning,
        "A component's vendor evidence resembles a restricted entity: a partial, fuzzy or inferred match, or a confident match on weak evidence such as a person's name. Review it: confirm and exempt or remove the component, or record why it is a false positive.");

    public static readonly Rule ExemptedVendor = new(
        "SCC003", "Restricted vendor covered by an exemption", Severity.Note,
        "A component from a restricted entity is covered by a valid \"non-sensitive\" exemption from the entity list. The finding is kept, as a suppressed result, so that an audit sees it.");

    public static readonly Rule InvalidExemption = new(
        "SCC004", "Exemption expired, out of scope or not allowed", Severity.Error,
        "An exemption that would cover a finding cannot: it has expired or is not yet approved, the entity is listed under a programme that allows no exemption (such as the OFAC SDN list), or the exemption does not name every programme the entity is listed under. Also reported where a BOM claims an exemption for itself: only list files can exempt.");

    public static readonly Rule ExemptionExpiresSoon = new(
        "SCC005", "Exemption in use expires soon", Severity.Warning,
        "An exemption that covers a finding expires within the warning window. Renew the licence or plan the component's removal.");

    public static readonly Rule NoVendorEvidence = new(
        "SCC006", "Component has no vendor evidence", Severity.Note,
        "A component carries no supplier, manufacturer, publisher, author, purl, CPE, URL or copyright, so its vendor could not be screened. Regenerate the BOM with richer data or add a supplier.");

    public static readonly Rule UnreadableBom = new(
        "SCC007", "BOM could not be read", Severity.Error,
        "A bill of materials could not be read: it is missing, malformed, not CycloneDX or SPDX JSON, has the wrong type where vendor evidence is read, or failed its schema. Nothing in it was screened, so the check fails.");

    public static readonly Rule UnreadableEntityList = new(
        "SCC008", "Entity list or exemption file could not be read", Severity.Error,
        "An entity list or exemption file is missing, malformed or invalid. Screening against an incomplete list would pass components it should stop, so the check fails.");

    public static readonly Rule UnusedExemption = new(
        "SCC009", "Exemption matched nothing", Severity.Note,
        "An exemption covered no finding in the BOMs screened. It may be stale: remove it, or check its scope.");

    public static readonly Rule StaleEntityList = new(
        "SCC010", "Entity list is older than its allowed age", Severity.Warning,
        "An entity list's published date is older than its declared maximum age. Restricted-entity lists change often: import the current official list.");

    public static IReadOnlyList<Rule> All { get; } = new[]
    {
        RestrictedVendor, PossibleRestrictedVendor, ExemptedVendor, InvalidExemption, ExemptionExpiresSoon,
        NoVendorEvidence, UnreadableBom, UnreadableEntityList, UnusedExemption, StaleEntityList,
    };

    private static readonly Dictionary<string, Rule> ById = All.ToDictionary(r => r.Id, System.StringComparer.OrdinalIgnoreCase);

    public static Rule? Find(string id) => ById.TryGetValue(id.Trim(), out var rule) ? rule : null;
}
