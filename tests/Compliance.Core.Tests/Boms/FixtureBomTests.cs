using System.Collections.Generic;
using System.IO;
using System.Linq;
using Compliance.Boms;
using Compliance.Tests;

namespace Compliance.Core.Tests.Boms;

/// <summary>Every real BOM in the shared fixtures must be read without error, with exact evidence locations.</summary>
public class FixtureBomTests
{
    public static IEnumerable<object[]> FixtureBoms() =>
        Directory.EnumerateFiles(TestPaths.Fixture("boms"), "*.json", SearchOption.AllDirectories)
            .OrderBy(p => p, System.StringComparer.Ordinal)
            .Select(p => new object[] { Path.GetRelativePath(TestPaths.Fixture("boms"), p) });

    [Fact]
    public void The_fixture_folder_holds_the_expected_number_of_boms()
    {
        Assert.Equal(24, FixtureBoms().Count());
    }

    [Theory]
    [MemberData(nameof(FixtureBoms))]
    public void Every_fixture_bom_is_read_without_problems(string relativePath)
    {
        var bom = BomReader.ReadFile(TestPaths.Fixture("boms", relativePath));

        Assert.Empty(bom.Problems);
        Assert.NotEqual(BomFormat.Unknown, bom.Format);
    }

    [Theory]
    [MemberData(nameof(FixtureBoms))]
    public void Every_evidence_span_covers_its_value_in_the_file(string relativePath)
    {
        string path = TestPaths.Fixture("boms", relativePath);
        var bom = BomReader.ReadFile(path);
        string text = File.ReadAllText(path);
        var lines = text.Split('\n');

        foreach (var evidence in bom.Components.SelectMany(c => c.Evidence))
        {
            var at = evidence.Location;
            Assert.True(at.StartLine >= 1 && at.StartLine == at.EndLine, $"{evidence.Field} at {at}");
            string line = lines[at.StartLine - 1];
            string covered = line.Substring(at.StartColumn - 1, at.EndColumn - at.StartColumn);
            string byOffset = text.Substring(at.StartOffset, at.EndOffset - at.StartOffset);
            Assert.Equal(covered, byOffset);
            if (!covered.Contains('\\')) Assert.Equal(evidence.Value, covered);
        }
    }

    [Theory]
    [InlineData("cyclonedx/cdx12-keycloak-10.0.2.bom.json", BomFormat.CycloneDx, "1.2", 904)]
    [InlineData("cyclonedx/cdx14-juice-shop-npm.bom.json", BomFormat.CycloneDx, "1.4", 1116)]
    [InlineData("cyclonedx/cdx14-hbom-pcie-sata-adapter.bom.json", BomFormat.CycloneDx, "1.4", 7)]
    [InlineData("spdx/spdx22-wild-constellation-syft.spdx.json", BomFormat.Spdx, "SPDX-2.2", 1303)]
    [InlineData("spdx/spdx23-spec-example.spdx.json", BomFormat.Spdx, "SPDX-2.3", 4)]
    [InlineData("generated/cyclonedx-dotnet-6.3.1.spec1.7.cdx.json", BomFormat.CycloneDx, "1.7", -1)]
    public void Format_version_and_component_count_are_recognised_from_content(string relativePath, BomFormat format, string version, int components)
    {
        var bom = BomReader.ReadFile(TestPaths.Fixture("boms", relativePath));

        Assert.Equal(format, bom.Format);
        Assert.Equal(version, bom.SpecVersion);
        if (components >= 0) Assert.Equal(components, bom.Components.Count);
        else Assert.NotEmpty(bom.Components);
    }

    [Fact]
    public void Hardware_bom_suppliers_are_organisations_with_urls()
    {
        var bom = BomReader.ReadFile(TestPaths.Fixture("boms", "cyclonedx", "cdx14-hbom-pcie-sata-adapter.bom.json"));

        var suppliers = bom.Components.SelectMany(c => c.Evidence).Where(e => e.Field == "supplier.name").ToList();
        Assert.Equal(6, suppliers.Count);
        Assert.All(suppliers, e => Assert.Equal(EvidenceKind.Organization, e.Kind));
        Assert.Contains(bom.Components.SelectMany(c => c.Evidence), e => e.Field == "supplier.url" && e.Kind == EvidenceKind.Url);
    }

    [Fact]
    public void Spdx_supplier_and_originator_are_split_into_name_and_email()
    {
        var bom = BomReader.ReadFile(TestPaths.Fixture("boms", "spdx", "spdx23-spec-example.spdx.json"));

        var evidence = bom.Components.SelectMany(c => c.Evidence).ToList();
        Assert.Contains(evidence, e => e.Field == "supplier" && e.Kind == EvidenceKind.Person && e.Value == "Jane Doe");
        Assert.Contains(evidence, e => e.Field == "originator" && e.Kind == EvidenceKind.Organization && e.Value == "ExampleCodeInspect");
        Assert.Contains(evidence, e => e.Field == "externalRefs.purl" && e.Kind == EvidenceKind.Identifier);
        Assert.Contains(evidence, e => e.Field == "externalRefs.cpe23Type");
    }
}
