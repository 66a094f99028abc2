using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using Compliance.Boms;
using Compliance.Diagnostics;
using Compliance.Entities;
using Compliance.Screening;

namespace Compliance.Core.Tests.Matching;

/// <summary>What a screening says about one component: SCC001, SCC002 or nothing above a note, and for which entity.</summary>
public enum Outcome
{
    None,
    Possible,
    Confident,
}

/// <summary>Builds BOMs from evidence values and screens them, for the matching tests.</summary>
internal static class Screening
{
    public static EntityList List(string json) => EntityListLoader.LoadText("entities.json", json);

    /// <summary>A CycloneDX 1.6 BOM with one component per entry; <c>Component</c> is the JSON of the component's evidence properties.</summary>
    public static Bom CycloneDx(IEnumerable<(string Ref, string Component)> components)
    {
        var json = new StringBuilder("""{"bomFormat": "CycloneDX", "specVersion": "1.6", "components": [""");
        bool first = true;
        foreach (var (reference, component) in components)
        {
            if (!first) json.Append(',');
            first = false;
            json.Append($$"""{"type": "library", "bom-ref": {{Quote(reference)}}, "name": {{Quote(reference)}}, {{component}}}""");
        }
        json.Append("]}");
        var bom = BomReader.ReadText("generated.cdx.json", json.ToString());
        Assert.Empty(bom.Problems);
        return bom;
    }

    public static string Quote(string value) => JsonSerializer.Serialize(value);

    public static IReadOnlyList<Finding> Screen(Bom bom, params EntityList[] lists) => Screen(new[] { bom }, lists);

    public static IReadOnlyList<Finding> Screen(IReadOnlyList<Bom> boms, params EntityList[] lists)
    {
        var catalog = EntityCatalog.Combine(lists);
        Assert.Empty(catalog.Problems);
        return Screener.Screen(boms, catalog, new ScreeningOptions()).Findings;
    }

    /// <summary>The strongest restricted-vendor finding per component reference, with its entity.</summary>
    public static Dictionary<string, (Outcome Outcome, string? EntityId, Finding? Finding)> ByComponent(IEnumerable<Finding> findings)
    {
        var result = new Dictionary<string, (Outcome, string?, Finding?)>();
        foreach (var finding in findings.Where(f => f.BomRef is not null))
        {
            var outcome = finding.Id switch { "SCC001" => Outcome.Confident, "SCC002" => Outcome.Possible, _ => Outcome.None };
            if (outcome == Outcome.None) continue;
            if (result.TryGetValue(finding.BomRef!, out var current) && current.Item1 >= outcome) continue;
            result[finding.BomRef!] = (outcome, finding.EntityId, finding);
        }
        return result;
    }
}
