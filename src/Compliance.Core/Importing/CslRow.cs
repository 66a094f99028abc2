using System.Collections.Generic;
using Compliance.Diagnostics;

namespace Compliance.Importing;

/// <summary>One record of the Consolidated Screening List, the same whether it came from the CSV or the JSON form.</summary>
internal sealed class CslRow
{
    public CslRow(SourceSpan location) => Location = location;

    public SourceSpan Location { get; }
    public string? Source { get; set; }
    public string? EntityNumber { get; set; }
    public string? Type { get; set; }
    public List<string> Programs { get; } = new();
    public string? Name { get; set; }
    public string? Title { get; set; }
    public List<string> AltNames { get; } = new();
    public List<(string Text, string? Country)> Addresses { get; } = new();
    public string? FederalRegisterNotice { get; set; }
    public string? StartDate { get; set; }
    public string? EndDate { get; set; }
    public string? LicenseRequirement { get; set; }
    public string? LicensePolicy { get; set; }
    public List<string> Websites { get; } = new();
    public List<string> EmailAddresses { get; } = new();
    public List<string> Nationalities { get; } = new();
}
