using Compliance.Diagnostics;

namespace Compliance.ListTools;

/// <summary>One kind of problem <c>lists validate</c> finds in an entity list, with its severity.</summary>
public sealed record ListCheck(string Name, Severity Severity, string Description);

/// <summary>The checks, in the order <c>lists validate</c> runs them (documented in README.md).</summary>
public static class ListChecks
{
    public static readonly ListCheck Format = new("format", Severity.Error, "the file is not a valid entity list for the engine's loader (syntax, types, missing or unknown properties)");
    public static readonly ListCheck Schema = new("schema", Severity.Error, "the file does not validate against schemas/entity-list.schema.json");
    public static readonly ListCheck DuplicateId = new("duplicate-id", Severity.Error, "two entities or two exemptions have the same id, in one file or across the files validated together");
    public static readonly ListCheck GenericName = new("generic-name", Severity.Warning, "a name or alias that is only a legal form, one generic word or place, or under three letters ('Technology', 'Ltd', 'China'): it never matches on its own");
    public static readonly ListCheck UnknownEntity = new("unknown-entity", Severity.Error, "an exemption names an entity id that no list defines");
    public static readonly ListCheck ExpiredExemption = new("expired-exemption", Severity.Error, "an exemption's expiry date has passed");
    public static readonly ListCheck ExemptionNotAllowed = new("exemption-not-allowed", Severity.Error, "an exemption covers a programme that allows none (for example SDN or DPL)");
    public static readonly ListCheck SharedName = new("shared-name", Severity.Warning, "one name or alias (after normalisation) belongs to two entities, so a match cannot say which one is meant");
    public static readonly ListCheck SharedIdentifier = new("shared-identifier", Severity.Warning, "one domain, e-mail domain, purl prefix or CPE vendor belongs to two entities");
    public static readonly ListCheck StaleList = new("stale-list", Severity.Warning, "the list is older than its maxAgeDays, or gives maxAgeDays without a published date");

    public static readonly ListCheck[] All =
    {
        Format, Schema, DuplicateId, UnknownEntity, ExpiredExemption, ExemptionNotAllowed, GenericName, SharedName, SharedIdentifier, StaleList,
    };
}

/// <summary>A problem in an entity list, located like a compiler diagnostic.</summary>
public sealed record ListProblem(ListCheck Check, SourceSpan Location, string Message)
{
    public Severity Severity => Check.Severity;
}
