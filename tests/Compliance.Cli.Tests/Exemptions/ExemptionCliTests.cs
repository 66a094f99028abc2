using System.IO;
using System.Linq;
using System.Text.Json;
using Compliance.Tests;

namespace Compliance.Cli.Tests.Exemptions;

/// <summary>The README's exemption example, end to end: the example BOM and list, judged at fixed dates.</summary>
public class ExemptionCliTests
{
    private static readonly string ExampleBom = TestPaths.Repo("examples", "boms", "restricted-vendor.cdx.json");
    private static readonly string ExampleList = TestPaths.Repo("examples", "lists", "exemptions.json");

    private static CliRunner.Result Check(string asOf, params string[] more) =>
        CliRunner.Run(new[] { "check", ExampleBom, "--entities", ExampleList, "--as-of", asOf }.Concat(more).ToArray());

    /// <summary>"line,column" of <paramref name="needle"/> in a file, plus <paramref name="shift"/> characters.</summary>
    private static string PositionOf(string path, string needle, int shift = 0)
    {
        string text = File.ReadAllText(path);
        int index = text.IndexOf(needle, System.StringComparison.Ordinal) + shift;
        Assert.True(index >= shift, needle);
        int lineStart = text.LastIndexOf('\n', System.Math.Max(0, index - 1)) + 1;
        return $"{text.Take(index).Count(c => c == '\n') + 1},{index - lineStart + 1}";
    }

    [Fact]
    public void The_example_exemption_covers_the_Huawei_component_and_the_stale_one_is_reported()
    {
        var result = Check("2026-12-01");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"{ExampleBom}(16,30): info SCC003: component 'push@6.11.0.300' is supplied by restricted entity 'Huawei Technologies Co., Ltd.'", result.Output);
        Assert.Contains("exempt until 2027-06-30 under exemption 'LIC-D123456' (licence D123456)", result.Output);
        Assert.Contains($"{ExampleList}({PositionOf(ExampleList, "LIC-D654321")}): info SCC009: exemption 'LIC-D654321'", result.Output);
        Assert.Contains("Screened 1 BOM (3 components): 0 errors, 0 warnings, 2 notes", result.Output);
        Assert.DoesNotContain("SCC001", result.Output);
    }

    [Fact]
    public void After_its_end_date_the_exemption_gives_SCC004_and_the_run_fails()
    {
        var result = Check("2027-07-01");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{ExampleBom}(16,30): error SCC004: ", result.Output);
        Assert.Contains("not exempt as of 2027-07-01: exemption 'LIC-D123456' expired on 2027-06-30", result.Output);
    }

    [Fact]
    public void Within_thirty_days_of_its_end_the_exemption_warns_and_the_switches_decide_the_exit_code()
    {
        Assert.Equal(0, Check("2027-06-15").ExitCode);
        Assert.Contains("warning SCC005: exemption 'LIC-D123456' covering component 'push@6.11.0.300'", Check("2027-06-15").Output);
        Assert.Equal(1, Check("2027-06-15", "--warnaserror").ExitCode);
        Assert.Equal(1, Check("2027-06-15", "--warnaserror", "SCC005").ExitCode);
        Assert.Equal(0, Check("2027-06-15", "--warnaserror", "SCC002").ExitCode);
        Assert.Equal(1, Check("2027-06-15", "--warnaserror:SCC005").ExitCode);
        Assert.Equal(1, Check("2027-06-15", "--warnaserror", "SCC002 SCC005").ExitCode);
        Assert.Equal(1, Check("2027-06-15", "--warnaserror", "SCC002", "--warnaserror", "SCC005").ExitCode);
        Assert.DoesNotContain("SCC005", Check("2027-06-15", "--warnaserror", "--nowarn", "SCC005").Output);
        Assert.Equal(0, Check("2027-06-15", "--warnaserror", "--nowarn", "SCC005").ExitCode);
        Assert.DoesNotContain("SCC005", Check("2027-06-15", "--exemption-warning-days", "10").Output);
        Assert.Contains("SCC005", Check("2027-05-01", "--exemption-warning-days", "90").Output);
    }

    [Fact]
    public void The_readme_example_prints_what_the_readme_shows()
    {
        string readme = File.ReadAllText(TestPaths.Repo("README.md"));

        var result = CliRunner.RunProcess(TestPaths.RepositoryRoot, "check", "examples/boms/restricted-vendor.cdx.json",
            "--entities", "examples/lists/exemptions.json", "--as-of", "2026-12-01");

        Assert.Equal(0, result.ExitCode);
        foreach (string line in result.Output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0)) Assert.Contains(line, readme);
    }

    [Fact]
    public void An_id_setting_beats_the_all_rules_setting_in_the_cli()
    {
        string config = CliRunner.TempFile("all.globalconfig", "dotnet_analyzer_diagnostic.severity = error\ndotnet_diagnostic.SCC005.severity = suggestion\n");

        var result = Check("2027-06-15", "--config", config);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("info SCC005", result.Output);
        Assert.Contains("error SCC003", result.Output);
        Assert.Contains("2 errors, 0 warnings, 1 note", result.Output);
    }

    [Fact]
    public void Warnaserror_before_the_inputs_does_not_swallow_a_BOM()
    {
        var result = CliRunner.Run("check", "--warnaserror", ExampleBom, "--entities", ExampleList, "--as-of", "2027-06-15");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error SCC005", result.Output);
    }

    [Fact]
    public void The_example_globalconfig_sets_severities_and_the_summary_counts_them()
    {
        var result = Check("2026-12-01", "--config", TestPaths.Repo("examples", "lists", "compliance.globalconfig"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("warning SCC009", result.Output);
        Assert.Contains("0 errors, 1 warning, 1 note", result.Output);
        Assert.Equal(1, Check("2027-06-15", "--config", TestPaths.Repo("examples", "lists", "compliance.globalconfig")).ExitCode);
    }

    [Fact]
    public void Several_config_files_apply_in_order_and_the_configured_severity_decides_the_exit_code()
    {
        string strict = CliRunner.TempFile("strict.globalconfig", "is_global = true\ndotnet_analyzer_diagnostic.severity = error\n");
        string relaxed = CliRunner.TempFile("relaxed.globalconfig", "dotnet_diagnostic.SCC003.severity = suggestion\ndotnet_diagnostic.SCC009.severity = none\n");

        var strictOnly = Check("2026-12-01", "--config", strict);
        var both = Check("2026-12-01", "--config", strict, "--config", relaxed);

        Assert.Equal(1, strictOnly.ExitCode);
        Assert.Contains("2 errors, 0 warnings, 0 notes", strictOnly.Output);
        Assert.Equal(0, both.ExitCode);
        Assert.Contains("0 errors, 0 warnings, 1 note", both.Output);
    }

    [Fact]
    public void A_bad_config_or_an_unknown_id_on_the_command_line_exits_2()
    {
        string bad = CliRunner.TempFile("bad.globalconfig", "dotnet_diagnostic.SCC003.severity = loud\n");

        var badConfig = Check("2026-12-01", "--config", bad);
        var missingConfig = Check("2026-12-01", "--config", Path.Combine(Path.GetTempPath(), "none-here", ".globalconfig"));
        var typo = Check("2026-12-01", "--warnaserror", "SCC0005");

        Assert.Equal(2, badConfig.ExitCode);
        Assert.Contains($"{bad}(1,37): error: --config: 'loud' is not a severity", badConfig.Error);
        Assert.Equal(2, missingConfig.ExitCode);
        Assert.Equal(2, typo.ExitCode);
        Assert.Contains("'SCC0005' is not a Compliance diagnostic ID", typo.Error);
        Assert.Equal(2, Check("2026-12-01", "--exemption-warning-days", "-1").ExitCode);
    }

    [Fact]
    public void Sarif_records_the_exempted_finding_as_a_suppressed_result_naming_the_exemption()
    {
        var result = Check("2026-12-01", "--format", "sarif");

        using var sarif = JsonDocument.Parse(result.Output);
        var exempted = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("ruleId").GetString() == "SCC003");
        var suppression = Assert.Single(exempted.GetProperty("suppressions").EnumerateArray().ToList());
        Assert.Equal("external", suppression.GetProperty("kind").GetString());
        Assert.StartsWith("Exemption 'LIC-D123456', licence D123456, non-sensitive", suppression.GetProperty("justification").GetString());
        Assert.Equal("LIC-D123456", exempted.GetProperty("properties").GetProperty("exemptionId").GetString());
        Assert.Equal("huawei", exempted.GetProperty("properties").GetProperty("entityId").GetString());
        Assert.Equal("note", exempted.GetProperty("level").GetString());
        var region = exempted.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(16, region.GetProperty("startLine").GetInt32());
        Assert.Empty(Reporting.SchemaCheck.Errors(TestPaths.Fixture("schemas", "sarif", "sarif-schema-2.1.0.json"), result.Output));
    }

    [Fact]
    public void Json_marks_the_exempted_finding_as_suppressed()
    {
        var result = Check("2026-12-01", "--format", "json");

        using var json = JsonDocument.Parse(result.Output);
        var exempted = json.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "SCC003");
        Assert.True(exempted.GetProperty("suppressed").GetBoolean());
        Assert.Contains("LIC-D123456", exempted.GetProperty("justification").GetString());
        Assert.Empty(Reporting.SchemaCheck.Errors(TestPaths.Repo("schemas", "compliance-report.schema.json"), result.Output));
    }

    [Fact]
    public void Without_as_of_exemptions_are_judged_today()
    {
        string list = CliRunner.TempFile("list.json", """
            {"exemptions": [
              {"id": "FOREVER", "entity": "huawei", "components": ["pkg:maven/com.huawei.hms/*"], "expires": "9999-12-31"},
              {"id": "LONG-GONE", "entity": "huawei", "components": ["pkg:maven/com.huawei.hms/push"], "expires": "2000-01-01"}]}
            """);

        var result = CliRunner.Run("check", ExampleBom, "--entities", list);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("exempt until 9999-12-31 under exemption 'FOREVER'", result.Output);
    }

    [Fact]
    public void A_classification_read_from_the_configured_property_scopes_an_exemption()
    {
        string bom = CliRunner.TempFile("bom.cdx.json", """
            {"bomFormat": "CycloneDX", "specVersion": "1.6", "components": [
              {"bom-ref": "sdk", "name": "sdk", "supplier": {"name": "Huawei Technologies Co., Ltd."},
               "properties": [{"name": "acme:eccn", "value": "EAR99"}]}]}
            """);
        string list = CliRunner.TempFile("list.json", """
            {"exemptions": [{"id": "EAR99-ONLY", "entity": "huawei", "classifications": ["EAR99"], "expires": "2030-01-01"}]}
            """);

        var byDefault = CliRunner.Run("check", bom, "--entities", list, "--as-of", "2026-12-01");
        var configured = CliRunner.Run("check", bom, "--entities", list, "--as-of", "2026-12-01", "--classification-property", "acme:eccn");

        Assert.Equal(1, byDefault.ExitCode);
        Assert.Contains("error SCC001", byDefault.Output);
        Assert.Equal(0, configured.ExitCode);
        Assert.Contains("info SCC003", configured.Output);
    }

    [Fact]
    public void A_BOM_that_tries_to_exempt_itself_is_reported_and_still_fails()
    {
        string bom = CliRunner.TempFile("bom.cdx.json", """
            {"bomFormat": "CycloneDX", "specVersion": "1.6", "components": [
              {"bom-ref": "sdk", "name": "sdk", "supplier": {"name": "Huawei Technologies Co., Ltd."},
               "properties": [{"name": "compliance:exemption", "value": "LIC-D123456"}]}]}
            """);

        var result = CliRunner.Run("check", bom, "--entities", ExampleList, "--as-of", "2026-12-01");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{bom}({PositionOf(bom, "compliance:exemption")}): error SCC004: ignored an exemption claimed in the BOM on component 'sdk'", result.Output);
        Assert.Contains("error SCC001", result.Output);
    }

    [Fact]
    public void An_exemption_for_an_entity_no_list_defines_exits_2()
    {
        var result = CliRunner.Run("check", ExampleBom, "--entities", ExampleList, "--no-default-entities", "--as-of", "2026-12-01");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{ExampleList}({PositionOf(ExampleList, "\"huawei\"", 1)}): error SCC008: exemption 'LIC-D123456' names entity 'huawei', which no entity list of this run defines", result.Output);
        Assert.DoesNotContain("SCC009", result.Output);
    }
}
