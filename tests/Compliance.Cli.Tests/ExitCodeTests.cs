using System.IO;
using Compliance.Tests;

namespace Compliance.Cli.Tests;

public class ExitCodeTests
{
    private const string HuaweiBom = """
        {"bomFormat":"CycloneDX","specVersion":"1.6","components":[
          {"bom-ref":"hms","name":"hms-push","version":"6.1","supplier":{"name":"Huawei Technologies Co., Ltd."}}]}
        """;

    [Fact]
    public void A_clean_bom_exits_0()
    {
        var result = CliRunner.Run("check", TestPaths.Fixture("boms", "cyclonedx", "cdx12-dropwizard-1.3.15.bom.json"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Screened 1 BOM (168 components): 0 errors", result.Output);
    }

    [Fact]
    public void A_restricted_supplier_exits_1_with_a_canonical_line()
    {
        string bom = CliRunner.TempFile("bom.cdx.json", HuaweiBom);

        var result = CliRunner.Run("check", bom);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{bom}(2,74): error SCC001: component 'hms-push@6.1' is supplied by restricted entity 'Huawei Technologies Co., Ltd.'", result.Output);
        Assert.Contains("[hms]", result.Output);
    }

    [Fact]
    public void A_missing_bom_exits_2_even_beside_a_good_one()
    {
        string good = TestPaths.Fixture("boms", "cyclonedx", "cdx12-dropwizard-1.3.15.bom.json");

        var result = CliRunner.Run("check", good, "/no/such/bom.json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("/no/such/bom.json: error SCC007: BOM could not be read: the BOM file does not exist", result.Output);
    }

    [Fact]
    public void A_glob_that_matches_nothing_exits_2()
    {
        var result = CliRunner.Run("check", Path.Combine(Path.GetTempPath(), "compliance-none-*", "*.cdx.json"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("the pattern matches no file", result.Output);
    }

    [Fact]
    public void A_malformed_entity_list_exits_2_with_its_location()
    {
        string bom = TestPaths.Fixture("boms", "cyclonedx", "cdx12-dropwizard-1.3.15.bom.json");
        string list = CliRunner.TempFile("list.json", "{\"entities\": [{\"id\": \"x\", \"name\": 7}]}");

        var result = CliRunner.Run("check", bom, "--entities", list);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{list}(1,35): error SCC008: entity list could not be read: 'name' must be a string, not a number", result.Output);
    }

    [Fact]
    public void Bad_arguments_exit_2()
    {
        Assert.Equal(2, CliRunner.Run("check").ExitCode);
        Assert.Equal(2, CliRunner.Run("check", "x.json", "--format", "xml").ExitCode);
        Assert.Equal(2, CliRunner.Run("check", "x.json", "--as-of", "tomorrow").ExitCode);
    }

    [Fact]
    public void The_real_process_returns_the_exit_code_and_prints_no_stack_trace()
    {
        string bom = CliRunner.TempFile("bom.cdx.json", "{\"bomFormat\": \"CycloneDX\", \"components\": [");

        var result = CliRunner.RunProcess(Path.GetDirectoryName(bom)!, "check", "bom.cdx.json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("bom.cdx.json(1,", result.Output);
        Assert.Contains("error SCC007", result.Output);
        Assert.DoesNotContain("   at ", result.Output + result.Error);
    }
}
