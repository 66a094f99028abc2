using System.IO;
using System.Linq;
using System.Text.Json;
using Compliance.Tests;

namespace Compliance.Cli.Tests.Reporting;

public class OutputFormatTests
{
    private static readonly string Example = TestPaths.Repo("examples", "boms", "restricted-vendor.cdx.json");
    private static readonly string ReportSchema = TestPaths.Repo("schemas", "compliance-report.schema.json");

    [Fact]
    public void Text_lines_have_the_form_the_dotnet_problem_matcher_reads()
    {
        var result = CliRunner.Run("check", Example);

        // setup-dotnet's csc.json pattern.
        var matcher = new System.Text.RegularExpressions.Regex(@"^([^\s].*)\((\d+|\d+,\d+|\d+,\d+,\d+,\d+)\):\s+(error|warning)\s+([a-zA-Z]+(?<!MSB)\d+):\s*(.*?)\s+\[(.*?)\]$");
        var lines = result.Output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        var match = matcher.Match(lines[0]);
        Assert.True(match.Success, lines[0]);
        Assert.Equal(Example, match.Groups[1].Value);
        Assert.Equal("16,30", match.Groups[2].Value);
        Assert.Equal("SCC001", match.Groups[4].Value);
        Assert.Equal("Screened 1 BOM (3 components): 1 error, 0 warnings, 0 notes", lines[^1]);
    }

    [Fact]
    public void Json_output_validates_against_its_schema_and_carries_the_finding()
    {
        var result = CliRunner.Run("check", Example, "--format", "json");

        Assert.Empty(SchemaCheck.Errors(ReportSchema, result.Output));
        using var document = JsonDocument.Parse(result.Output);
        var summary = document.RootElement.GetProperty("summary");
        Assert.Equal(1, summary.GetProperty("errors").GetInt32());
        Assert.Equal(1, summary.GetProperty("exitCode").GetInt32());
        var finding = Assert.Single(document.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal("SCC001", finding.GetProperty("id").GetString());
        Assert.Equal("huawei", finding.GetProperty("entityId").GetString());
        Assert.Equal(16, finding.GetProperty("location").GetProperty("startLine").GetInt32());
        Assert.Contains("Screened 1 BOM", result.Error);
    }

    [Fact]
    public void Json_output_validates_for_all_fixture_boms_and_for_input_failures()
    {
        var all = CliRunner.Run("check", TestPaths.Fixture("boms"), "--format", "json");
        var failed = CliRunner.Run("check", "/no/such/bom.json", "--format", "json");

        Assert.Empty(SchemaCheck.Errors(ReportSchema, all.Output));
        Assert.Empty(SchemaCheck.Errors(ReportSchema, failed.Output));
        Assert.Equal(2, failed.ExitCode);
        using var document = JsonDocument.Parse(failed.Output);
        Assert.True(document.RootElement.GetProperty("summary").GetProperty("inputFailure").GetBoolean());
    }

    [Fact]
    public void Github_format_writes_workflow_commands_with_positions()
    {
        string dir = Path.GetDirectoryName(Path.GetDirectoryName(Example))!;
        var result = CliRunner.Run("check", Example, "--format", "github", "--base-path", dir);

        string first = result.Output.Split('\n')[0].TrimEnd('\r');
        Assert.StartsWith("::error file=boms/restricted-vendor.cdx.json,line=16,col=30,endLine=16,endColumn=59,title=SCC001::component 'push@6.11.0.300'", first);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void Github_format_escapes_newlines_and_percent_signs_in_messages()
    {
        string bom = CliRunner.TempFile("b,o:m.json", "{\"bomFormat\":\"CycloneDX\",\"components\":[{\"name\":\"100%\\nsure\",\"supplier\":{\"name\":\"Huawei\"}}]}");

        var result = CliRunner.Run("check", bom, "--format", "github");

        string first = result.Output.Split('\n')[0];
        Assert.Contains("b%2Co%3Am.json", first);
        Assert.Contains("100%25\\u000Asure", first);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("sarif")]
    [InlineData("json")]
    [InlineData("github")]
    public void Output_is_byte_identical_across_runs(string format)
    {
        string[] args = { "check", TestPaths.Fixture("boms"), Example, "--format", format, "--base-path", TestPaths.RepositoryRoot };

        var first = CliRunner.Run(args);
        var second = CliRunner.Run(args);

        Assert.Equal(first.Output, second.Output);
        Assert.NotEmpty(first.Output);
    }

    [Fact]
    public void Output_file_receives_the_report_and_the_console_the_summary()
    {
        string output = Path.Combine(Path.GetDirectoryName(CliRunner.TempFile("x", ""))!, "report.sarif");

        var result = CliRunner.Run("check", Example, "--format", "sarif", "--output", output);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("Screened 1 BOM", result.Output);
        Assert.Contains("\"ruleId\": \"SCC001\"", File.ReadAllText(output));
    }
}
