using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Compliance.Importing;

/// <summary>
/// The US screening lists by code, the agency behind each, and the stable id an imported entity gets.
/// Ids: OFAC entries keep OFAC's entity number (<c>ofac-36</c>, the same from the CSL and from sdn.csv); other
/// agencies' entries have no number, so the id is the agency and the name (<c>bis-guian-new-district-...</c>):
/// the same name on the Entity List and the MEU list is one entity with two programmes.
/// </summary>
public static class ListSources
{
    /// <summary>The source codes of the trade.gov Consolidated Screening List.</summary>
    public static readonly IReadOnlyList<string> CslCodes = new[] { "CAP", "CMIC", "DPL", "DTC", "EL", "FSE", "ISN", "MBS", "MEU", "PLC", "SDN", "SSI", "UVL" };

    private static readonly Regex ParenthesisedCode = new(@"\(([^()]+)\)", RegexOptions.Compiled);

    /// <summary>"Entity List (EL) - Bureau of Industry and Security" gives "EL"; "(NS-MBS List)" gives "MBS".</summary>
    public static string? CodeOf(string sourceText)
    {
        var match = ParenthesisedCode.Match(sourceText);
        if (!match.Success) return IsCode(sourceText.Trim()) ? sourceText.Trim().ToUpperInvariant() : null;
        string code = match.Groups[1].Value.Trim();
        if (code.EndsWith(" List", StringComparison.OrdinalIgnoreCase)) code = code.Substring(0, code.Length - 5).Trim();
        code = code.ToUpperInvariant();
        return code == "NS-MBS" ? "MBS" : code;
    }

    public static bool IsCode(string code) => ((IList<string>)CslCodes).Contains(code.ToUpperInvariant());

    public static string Agency(string code) => code.ToUpperInvariant() switch
    {
        "SDN" or "SSI" or "FSE" or "PLC" or "CAP" or "CMIC" or "MBS" => "ofac",
        "EL" or "DPL" or "UVL" or "MEU" => "bis",
        "ISN" or "DTC" => "state",
        _ => code.ToLowerInvariant(),
    };

    /// <summary>The id of an entity from its list code, OFAC entity number (if any) and name.</summary>
    public static string EntityId(string code, string? entityNumber, string name)
    {
        string agency = Agency(code);
        if (agency == "ofac" && entityNumber is { Length: > 0 } && IsDigits(entityNumber)) return "ofac-" + entityNumber;
        return agency + "-" + ImportText.Slug(name);
    }

    public static bool IsDigits(string text)
    {
        if (text.Length == 0) return false;
        foreach (char c in text)
        {
            if (c is < '0' or > '9') return false;
        }
        return true;
    }
}
