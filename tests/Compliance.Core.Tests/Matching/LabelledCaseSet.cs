using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Compliance.Boms;
using Compliance.Diagnostics;

namespace Compliance.Core.Tests.Matching;

/// <summary>
/// A folder of labelled matching cases in the shape of ../shared/fixtures/matching/dev-cases: one component per case
/// in <c>cases.cdx.json</c> and <c>cases.spdx.json</c>, screened against <c>entities.json</c>, with <c>labels.json</c>
/// saying what each should get: strong means SCC001 for the labelled entity, weak at least SCC002 for it, none
/// nothing above a note.
/// </summary>
internal sealed class LabelledCaseSet
{
    public static readonly string[] Formats = { "cyclonedx", "spdx" };

    private readonly string folder;
    private readonly Lazy<Dictionary<string, Dictionary<string, (Outcome Outcome, string? EntityId, Finding? Finding)>>> results;

    public LabelledCaseSet(string folder)
    {
        this.folder = folder;
        results = new(Screen);
    }

    /// <summary>Every label, once per format: format, ref, category, strength, entity ("" for none), value.</summary>
    public IEnumerable<object[]> Cases()
    {
        using var labels = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "labels.json")));
        foreach (var format in Formats)
        {
            foreach (var label in labels.RootElement.EnumerateArray())
            {
                yield return new object[]
                {
                    format, label.GetProperty("ref").GetString()!, label.GetProperty("category").GetString()!,
                    label.GetProperty("strength").GetString()!, label.GetProperty("entity").GetString() ?? "", label.GetProperty("value").GetString()!,
                };
            }
        }
    }

    /// <summary>Whether the case got its labelled outcome, and a sentence saying what it got.</summary>
    public (bool Passed, string Explanation) Check(string format, string reference, string category, string strength, string entity, string value)
    {
        results.Value[format].TryGetValue(reference, out var result);
        bool passed = strength switch
        {
            "strong" => result.Outcome == Outcome.Confident && result.EntityId == entity,
            "weak" => result.Outcome >= Outcome.Possible && result.EntityId == entity,
            _ => result.Outcome == Outcome.None,
        };
        return (passed, $"{format} {reference} ({category}, {strength}) '{value}': got {result.Outcome} for '{result.EntityId}': {result.Finding?.Message}");
    }

    /// <summary>The components that every case's reference names, per format, with the strongest finding of each.</summary>
    private Dictionary<string, Dictionary<string, (Outcome, string?, Finding?)>> Screen()
    {
        var list = Screening.List(File.ReadAllText(Path.Combine(folder, "entities.json")));
        var byFormat = new Dictionary<string, Dictionary<string, (Outcome, string?, Finding?)>>();
        foreach (var (format, file) in new[] { ("cyclonedx", "cases.cdx.json"), ("spdx", "cases.spdx.json") })
        {
            var bom = BomReader.ReadFile(Path.Combine(folder, file));
            Assert.Empty(bom.Problems);
            var byComponent = Screening.ByComponent(Screening.Screen(bom, list));
            byFormat[format] = byComponent.ToDictionary(p => p.Key.Replace("SPDXRef-", ""), p => p.Value);
        }
        return byFormat;
    }
}
