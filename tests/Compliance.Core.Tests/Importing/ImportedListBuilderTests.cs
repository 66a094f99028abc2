using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using Compliance.Diagnostics;
using Compliance.Entities;
using Compliance.Importing;
using Compliance.Json;
using Compliance.Tests;

namespace Compliance.Core.Tests.Importing;

public class ImportedListBuilderTests
{
    private static readonly string Csl2019 = TestPaths.Fixture("lists", "csl", "csl-2019-sample-115rows.csv");
    private static readonly string Csl2025 = TestPaths.Fixture("lists", "csl", "csl-2025-sample-12rows.csv");

    private static ImportResult Import(string path) => CslImporter.Import(path, File.ReadAllBytes(path));

    private static (EntityList List, byte[] Bytes, List<ImportMessage> Messages) Build(ImportResult import, Overlay? overlay = null, ImportSettings? settings = null)
    {
        var messages = new List<ImportMessage>();
        var bytes = EntityListWriter.Write(ImportedListBuilder.Build(import, settings ?? new ImportSettings { Published = new DateTime(2025, 6, 25) }, overlay, messages));
        return (EntityListLoader.Load(new JsonText("imported.json", bytes)), bytes, messages);
    }

    private static Overlay LoadOverlay(string json)
    {
        string path = Path.Combine(Path.GetTempPath(), "compliance-tests", Path.GetRandomFileName(), "overlay.json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, json);
        var overlay = Overlay.Load(path, EntityListLoader.DefaultMaxBytes, out var problems);
        Assert.Empty(problems);
        return overlay!;
    }

    [Fact]
    public void The_list_loads_in_the_engine_with_every_entity_and_alias()
    {
        var import = Import(Csl2019);

        var (list, _, _) = Build(import);

        Assert.Empty(list.Problems);
        Assert.Equal(import.EntityCount, list.Entities.Count);
        Assert.Equal(import.Entities.Sum(e => e.Aliases.Count), list.Entities.Sum(e => e.Aliases.Count));
        Assert.Equal(list.Entities.Select(e => e.Id).OrderBy(i => i, StringComparer.Ordinal), list.Entities.Select(e => e.Id));
        Assert.Equal(new DateTime(2025, 6, 25), list.Published);
    }

    [Fact]
    public void Types_the_list_gives_are_written_and_a_row_without_one_stays_an_organisation_without_a_type()
    {
        var rows = RawCsv.Read(Csl2019);
        int type = Array.IndexOf(rows[0], "type"), name = Array.IndexOf(rows[0], "name");
        var typeOfName = rows.Skip(1).Where(r => r[type].Length > 0).GroupBy(r => r[name], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First()[type].ToLowerInvariant(), StringComparer.Ordinal);

        var (list, bytes, _) = Build(Import(Csl2019));

        var document = JsonNode.Parse(bytes)!["entities"]!.AsArray();
        Assert.Equal(typeOfName.Count, document.Count(e => e!["type"] is not null));
        foreach (var entity in document.Where(e => e!["type"] is not null))
        {
            string expected = typeOfName[(string)entity!["name"]!] switch { "entity" => "organization", var other => other };
            Assert.Equal(expected, (string?)entity["type"]);
        }
        Assert.Equal(typeOfName.Values.Count(t => t == "individual"), list.Entities.Count(e => e.Type == EntityType.Individual));
        Assert.Equal(typeOfName.Values.Count(t => t == "vessel"), list.Entities.Count(e => e.Type == EntityType.Vessel));
        Assert.Contains(list.Entities, e => e.Name.Contains("New District Huawei", StringComparison.Ordinal) && e.Type == EntityType.Organization);
    }

    [Fact]
    public void An_overlay_type_replaces_the_imported_one_and_an_overlay_without_one_keeps_it()
    {
        var import = Import(Csl2025);
        var individual = import.Entities.First(e => e.Type == EntityType.Individual);
        var other = import.Entities.Last(e => e.Type == EntityType.Individual);
        Assert.NotEqual(individual.Id, other.Id);
        string overlay = $$"""
            {"entities": [
              {"id": "{{individual.Id}}", "name": "{{individual.Name}}", "type": "organization"},
              {"id": "{{other.Id}}", "name": "{{other.Name}}", "aliases": ["Team alias"]}
            ]}
            """;

        var (list, _, _) = Build(import, LoadOverlay(overlay));

        Assert.Equal(EntityType.Organization, list.Entities.Single(e => e.Id == individual.Id).Type);
        Assert.Equal(EntityType.Individual, list.Entities.Single(e => e.Id == other.Id).Type);
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes_with_lf_line_breaks_and_unescaped_names()
    {
        var first = Build(Import(Csl2025)).Bytes;
        var second = Build(Import(Csl2025)).Bytes;

        Assert.Equal(first, second);
        string text = Encoding.UTF8.GetString(first);
        Assert.DoesNotContain("\r", text);
        Assert.EndsWith("}\n", text);
        Assert.Contains("§§ 734.9(g), 746.8(a)(3)", text);
    }

    [Fact]
    public void The_provenance_names_each_file_and_its_hash()
    {
        var document = JsonNode.Parse(Build(Import(Csl2025)).Bytes)!;

        Assert.Equal("csl", (string?)document["x-import"]!["from"]);
        Assert.Equal("csl-2025-sample-12rows.csv", (string?)document["x-import"]!["files"]![0]!["name"]);
        Assert.Equal(64, ((string?)document["x-import"]!["files"]![0]!["sha256"])!.Length);
    }

    private const string OverlayJson = """
        {
          "name": "ACME restricted parties",
          "maxAgeDays": 35,
          "entities": [
            { "id": "ofac-9673", "name": "Mohammed ABU JHEISHEH", "aliases": ["M. Abu Jheisheh", "Mohammed ABU JEHEISHA"],
              "identifiers": { "emailDomains": ["example.ps"] }, "notes": "Reviewed 2025-07-01", "x-ticket": "COMP-12" },
            { "id": "cetc-13", "name": "CETC 13", "x-importIds": ["CETC_ID"], "aliases": ["CETC13"],
              "programs": [{ "code": "EL", "exemptible": false, "citation": "team decision: no licences" }] },
            { "id": "acme-own", "name": "Own Team Entity Ltd", "programs": ["EL"] },
            { "id": "gone", "name": "Delisted Co", "x-importIds": ["bis-no-such-entity"] }
          ],
          "exemptions": [
            { "id": "ex-1", "entity": "cetc-13", "components": ["pkg:npm/foo"], "expires": "2027-01-01", "x-ticket": "COMP-13" },
            { "id": "ex-2", "entity": "bis-never-listed", "componentNames": ["x"], "expires": "2027-01-01" }
          ]
        }
        """;

    private static string CetcId => Import(Csl2025).Entities.Single(e => e.Name.StartsWith("China Electronics Technology Group Corporation 13th", StringComparison.Ordinal)).Id;

    [Fact]
    public void The_overlay_adds_aliases_identifiers_notes_and_extensions_to_an_imported_entity()
    {
        var (list, bytes, _) = Build(Import(Csl2025), LoadOverlay(OverlayJson.Replace("CETC_ID", CetcId)));

        var entity = list.Entities.Single(e => e.Id == "ofac-9673");
        Assert.Equal(new[] { "Mohammad Mutlaq ABU JHESHEH", "Mohammed ABU JEHEISHA", "M. Abu Jheisheh" }, entity.Aliases);
        Assert.Equal(new[] { "example.ps" }, entity.Identifiers.EmailDomains);
        Assert.EndsWith("; Reviewed 2025-07-01", entity.Notes);
        Assert.Contains("\"x-ticket\": \"COMP-12\"", Encoding.UTF8.GetString(bytes));
        Assert.Equal("ACME restricted parties", list.Name);
        Assert.Equal(35, list.MaxAgeDays);
    }

    [Fact]
    public void An_overlay_entity_takes_over_the_imported_entity_it_claims_under_the_teams_id()
    {
        var (list, _, _) = Build(Import(Csl2025), LoadOverlay(OverlayJson.Replace("CETC_ID", CetcId)));

        Assert.DoesNotContain(list.Entities, e => e.Id == CetcId);
        var cetc = list.Entities.Single(e => e.Id == "cetc-13");
        Assert.StartsWith("China Electronics Technology Group Corporation 13th", cetc.Name);
        Assert.Contains("CETC 13", cetc.Aliases);
        Assert.Contains("CETC13", cetc.Aliases);
        var program = Assert.Single(cetc.Programs);
        Assert.False(program.Exemptible);
        Assert.Equal("team decision: no licences", program.Citation);
    }

    [Fact]
    public void The_teams_own_entities_and_exemptions_are_kept_as_written()
    {
        var (list, bytes, messages) = Build(Import(Csl2025), LoadOverlay(OverlayJson.Replace("CETC_ID", CetcId)));

        Assert.Contains(list.Entities, e => e.Id == "acme-own");
        Assert.Equal(new[] { "ex-1", "ex-2" }, list.Exemptions.Select(e => e.Id));
        Assert.Contains("\"x-ticket\": \"COMP-13\"", Encoding.UTF8.GetString(bytes));
        Assert.Contains(messages, m => m.Severity == Severity.Warning && m.Message.Contains("'gone' claims 'bis-no-such-entity', not in this import", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Message.Contains("exemption 'ex-2' names entity 'bis-never-listed'", StringComparison.Ordinal));
    }

    [Fact]
    public void Next_months_import_keeps_this_months_curation()
    {
        var overlay = LoadOverlay(OverlayJson.Replace("CETC_ID", CetcId));
        var (before, _, _) = Build(Import(Csl2019), overlay);
        var (after, _, _) = Build(Import(Csl2025), overlay);

        foreach (var list in new[] { before, after })
        {
            Assert.Empty(list.Problems);
            Assert.Contains("M. Abu Jheisheh", list.Entities.Single(e => e.Id == "ofac-9673").Aliases);
            Assert.Contains(list.Entities, e => e.Id == "acme-own");
            Assert.Equal(2, list.Exemptions.Count);
        }
    }

    [Fact]
    public void The_example_overlay_applies_to_the_2019_csl_sample_without_a_warning()
    {
        var overlay = Overlay.Load(TestPaths.Repo("examples", "lists", "overlay.json"), EntityListLoader.DefaultMaxBytes, out var problems);
        Assert.Empty(problems);

        var (list, _, messages) = Build(Import(Csl2019), overlay);

        Assert.Empty(messages);
        Assert.Empty(list.Problems);
        var affiliate = list.Entities.Single(e => e.Id == "huawei-guian");
        Assert.Equal("Gui’an New District Huawei Investment Co., Ltd., Guiyang, Guizhou", affiliate.Name);
        Assert.Contains("Gui’an New District Huawei Investment Co., Ltd.", affiliate.Aliases);
        Assert.Equal("84 FR 22961", Assert.Single(affiliate.Programs).Citation);
        Assert.Contains(list.Entities, e => e.Id == "example-distributor");
        Assert.Equal("LIC-D765432", Assert.Single(list.Exemptions).Id);
    }

    [Fact]
    public void Two_overlay_entities_claiming_one_imported_entity_is_an_error()
    {
        var overlay = LoadOverlay("""
            {"entities": [
              {"id": "a", "name": "A", "x-importIds": ["ofac-9673"]},
              {"id": "b", "name": "B", "x-importIds": ["ofac-9673"]}
            ]}
            """);

        var (_, _, messages) = Build(Import(Csl2025), overlay);

        Assert.Contains(messages, m => m.Severity == Severity.Error && m.Message == "overlay entities 'a' and 'b' both claim the imported entity 'ofac-9673'");
    }

    [Fact]
    public void An_overlay_the_engine_cannot_load_is_refused_with_its_location()
    {
        string path = Path.Combine(Path.GetTempPath(), "compliance-tests", Path.GetRandomFileName() + ".json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "{\"entities\": [{\"id\": \"x\", \"name\": \"X\", \"alias\": [\"typo\"]}]}");

        var overlay = Overlay.Load(path, EntityListLoader.DefaultMaxBytes, out var problems);

        Assert.Null(overlay);
        Assert.Equal(1, Assert.Single(problems).Location.StartLine);
        Assert.Contains("unknown property 'alias'", problems[0].Message);
    }
}
