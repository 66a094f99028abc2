using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Compliance.Boms;
using Compliance.Tests;

namespace Compliance.Core.Tests.Matching;

/// <summary>
/// The labelled development cases in ../shared/fixtures/matching/dev-cases, in CycloneDX and SPDX form, screened
/// against their entity list: strong means SCC001 for the labelled entity, weak at least SCC002 for it, none
/// nothing above a note.
/// </summary>
public class DevCaseTests
{
    private static readonly string Folder = TestPaths.Fixture("matching", "dev-cases");

    private static readonly Lazy<Dictionary<string, Dictionary<string, (Outcome Outcome, string? EntityId, Compliance.Diagnostics.Finding? Finding)>>> Results = new(() =>
    {
        var list = Screening.List(File.ReadAllText(Path.Combine(Folder, "entities.json")));
        var results = new Dictionary<string, Dictionary<string, (Outcome, string?, Compliance.Diagnostics.Finding?)>>();
        foreach (var (format, file) in new[] { ("cyclonedx", "cases.cdx.json"), ("spdx", "cases.spdx.json") })
        {
            var bom = BomReader.ReadFile(Path.Combine(Folder, file));
            Assert.Empty(bom.Problems);
            var byComponent = Screening.ByComponent(Screening.Screen(bom, list));
            results[format] = byComponent.ToDictionary(p => p.Key.Replace("SPDXRef-", ""), p => p.Value);
        }
        return results;
    });

    public static IEnumerable<object[]> Cases()
    {
        using var labels = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "labels.json")));
        foreach (var format in new[] { "cyclonedx", "spdx" })
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

    [Fact]
    public void Every_labelled_case_is_in_both_boms()
    {
        Assert.Equal(2 * 94, Cases().Count());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_labelled_case_gets_its_expected_outcome(string format, string reference, string category, string strength, string entity, string value)
    {
        Results.Value[format].TryGetValue(reference, out var result);
        string because = $"{format} {reference} ({category}) '{value}': got {result.Outcome} for '{result.EntityId}': {result.Finding?.Message}";
        switch (strength)
        {
            case "strong":
                Assert.True(result.Outcome == Outcome.Confident && result.EntityId == entity, because);
                break;
            case "weak":
                Assert.True(result.Outcome >= Outcome.Possible && result.EntityId == entity, because);
                break;
            default:
                Assert.True(result.Outcome == Outcome.None, because);
                break;
        }
    }
}
