using System.Linq;
using Compliance.Boms;
using Compliance.Diagnostics;
using Compliance.Tests;
using static Compliance.Core.Tests.Exemptions.ExemptionScenario;

namespace Compliance.Core.Tests.Exemptions;

public class BomExemptionClaimTests
{
    [Fact]
    public void A_component_property_claiming_an_exemption_is_ignored_and_reported_as_SCC004()
    {
        var bom = Bom(Zorvex(extra: """, "properties": [{"name": "compliance:exemption", "value": "LIC-1"}]"""));

        var result = Screen("[]", bom, "2026-12-01");

        Assert.Equal("SCC001", Assert.Single(result.Findings, f => f.EntityId == "zorvex").Id);
        var claim = result.Only("SCC004");
        Assert.Equal(Severity.Error, claim.Severity);
        Assert.Equal("pkg:maven/com.zorvex.sdk/push@6.2.0", claim.BomRef);
        Assert.Equal(PositionOf(bom, "compliance:exemption"), (claim.Location.StartLine, claim.Location.StartColumn));
        Assert.Contains("ignored an exemption claimed in the BOM on component 'push@6.2.0' (properties.name 'compliance:exemption = LIC-1')", claim.Message);
        Assert.Contains("exemptions come only from the compliance team's list files", claim.Message);
    }

    [Theory]
    [InlineData("\"suppressions\": [{\"kind\": \"external\"}]")]
    [InlineData("\"exportWaiver\": true")]
    [InlineData("\"x-Exempt\": \"yes\"")]
    [InlineData("\"licenseException\": \"ENC\"")]
    public void A_component_field_named_like_an_exemption_is_reported(string field)
    {
        var bom = Bom(Zorvex(extra: ", " + field));

        var result = Screen("[]", bom, "2026-12-01");

        Assert.Contains("SCC001", result.Ids());
        Assert.Contains("(field '", result.Only("SCC004").Message);
    }

    [Fact]
    public void A_BOM_level_annotation_or_property_claiming_an_exemption_is_reported_on_the_BOM()
    {
        var bom = """
            {"bomFormat": "CycloneDX", "specVersion": "1.6",
             "metadata": {"properties": [{"name": "scc:suppress", "value": "SCC001"}]},
             "components": [{"bom-ref": "a", "name": "a", "supplier": {"name": "Zorvex Telecom Co., Ltd."}}],
             "annotations": [{"subjects": ["a"], "annotator": {"organization": {"name": "Dev"}}, "timestamp": "2026-01-01T00:00:00Z",
                              "text": "Exempt from export screening under licence D1"}]}
            """;

        var result = Screen("[]", bom, "2026-12-01");

        var claims = result.Findings.Where(f => f.Id == "SCC004").ToList();
        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Contains("on the BOM", c.Message));
        Assert.Contains(claims, c => c.Message.Contains("annotations.text 'Exempt from export screening under licence D1'"));
        Assert.Contains("SCC001", result.Ids());
    }

    [Fact]
    public void An_SPDX_package_annotation_claiming_a_waiver_is_reported_on_that_package()
    {
        var bom = """
            {"spdxVersion": "SPDX-2.3", "SPDXID": "SPDXRef-DOCUMENT", "name": "x",
             "packages": [{"SPDXID": "SPDXRef-p", "name": "p", "supplier": "Organization: Zorvex Telecom Co., Ltd.",
                           "annotations": [{"annotationType": "REVIEW", "annotator": "Person: Dev", "annotationDate": "2026-01-01T00:00:00Z",
                                            "comment": "export waiver granted"}]}]}
            """;

        var result = Screen("[]", bom, "2026-12-01");

        Assert.Equal("SPDXRef-p", result.Only("SCC004").BomRef);
        Assert.Contains("SCC001", result.Ids());
    }

    [Fact]
    public void A_BOM_claim_never_covers_a_finding_even_when_it_names_a_real_exemption_id()
    {
        var exemption = """[{"id": "LIC-1", "entity": "zorvex", "components": ["pkg:maven/com.other/*"], "expires": "2030-01-01"}]""";
        var bom = Bom(Zorvex(extra: """, "properties": [{"name": "exemption", "value": "LIC-1"}]"""));

        var result = Screen(exemption, bom, "2026-12-01");

        Assert.Equal(new[] { "SCC001", "SCC004", "SCC009" }, result.Ids().OrderBy(i => i));
    }

    [Fact]
    public void Ordinary_properties_and_annotations_are_not_claims()
    {
        Assert.False(ExemptionClaim.LooksLikeExemption("cdx:npm:package:path"));
        Assert.False(ExemptionClaim.LooksLikeExemption("Package scanned by the SBOM generator"));
        Assert.True(ExemptionClaim.LooksLikeExemption("Compliance.Suppression"));
        Assert.True(ExemptionClaim.LooksLikeExemption("export_waived"));
    }

    [Fact]
    public void No_shared_fixture_BOM_claims_an_exemption()
    {
        var claims = System.IO.Directory.EnumerateFiles(TestPaths.Fixture("boms"), "*.json", System.IO.SearchOption.AllDirectories)
            .SelectMany(path => BomReader.ReadFile(path).ExemptionClaims.Select(c => $"{path}: {c.Text}"))
            .ToList();

        Assert.Empty(claims);
    }
}
