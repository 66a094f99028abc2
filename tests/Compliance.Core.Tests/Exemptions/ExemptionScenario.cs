using System;
using System.Collections.Generic;
using System.Linq;
using Compliance.Boms;
using Compliance.Diagnostics;
using Compliance.Entities;
using Compliance.Screening;

namespace Compliance.Core.Tests.Exemptions;

/// <summary>
/// A run with entities of its own (so that the tests do not depend on the embedded list): an Entity List company,
/// an SDN-listed company, and a company on both the Entity List and the Section 889 list.
/// </summary>
internal static class ExemptionScenario
{
    public const string ListPath = "lists/team.json";
    public const string BomPath = "boms/app.cdx.json";

    public const string EntitiesJson = """
          "entities": [
            {"id": "zorvex", "name": "Zorvex Telecom Co., Ltd.", "programs": [{"code": "EL", "citation": "99 FR 1234"}]},
            {"id": "blocked", "name": "Quandrix Blocked Holdings", "programs": ["EL", {"code": "SDN", "citation": "OFAC SDN"}]},
            {"id": "twolists", "name": "Merovia Networks Ltd.", "programs": ["EL", "889"]}
          ]
        """;

    public static string List(string exemptions) => "{\n" + EntitiesJson + ",\n  \"exemptions\": " + exemptions + "\n}";

    /// <summary>A CycloneDX component supplied by <paramref name="supplier"/>; extra JSON members may be added.</summary>
    public static string Component(string name, string version, string purl, string supplier, string extra = "") =>
        $$"""{"bom-ref": "{{purl}}", "name": "{{name}}", "version": "{{version}}", "purl": "{{purl}}", "supplier": {"name": "{{supplier}}"}{{extra}}}""";

    public static string Bom(params string[] components) =>
        "{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.6\", \"components\": [\n" + string.Join(",\n", components) + "\n]}";

    public static string Zorvex(string name = "push", string version = "6.2.0", string extra = "") =>
        Component(name, version, $"pkg:maven/com.zorvex.sdk/{name}@{version}", "Zorvex Telecom Co., Ltd.", extra);

    public static ScreeningResult Screen(string exemptions, string bom, string asOf, Action<ScreeningOptions>? configure = null) =>
        ScreenText(List(exemptions), bom, asOf, configure);

    public static ScreeningResult ScreenText(string listJson, string bom, string asOf, Action<ScreeningOptions>? configure = null)
    {
        var list = EntityListLoader.LoadText(ListPath, listJson);
        Assert.Empty(list.Problems);
        var options = new ScreeningOptions();
        Assert.True(Dates.TryParse(asOf, out var date));
        options.AsOf = date;
        configure?.Invoke(options);
        return Screener.Screen(new[] { BomReader.ReadText(BomPath, bom) }, EntityCatalog.Combine(new[] { list }), options);
    }

    /// <summary>The 1-based line and column where <paramref name="needle"/> starts in <paramref name="text"/>.</summary>
    public static (int Line, int Column) PositionOf(string text, string needle)
    {
        int index = text.IndexOf(needle, StringComparison.Ordinal);
        Assert.True(index >= 0, needle);
        int lineStart = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        return (text.Take(index).Count(c => c == '\n') + 1, index - lineStart + 1);
    }

    public static Finding Only(this ScreeningResult result, string id) => Assert.Single(result.Findings, f => f.Id == id);

    public static IEnumerable<string> Ids(this ScreeningResult result) => result.Findings.Select(f => f.Id);
}
