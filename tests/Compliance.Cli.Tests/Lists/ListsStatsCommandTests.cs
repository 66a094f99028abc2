using System.IO;
using System.Linq;
using System.Text.Json;
using Compliance.Entities;
using Compliance.Tests;

namespace Compliance.Cli.Tests.Lists;

public class ListsStatsCommandTests
{
    [Fact]
    public void Stats_of_an_imported_csl_sample_count_programmes_countries_and_aliases()
    {
        string output = Path.Combine(Path.GetTempPath(), "compliance-tests", Path.GetRandomFileName(), "csl.json");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        CliRunner.Run("lists", "import", "--from", "csl", TestPaths.Fixture("lists", "csl", "csl-2019-sample-115rows.csv"), "-o", output, "--published", "2019-12-03", "--max-age-days", "35");
        var list = EntityListLoader.LoadFile(output);

        var result = CliRunner.Run("lists", "stats", output, "--as-of", "2020-01-31", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var stats = JsonDocument.Parse(result.Output);
        var root = stats.RootElement;
        Assert.Equal(list.Entities.Count, root.GetProperty("entities").GetInt32());
        Assert.Equal(list.Entities.Sum(e => e.Aliases.Count), root.GetProperty("aliases").GetInt32());
        Assert.Equal(59, root.GetProperty("ageDays").GetInt32());
        Assert.True(root.GetProperty("stale").GetBoolean());
        var programs = root.GetProperty("programs").EnumerateArray().ToDictionary(p => p.GetProperty("code").GetString()!, p => p.GetProperty("entities").GetInt32());
        Assert.Equal(list.Entities.Count(e => e.Programs.Any(p => p.Code == "EL")), programs["EL"]);
        var sdn = root.GetProperty("programs").EnumerateArray().Single(p => p.GetProperty("code").GetString() == "SDN");
        Assert.Equal(0, sdn.GetProperty("exemptible").GetInt32());
        var types = root.GetProperty("types");
        Assert.Equal(list.Entities.Count(e => e.Type == EntityType.Individual), types.GetProperty("individual").GetInt32());
        Assert.Equal(list.Entities.Count(e => e.Type == EntityType.Organization), types.GetProperty("organization").GetInt32());
        Assert.True(types.GetProperty("individual").GetInt32() > 0);
        var countries = root.GetProperty("countries").EnumerateArray().ToDictionary(c => c.GetProperty("country").GetString()!, c => c.GetProperty("entities").GetInt32());
        Assert.Equal(list.Entities.Count(e => e.Country == "RU"), countries["RU"]);
    }

    [Fact]
    public void Text_stats_start_with_the_name_and_age()
    {
        string list = CliRunner.TempFile("list.json", """
            {"name": "Team list", "published": "2026-11-01", "maxAgeDays": 60,
             "entities": [{"id": "acme", "name": "Acme Widgets Ltd", "aliases": ["Acme"], "programs": ["EL"], "country": "CN"}]}
            """);

        var result = CliRunner.Run("lists", "stats", list, "--as-of", "2026-11-28");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n');
        Assert.Equal($"Team list: {list}", lines[0]);
        Assert.Equal("  age          published 2026-11-01, 27 days before 2026-11-28; maxAgeDays 60", lines[1]);
        Assert.Contains("  types        organization 1", lines);
        Assert.Contains("  programmes   EL 1 (exemptible)", lines);
        Assert.Contains("  countries    1: CN 1", lines);
    }

    [Fact]
    public void An_unreadable_list_exits_2()
    {
        string list = CliRunner.TempFile("list.json", "{\"entities\": 3}");

        var result = CliRunner.Run("lists", "stats", list);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{list}(1,14): error: entity list could not be read: 'entities' must be an array, not a number", result.Error);
    }
}
