using System;
using System.Linq;
using Compliance.Boms;
using Compliance.Entities;
using Compliance.Json;
using Compliance.Screening;

namespace Compliance.Core.Tests.Reliability;

/// <summary>Reads and screens JSON text against the embedded default list, as every outlet does.</summary>
public static class ScreeningHelper
{
    private static readonly EntityCatalog DefaultCatalog = EntityCatalog.Combine(new[] { DefaultEntityList.Load() });

    public static ScreeningResult Screen(string json, string path = "bom.json") => Screen(BomReader.ReadText(path, json));

    public static ScreeningResult Screen(params Bom[] boms) =>
        Screener.Screen(boms, DefaultCatalog, new ScreeningOptions { AsOf = new DateTime(2026, 11, 28, 0, 0, 0, DateTimeKind.Utc) });

    public static string Ids(ScreeningResult result) => string.Join(" ", result.Findings.Select(f => f.Id));
}
