using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Compliance.Boms;
using Compliance.Entities;
using Compliance.Tests;
using Xunit.Abstractions;

namespace Compliance.Core.Tests.Matching;

/// <summary>
/// No fixture BOM is supplied by a restricted vendor: with the embedded default list none may get an SCC001, and with
/// the official lists imported in full (the OFAC SDN list, the CSL samples) none may get an SCC001 and only the possible
/// matches docs/matching.md lists and argues may appear.
/// </summary>
public class FixtureBomScreeningTests
{
    private readonly ITestOutputHelper _output;

    public FixtureBomScreeningTests(ITestOutputHelper output) => _output = output;

    private static readonly Lazy<List<Bom>> Boms = new(() => Directory.EnumerateFiles(TestPaths.Fixture("boms"), "*.json", SearchOption.AllDirectories)
        .OrderBy(p => p, StringComparer.Ordinal)
        .Select(path => BomReader.ReadFile(path))
        .ToList());

    [Fact]
    public void No_fixture_bom_gets_an_scc001_with_the_default_list()
    {
        Assert.Equal(24, Boms.Value.Count);

        var findings = Screening.Screen(Boms.Value, DefaultEntityList.Load());

        Assert.DoesNotContain(findings, f => f.Id == "SCC001");
        // docs/matching.md lists and argues every SCC002 on the fixtures: keep the two in step.
        Assert.Empty(findings.Where(f => f.Id == "SCC002").Select(f => $"{Path.GetFileName(f.Location.Path)}: {f.Message}"));
    }

    /// <summary>The possible matches on the fixtures with the full SDN list, each argued in docs/matching.md: (component, entity id).</summary>
    private static readonly (string Component, string Entity)[] ArguedSdnMatches =
    {
        ("47155-4001", "ofac-13156"), // a connector of the hardware BOM, supplier "Molex": a near spelling of the alias MODLEX
    };

    [Fact]
    public void With_the_full_sdn_list_no_fixture_bom_gets_an_scc001_and_only_the_argued_scc002()
    {
        var sdn = OfficialLists.Sdn;
        Assert.Equal(14965, sdn.Entities.Count);

        var findings = Screening.Screen(Boms.Value, sdn);

        var possible = findings.Where(f => f.Id == "SCC002").ToList();
        foreach (var finding in possible) _output.WriteLine($"{Path.GetFileName(finding.Location.Path)}: {finding.Message}");
        Assert.DoesNotContain(findings, f => f.Id == "SCC001");
        Assert.True(possible.Count <= ArguedSdnMatches.Length, $"{possible.Count} SCC002, more than the {ArguedSdnMatches.Length} docs/matching.md argues");
        Assert.All(possible, f => Assert.Contains((f.ComponentName!, f.EntityId!), ArguedSdnMatches));
    }

    [Theory]
    [InlineData("csl-2019-sample-115rows.csv")]
    [InlineData("csl-2025-sample-12rows.csv")]
    public void With_a_csl_sample_imported_from_every_source_no_fixture_bom_gets_a_finding(string file)
    {
        var csl = OfficialLists.Csl(file);
        Assert.NotEmpty(csl.Entities);

        var findings = Screening.Screen(Boms.Value, csl);

        Assert.Empty(findings.Where(f => f.Id is "SCC001" or "SCC002").Select(f => $"{Path.GetFileName(f.Location.Path)}: {f.Message}"));
    }
}
