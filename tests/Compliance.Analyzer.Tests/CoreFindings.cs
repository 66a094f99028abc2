using System.Collections.Generic;
using System.Text.RegularExpressions;
using Compliance.Boms;
using Compliance.Entities;
using Compliance.Screening;

namespace Compliance.Analyzer.Tests;

/// <summary>What the engine itself says about a BOM: the analyzer must report the same message.</summary>
internal static class CoreFindings
{
    private static readonly Regex Markup = new(@"\{\|#\d+:|\|\}");

    public static string Unmarked(string markup) => Markup.Replace(markup, "");

    public static string Message(string bomMarkup, string id, string? entityListMarkup = null, bool useDefaultList = true)
    {
        var lists = new List<EntityList>();
        if (useDefaultList) lists.Add(DefaultEntityList.Load());
        if (entityListMarkup is not null) lists.Add(EntityListLoader.LoadText("list.json", Unmarked(entityListMarkup)));
        Dates.TryParse(AnalyzerTest.AsOf, out var asOf);
        var result = Screener.Screen(new[] { BomReader.ReadText("bom.json", Unmarked(bomMarkup)) }, EntityCatalog.Combine(lists), new ScreeningOptions { AsOf = asOf });
        return Assert.Single(result.Findings, f => f.Id == id).Message;
    }
}
