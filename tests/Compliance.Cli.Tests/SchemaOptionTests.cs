using System.IO;
using Compliance.Tests;

namespace Compliance.Cli.Tests;

/// <summary><c>--schema</c> validates BOMs against the official schemas; a failure is SCC007 at the failing value.</summary>
public class SchemaOptionTests
{
    private static readonly string CycloneDx16 = TestPaths.Fixture("schemas", "cyclonedx", "bom-1.6.schema.json");
    private static readonly string Spdx23 = TestPaths.Fixture("schemas", "spdx", "spdx-2.3-schema.json");

    [Fact]
    public void A_valid_cyclonedx_bom_passes_the_official_schema()
    {
        var result = CliRunner.Run("check", TestPaths.Fixture("boms", "cyclonedx", "cdx16-juice-shop-npm11.bom.json"), "--schema", CycloneDx16);

        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void A_valid_spdx_bom_passes_the_official_schema()
    {
        var result = CliRunner.Run("check", TestPaths.Fixture("boms", "spdx", "spdx23-spec-example.spdx.json"), "--schema", Spdx23);

        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void A_schema_failure_is_scc007_located_at_the_failing_value()
    {
        string bom = CliRunner.TempFile("bom.cdx.json", """
            {
              "bomFormat": "CycloneDX",
              "specVersion": "1.6",
              "metadata": { "timestamp": "yesterday" },
              "components": [ { "type": "library", "name": "a" } ]
            }
            """);

        var result = CliRunner.Run("check", bom, "--schema", CycloneDx16);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{bom}(4,31): error SCC007: BOM could not be read: schema: /metadata/timestamp:", result.Output);
    }

    [Fact]
    public void A_syft_bom_that_breaks_the_spdx_22_schema_fails_with_schema_but_reads_without()
    {
        string bom = TestPaths.Fixture("boms", "spdx", "spdx22-wild-constellation-syft.spdx.json");
        string schema = TestPaths.Fixture("schemas", "spdx", "spdx-2.2-schema.json");

        Assert.Equal(2, CliRunner.Run("check", bom, "--schema", schema).ExitCode);
        Assert.NotEqual(2, CliRunner.Run("check", bom).ExitCode);
    }

    [Fact]
    public void An_unreadable_schema_is_a_bad_argument()
    {
        string schema = CliRunner.TempFile("schema.json", "{ not json");

        var result = CliRunner.Run("check", TestPaths.Fixture("boms", "spdx", "spdx23-spec-example.spdx.json"), "--schema", schema);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--schema", result.Error);
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(schema)!, "out")));
    }

    /// <summary>A reference is resolved only when evaluation reaches it; one that cannot be resolved ended the run as an "internal failure".</summary>
    [Theory]
    [InlineData("https://example.invalid/bom.schema.json")]
    [InlineData("file:///etc/passwd")]
    public void A_schema_whose_reference_cannot_be_resolved_is_scc007_for_each_bom_and_nothing_is_fetched(string reference)
    {
        string schema = CliRunner.TempFile("unresolved.schema.json", $$"""{"$ref":"{{reference}}"}""");
        string bom = CliRunner.TempFile("bom.cdx.json", """{"bomFormat":"CycloneDX","specVersion":"1.6","components":[]}""");

        var result = CliRunner.Run("check", bom, "--schema", schema);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(bom + $"(1,1): error SCC007: BOM could not be read: schema: the schema could not be applied: Could not resolve '{reference}'", result.Output);
        Assert.DoesNotContain("internal failure", result.Error);
    }
}
