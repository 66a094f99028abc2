using System.IO;
using System.Linq;
using System.Text.Json;
using Compliance.Tests;

namespace Compliance.Cli.Tests.Reporting;

public class SarifOutputTests
{
    private static readonly string SarifSchema = TestPaths.Fixture("schemas", "sarif", "sarif-schema-2.1.0.json");

    private static (string Bom, string Sarif) RunOnExample()
    {
        string dir = Path.GetDirectoryName(CliRunner.TempFile("x", ""))!;
        string bom = Path.Combine(dir, "sbom", "app.cdx.json");
        Directory.CreateDirectory(Path.GetDirectoryName(bom)!);
        File.Copy(TestPaths.Repo("examples", "boms", "restricted-vendor.cdx.json"), bom);
        var result = CliRunner.Run("check", bom, "--format", "sarif", "--base-path", dir);
        Assert.Equal(1, result.ExitCode);
        return (bom, result.Output);
    }

    [Fact]
    public void Sarif_output_validates_against_the_sarif_2_1_0_schema()
    {
        var (_, sarif) = RunOnExample();

        Assert.Empty(SchemaCheck.Errors(SarifSchema, sarif));
    }

    [Fact]
    public void Sarif_output_validates_for_every_fixture_bom_together()
    {
        var result = CliRunner.Run("check", TestPaths.Fixture("boms"), "--format", "sarif", "--base-path", TestPaths.Fixtures);

        Assert.Empty(SchemaCheck.Errors(SarifSchema, result.Output));
    }

    [Fact]
    public void Results_carry_what_code_scanning_needs()
    {
        var (_, sarif) = RunOnExample();
        using var document = JsonDocument.Parse(sarif);
        var run = document.RootElement.GetProperty("runs")[0];

        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(10, rules.Count);
        Assert.All(rules, rule =>
        {
            Assert.NotEmpty(rule.GetProperty("shortDescription").GetProperty("text").GetString()!);
            Assert.NotEmpty(rule.GetProperty("fullDescription").GetProperty("text").GetString()!);
            Assert.NotEmpty(rule.GetProperty("help").GetProperty("text").GetString()!);
            Assert.EndsWith(rule.GetProperty("id").GetString() + ".md", rule.GetProperty("helpUri").GetString());
        });

        var result = Assert.Single(run.GetProperty("results").EnumerateArray());
        Assert.Equal("SCC001", result.GetProperty("ruleId").GetString());
        Assert.Equal("error", result.GetProperty("level").GetString());
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("sbom/app.cdx.json", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        var region = location.GetProperty("region");
        Assert.Equal(16, region.GetProperty("startLine").GetInt32());
        Assert.Equal(30, region.GetProperty("startColumn").GetInt32());
        Assert.Equal(16, region.GetProperty("endLine").GetInt32());
        Assert.Equal(30 + "Huawei Technologies Co., Ltd.".Length, region.GetProperty("endColumn").GetInt32());
        Assert.NotEmpty(result.GetProperty("partialFingerprints").EnumerateObject());

        var properties = result.GetProperty("properties");
        Assert.Equal("pkg:maven/com.huawei.hms/push@6.11.0.300", properties.GetProperty("bomRef").GetString());
        Assert.Equal("pkg:maven/com.huawei.hms/push@6.11.0.300", properties.GetProperty("purl").GetString());
        Assert.Equal("huawei", properties.GetProperty("entityId").GetString());
        Assert.Equal("EL, 889, FCC, CMIC", properties.GetProperty("list").GetString());
        Assert.Equal("supplier.name", properties.GetProperty("evidenceField").GetString());
        Assert.Equal("Huawei Technologies Co., Ltd.", properties.GetProperty("matchedName").GetString());
        Assert.Equal(1.0, properties.GetProperty("score").GetDouble());
    }

    [Fact]
    public void The_region_covers_the_evidence_text_in_the_file()
    {
        var (bom, sarif) = RunOnExample();
        using var document = JsonDocument.Parse(sarif);
        var region = document.RootElement.GetProperty("runs")[0].GetProperty("results")[0]
            .GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");

        string line = File.ReadAllLines(bom)[region.GetProperty("startLine").GetInt32() - 1];
        int start = region.GetProperty("startColumn").GetInt32() - 1;
        int end = region.GetProperty("endColumn").GetInt32() - 1;
        Assert.Equal("Huawei Technologies Co., Ltd.", line[start..end]);
    }
}
