using System.IO;
using System.Linq;
using System.Text.Json;
using Compliance.Entities;
using Compliance.Tests;

namespace Compliance.Cli.Tests.Lists;

public class ListsDiffCommandTests
{
    private const string Old = """
        {"entities": [
          {"id": "acme", "name": "Acme Widgets Ltd", "aliases": ["Acme"], "programs": ["EL"]},
          {"id": "initech", "name": "Initech Inc", "programs": ["EL"]}
        ]}
        """;

    private const string New = """
        {"entities": [
          {"id": "acme", "name": "Acme Widgets Ltd", "aliases": ["Acme Widgets"], "programs": ["EL", "MEU"]},
          {"id": "globex", "name": "Globex Corporation", "aliases": ["Globex"], "programs": ["SDN"]}
        ]}
        """;

    private const string Bom = """
        {"bomFormat": "CycloneDX", "specVersion": "1.6", "components": [
          {"bom-ref": "a", "name": "widget", "version": "1.0", "supplier": {"name": "Acme"}},
          {"bom-ref": "g", "name": "gizmo", "version": "2.0", "supplier": {"name": "Globex Corporation"}},
          {"bom-ref": "i", "name": "tps", "version": "3.0", "supplier": {"name": "Initech Inc"}},
          {"bom-ref": "o", "name": "other", "version": "4.0", "supplier": {"name": "Umbrella"}}
        ]}
        """;

    [Fact]
    public void Entities_and_aliases_added_removed_and_changed_are_listed_and_exit_1()
    {
        string old = CliRunner.TempFile("old.json", Old), current = CliRunner.TempFile("new.json", New);

        var result = CliRunner.Run("lists", "diff", old, current);

        Assert.Equal(1, result.ExitCode);
        var lines = result.Output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("~ acme: programme +MEU (exemptible); alias +'Acme Widgets'; alias -'Acme'", lines);
        Assert.Contains("+ globex 'Globex Corporation' (SDN), 1 alias", lines);
        Assert.Contains("- initech 'Initech Inc' (EL)", lines);
        Assert.Contains("1 entities added, 1 removed, 1 changed; aliases 2 added, 1 removed; 0 exemptions changed", lines);
    }

    [Fact]
    public void The_same_list_exits_0()
    {
        string old = CliRunner.TempFile("old.json", Old);

        var result = CliRunner.Run("lists", "diff", old, old);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("The lists have the same content.", result.Output);
    }

    [Fact]
    public void With_boms_only_components_whose_outcome_changes_are_printed()
    {
        string old = CliRunner.TempFile("old.json", Old), current = CliRunner.TempFile("new.json", New);
        string bom = CliRunner.TempFile("app.cdx.json", Bom);

        var result = CliRunner.Run("lists", "diff", old, current, "--bom", bom, "--as-of", "2026-11-28");

        Assert.Equal(1, result.ExitCode);
        var lines = result.Output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.Equal($"{bom}(2,78): component 'widget': was error SCC001 acme ('Acme Widgets Ltd', EL); now not flagged", lines[0]);
        Assert.Equal($"{bom}(3,77): component 'gizmo': was not flagged; now error SCC001 globex ('Globex Corporation', SDN)", lines[1]);
        Assert.Equal($"{bom}(4,75): component 'tps': was error SCC001 initech ('Initech Inc', EL); now not flagged", lines[2]);
        Assert.StartsWith("3 of 4 components in 1 BOM screen differently (list: 1 entities added, 1 removed, 1 changed;", lines[3]);
    }

    [Fact]
    public void A_changed_type_is_listed_and_the_components_it_changes_are_printed()
    {
        string old = CliRunner.TempFile("old.json", """{"entities": [{"id": "helm", "name": "HELM", "type": "vessel", "programs": ["SDN"]}]}""");
        string current = CliRunner.TempFile("new.json", """{"entities": [{"id": "helm", "name": "HELM", "programs": ["SDN"]}]}""");
        string bom = CliRunner.TempFile("app.cdx.json", """
            {"bomFormat": "CycloneDX", "specVersion": "1.6", "components": [
              {"bom-ref": "h", "name": "charts", "version": "1.0", "supplier": {"name": "Helm"}}
            ]}
            """);

        var listed = CliRunner.Run("lists", "diff", old, current);
        var screened = CliRunner.Run("lists", "diff", old, current, "--bom", bom, "--as-of", "2026-11-28");

        Assert.Contains("~ helm: type 'vessel' -> 'organization'", listed.Output.Split('\n'));
        Assert.Equal(1, screened.ExitCode);
        string expected = $"{bom}(2,78): component 'charts': was not flagged; now error SCC001 helm ('HELM', SDN)";
        Assert.True(screened.Output.StartsWith(expected, System.StringComparison.Ordinal), screened.Output);
    }

    [Fact]
    public void An_exemption_file_given_with_entities_counts_on_both_sides()
    {
        string old = CliRunner.TempFile("old.json", Old), current = CliRunner.TempFile("new.json", New);
        string bom = CliRunner.TempFile("app.cdx.json", Bom);
        string exemptions = CliRunner.TempFile("exemptions.json", """
            {"exemptions": [{"id": "lic-1", "entity": "acme", "componentNames": ["widget"], "expires": "2027-12-31"}]}
            """);

        var result = CliRunner.Run("lists", "diff", old, current, "--bom", bom, "--entities", exemptions, "--as-of", "2026-11-28");

        var lines = result.Output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.Contains("component 'widget': was info SCC003 acme", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Json_output_gives_the_entities_and_components()
    {
        string old = CliRunner.TempFile("old.json", Old), current = CliRunner.TempFile("new.json", New);
        string bom = CliRunner.TempFile("app.cdx.json", Bom);

        var result = CliRunner.Run("lists", "diff", old, current, "--bom", bom, "--format", "json");

        using var report = JsonDocument.Parse(result.Output);
        Assert.Equal(3, report.RootElement.GetProperty("summary").GetProperty("componentsChanged").GetInt32());
        var gizmo = report.RootElement.GetProperty("components")[1];
        Assert.Equal("gizmo", gizmo.GetProperty("component").GetString());
        Assert.Equal(0, gizmo.GetProperty("before").GetArrayLength());
        Assert.Equal("SCC001", gizmo.GetProperty("after")[0].GetProperty("id").GetString());
        Assert.Equal(3, report.RootElement.GetProperty("entities").GetArrayLength());
    }

    [Fact]
    public void An_unreadable_bom_exits_2()
    {
        string old = CliRunner.TempFile("old.json", Old), current = CliRunner.TempFile("new.json", New);

        var result = CliRunner.Run("lists", "diff", old, current, "--bom", Path.Combine(Path.GetTempPath(), "no-such.cdx.json"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("BOM could not be read", result.Error);
    }

    [Fact]
    public void Two_real_csl_imports_differ_by_the_ids_only_one_of_them_has()
    {
        string dir = Path.Combine(Path.GetTempPath(), "compliance-tests", Path.GetRandomFileName());
        Directory.CreateDirectory(dir);
        string old = Path.Combine(dir, "2019.json"), current = Path.Combine(dir, "2025.json");
        CliRunner.Run("lists", "import", "--from", "csl", TestPaths.Fixture("lists", "csl", "csl-2019-sample-115rows.csv"), "-o", old, "--published", "2019-12-03");
        CliRunner.Run("lists", "import", "--from", "csl", TestPaths.Fixture("lists", "csl", "csl-2025-sample-12rows.csv"), "-o", current, "--published", "2025-06-25");
        var oldIds = EntityListLoader.LoadFile(old).Entities.Select(e => e.Id).ToHashSet();
        var newIds = EntityListLoader.LoadFile(current).Entities.Select(e => e.Id).ToHashSet();

        var result = CliRunner.Run("lists", "diff", old, current, "--format", "json");

        using var report = JsonDocument.Parse(result.Output);
        var summary = report.RootElement.GetProperty("summary");
        Assert.Equal(newIds.Except(oldIds).Count(), summary.GetProperty("entitiesAdded").GetInt32());
        Assert.Equal(oldIds.Except(newIds).Count(), summary.GetProperty("entitiesRemoved").GetInt32());
        Assert.Equal(1, result.ExitCode);
    }
}
