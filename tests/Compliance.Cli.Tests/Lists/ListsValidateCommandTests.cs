using System.IO;
using System.Text.Json;
using Compliance.Tests;

namespace Compliance.Cli.Tests.Lists;

public class ListsValidateCommandTests
{
    private const string Clean = """
        {"name": "Team list", "published": "2026-11-01", "maxAgeDays": 60,
         "entities": [{"id": "acme", "name": "Acme Widgets Ltd", "programs": ["EL"]}]}
        """;

    [Fact]
    public void A_clean_list_exits_0_with_a_summary()
    {
        string list = CliRunner.TempFile("list.json", Clean);

        var result = CliRunner.Run("lists", "validate", list, "--as-of", "2026-11-28");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Validated 1 list file (1 entities, 0 aliases, 0 exemptions)", result.Output);
        Assert.Contains(": 0 errors, 0 warnings", result.Output);
    }

    [Fact]
    public void Each_problem_is_a_line_with_file_line_column_and_check_and_errors_exit_1()
    {
        string list = CliRunner.TempFile("list.json", """
            {"entities": [
              {"id": "acme", "name": "Acme Widgets Ltd", "aliases": ["Technology"]},
              {"id": "acme-2", "name": "ACME WIDGETS"}
            ],
             "exemptions": [{"id": "ex", "entity": "acme-3", "components": ["pkg:npm/x"], "expires": "2026-01-01"}]}
            """);

        var result = CliRunner.Run("lists", "validate", list, "--as-of", "2026-11-28");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{list}(2,59): warning generic-name: the alias 'Technology' of entity 'acme' is too generic to stand for one vendor", result.Output);
        Assert.Contains($"{list}(2,27): warning shared-name: 'Acme Widgets Ltd' of entity 'acme' is also a name of 'acme-2'", result.Output);
        Assert.Contains($"{list}(5,41): error unknown-entity: exemption 'ex' names entity 'acme-3', which no entity list of this run defines", result.Output);
        Assert.Contains($"{list}(5,91): error expired-exemption: exemption 'ex' expired on 2026-01-01", result.Output);
    }

    [Fact]
    public void The_schema_is_checked_and_only_failing_branches_that_matter_are_reported()
    {
        string list = CliRunner.TempFile("list.json", """{"entities": [{"id": "x", "name": 7}]}""");

        var result = CliRunner.Run("lists", "validate", list);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{list}(1,35): error schema: /entities/0/name: Value is \"integer\" but should be \"string\"", result.Output);
        Assert.Contains($"{list}(1,35): error format: 'name' must be a string, not a number", result.Output);
        Assert.DoesNotContain("Required properties", result.Output);
    }

    [Fact]
    public void Warnings_exit_0_unless_warnaserror()
    {
        string list = CliRunner.TempFile("list.json", Clean.Replace("2026-11-01", "2025-01-01"));

        Assert.Equal(0, CliRunner.Run("lists", "validate", list, "--as-of", "2026-11-28").ExitCode);
        Assert.Equal(1, CliRunner.Run("lists", "validate", list, "--as-of", "2026-11-28", "--warnaserror").ExitCode);
    }

    [Fact]
    public void Json_output_lists_each_problem_with_its_check()
    {
        string list = CliRunner.TempFile("list.json", Clean.Replace("2026-11-01", "2025-01-01"));

        var result = CliRunner.Run("lists", "validate", list, "--as-of", "2026-11-28", "--format", "json");

        using var report = JsonDocument.Parse(result.Output);
        var problem = report.RootElement.GetProperty("problems")[0];
        Assert.Equal("stale-list", problem.GetProperty("check").GetString());
        Assert.Equal("warning", problem.GetProperty("severity").GetString());
        Assert.Equal(1, problem.GetProperty("line").GetInt32());
        Assert.Equal(1, report.RootElement.GetProperty("summary").GetProperty("warnings").GetInt32());
    }

    [Fact]
    public void Files_are_validated_together_and_a_missing_one_exits_2()
    {
        string entities = CliRunner.TempFile("entities.json", Clean);
        string exemptions = CliRunner.TempFile("exemptions.json", """{"exemptions": [{"id": "ex", "entity": "acme", "components": ["pkg:npm/x"], "expires": "2027-01-01"}]}""");

        Assert.Equal(0, CliRunner.Run("lists", "validate", entities, exemptions, "--as-of", "2026-11-28").ExitCode);
        Assert.Equal(1, CliRunner.Run("lists", "validate", exemptions, "--as-of", "2026-11-28").ExitCode);
        var missing = CliRunner.Run("lists", "validate", entities, Path.Combine(Path.GetTempPath(), "no-such-list.json"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("the entity list file does not exist", missing.Output);
    }

    [Fact]
    public void The_imported_full_sdn_list_validates_with_warnings_only()
    {
        var result = CliRunner.Run("lists", "validate", ImportedSdn.ListPath, "--as-of", "2024-05-10");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("warning shared-name: 'NATIONAL IRANIAN TANKER COMPANY' of entity 'ofac-15117' is also a name of 'ofac-15118'", result.Output);
        Assert.Contains(": 0 errors,", result.Output);
    }
}
