using System.IO;
using System.Linq;
using System.Text.Json;
using Compliance.Entities;
using Compliance.Tests;

namespace Compliance.Cli.Tests.Lists;

public class ListsImportCommandTests
{
    private static readonly string Sdn = TestPaths.Fixture("lists", "ofac", "sdn-2024-05-03.csv");
    private static readonly string Csl2019 = TestPaths.Fixture("lists", "csl", "csl-2019-sample-115rows.csv");

    private static string OutputPath(string name = "list.json")
    {
        string dir = Path.Combine(Path.GetTempPath(), "compliance-tests", Path.GetRandomFileName());
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, name);
    }

    [Fact]
    public void The_full_ofac_sdn_list_imports_into_a_list_the_checker_loads()
    {
        var result = ImportedSdn.Result;
        string output = ImportedSdn.ListPath;

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"Imported 14,965 entities with 18,005 aliases from 14,965 rows (ofac-sdn) into {output}", result.Output);
        Assert.Contains("alt-2025-02.csv(5936,1): warning: 1,468 aliases belong to entries that are not in the SDN file", result.Output);
        var list = EntityListLoader.LoadFile(output);
        Assert.Empty(list.Problems);
        Assert.Equal(14965, list.Entities.Count);
        Assert.Equal(new System.DateTime(2024, 5, 3), list.Published);
    }

    [Fact]
    public void The_report_can_be_json()
    {
        string output = OutputPath();

        var result = CliRunner.Run("lists", "import", "--from", "csl", Csl2019, "-o", output, "--format", "json", "--sources", "EL,SDN");

        Assert.Equal(0, result.ExitCode);
        using var report = JsonDocument.Parse(result.Output);
        Assert.Equal("csl", report.RootElement.GetProperty("from").GetString());
        Assert.Equal(50, report.RootElement.GetProperty("rowsRead").GetInt32());
        Assert.Equal(65, report.RootElement.GetProperty("rowsFilteredOut").GetInt32());
        Assert.Equal(EntityListLoader.LoadFile(output).Entities.Count, report.RootElement.GetProperty("entities").GetInt32());
    }

    [Fact]
    public void Unreadable_rows_exit_1_with_their_lines_and_the_list_is_still_written()
    {
        var lines = File.ReadAllLines(Csl2019);
        lines[3] += ",extra";
        string input = CliRunner.TempFile("csl.csv", string.Join("\n", lines) + "\n");
        string output = OutputPath();

        var result = CliRunner.Run("lists", "import", "--from", "csl", input, "-o", output);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{input}(4,1): error: the record has 29 fields instead of 28", result.Output);
        Assert.Contains("1 unreadable rows left out", result.Output);
        Assert.True(File.Exists(output));
    }

    [Fact]
    public void A_file_that_is_not_what_from_says_exits_2_and_writes_nothing()
    {
        string output = OutputPath();

        var result = CliRunner.Run("lists", "import", "--from", "csl", Sdn, "-o", output);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not a Consolidated Screening List CSV", result.Output);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Missing_alt_csv_beside_sdn_csv_exits_2_naming_the_option()
    {
        var result = CliRunner.Run("lists", "import", "--from", "ofac-sdn", Sdn, "-o", OutputPath());

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("alt.csv", result.Error);
        Assert.Contains("--alt", result.Error);
    }

    [Theory]
    [InlineData("--sources", "XYZ")]
    [InlineData("--published", "yesterday")]
    [InlineData("--max-age-days", "0")]
    public void Bad_arguments_exit_2(string option, string value)
    {
        var result = CliRunner.Run("lists", "import", "--from", "csl", Csl2019, "-o", OutputPath(), option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: ", result.Error);
    }

    [Fact]
    public void An_invalid_overlay_exits_2_with_its_location()
    {
        string overlay = CliRunner.TempFile("overlay.json", "{\"entities\": [{\"id\": \"x\", \"name\": \"X\", \"aliasses\": []}]}");

        var result = CliRunner.Run("lists", "import", "--from", "csl", Csl2019, "-o", OutputPath(), "--overlay", overlay);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{overlay}(1,41): error: overlay: unknown property 'aliasses'", result.Error);
    }

    [Fact]
    public void Importing_twice_gives_the_same_bytes()
    {
        string first = OutputPath(), second = OutputPath();
        string overlay = CliRunner.TempFile("overlay.json", "{\"maxAgeDays\": 35, \"entities\": [{\"id\": \"ofac-9673\", \"name\": \"Mohammed ABU JHEISHEH\", \"aliases\": [\"M. Abu Jheisheh\"]}]}");

        CliRunner.Run("lists", "import", "--from", "csl", Csl2019, "-o", first, "--overlay", overlay, "--published", "2019-12-03");
        CliRunner.Run("lists", "import", "--from", "csl", Csl2019, "-o", second, "--overlay", overlay, "--published", "2019-12-03");

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        Assert.Contains("M. Abu Jheisheh", EntityListLoader.LoadFile(first).Entities.Single(e => e.Id == "ofac-9673").Aliases);
    }
}
