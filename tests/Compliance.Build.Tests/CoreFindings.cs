using System.Collections.Generic;
using System.Linq;
using Compliance.Boms;
using Compliance.Diagnostics;
using Compliance.Entities;
using Compliance.Screening;

namespace Compliance.Build.Tests;

/// <summary>What the engine itself finds in a BOM: the MSBuild outlets must report exactly this.</summary>
internal static class CoreFindings
{
    public const string AsOf = "2026-12-01";

    public static Finding Single(string bom, string id, string? entityList = null)
    {
        var lists = new List<EntityList> { DefaultEntityList.Load() };
        if (entityList is not null) lists.Add(EntityListLoader.LoadText("list.json", entityList));
        Dates.TryParse(AsOf, out var asOf);
        var result = Screener.Screen(new[] { BomReader.ReadText("bom.json", bom) }, EntityCatalog.Combine(lists), new ScreeningOptions { AsOf = asOf });
        return Assert.Single(result.Findings, f => f.Id == id);
    }

    /// <summary>The message as the build prints it: the engine's message, then the help link as the compiler adds it.</summary>
    public static string BuildMessage(Finding finding) => $"{finding.Message} ({finding.Rule.HelpUri})";
}
