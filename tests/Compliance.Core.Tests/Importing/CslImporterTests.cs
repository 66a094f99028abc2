using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Compliance.Diagnostics;
using Compliance.Importing;
using Compliance.Tests;

namespace Compliance.Core.Tests.Importing;

public class CslImporterTests
{
    private static readonly string Csl2019 = TestPaths.Fixture("lists", "csl", "csl-2019-sample-115rows.csv");
    private static readonly string Csl2025 = TestPaths.Fixture("lists", "csl", "csl-2025-sample-12rows.csv");

    private static ImportResult Import(string path, params string[] sources) => CslImporter.Import(path, File.ReadAllBytes(path), sources);

    /// <summary>The same entity key the importer documents, computed here from the raw rows.</summary>
    private static string Key(Dictionary<string, string> row)
    {
        bool treasury = row["source"].Contains("Treasury", StringComparison.Ordinal);
        if (treasury && row["entity_number"].Length > 0) return "ofac-" + row["entity_number"];
        string agency = row["source"].Contains("Bureau of Industry and Security", StringComparison.Ordinal) ? "bis" : "state";
        string name = Regex.Replace(row["name"], @";\s*and any successor, sub-unit, or subsidiary thereof$", string.Empty);
        return agency + ":" + string.Join("-", Regex.Split(name.ToLowerInvariant(), "[^a-z0-9]+").Where(w => w.Length > 0));
    }

    private static List<Dictionary<string, string>> Rows(string path)
    {
        var raw = RawCsv.Read(path);
        return raw.Skip(1).Select(r => raw[0].Select((column, i) => (column, value: r[i])).ToDictionary(p => p.column, p => p.value)).ToList();
    }

    private static int ExpectedAliases(List<Dictionary<string, string>> rows) =>
        rows.GroupBy(Key).Sum(g =>
        {
            var names = g.Select(r => r["name"].Trim().ToUpperInvariant()).ToHashSet();
            string first = g.First()["name"].Trim().ToUpperInvariant();
            return g.SelectMany(r => r["alt_names"].Split("; ", StringSplitOptions.RemoveEmptyEntries))
                .Select(a => Regex.Replace(a.Trim(), "^and ", string.Empty).ToUpperInvariant())
                .Concat(names.Where(n => n != first))
                .Where(a => a.Length > 0 && a != first)
                .Distinct()
                .Count();
        });

    [Theory]
    [InlineData("csl-2019-sample-115rows.csv", 115)]
    [InlineData("csl-2025-sample-12rows.csv", 13)]
    public void Entities_and_aliases_match_counts_from_the_raw_file(string file, int rowCount)
    {
        string path = TestPaths.Fixture("lists", "csl", file);
        var rows = Rows(path);

        var result = Import(path);

        Assert.Equal(rowCount, rows.Count);
        Assert.Equal(rowCount, result.RowsRead);
        Assert.Equal(0, result.UnreadableRows);
        Assert.Equal(rows.Select(Key).Distinct().Count(), result.EntityCount);
        Assert.Equal(ExpectedAliases(rows), result.Entities.Sum(e => e.Aliases.Count));
    }

    [Fact]
    public void The_older_header_without_id_and_the_current_one_both_read()
    {
        Assert.StartsWith("source,", File.ReadAllLines(Csl2019)[0]);
        Assert.StartsWith("_id,source,", File.ReadAllLines(Csl2025)[0]);

        Assert.False(Import(Csl2019).Failed);
        Assert.False(Import(Csl2025).Failed);
    }

    [Fact]
    public void The_entity_list_row_keeps_its_policy_citation_date_and_country()
    {
        var huawei = Import(Csl2019).Entities.Single(e => e.Name.Contains("Huawei", StringComparison.Ordinal));

        Assert.Equal("Gui’an New District Huawei Investment Co., Ltd., Guiyang, Guizhou", huawei.Name); // 0x92 in the file
        var program = Assert.Single(huawei.Programs);
        Assert.Equal("EL", program.Code);
        Assert.True(program.Exemptible);
        Assert.Equal("84 FR 22961", program.Citation);
        Assert.Equal("2019-05-21", program.Added);
        Assert.Equal("CN", huawei.Country);
        Assert.StartsWith("bis-gui-an-new-district-huawei-investment-co-ltd", huawei.Id);
        Assert.Contains(huawei.Notes, n => n == "EL licence policy: Presumption of denial");
    }

    [Fact]
    public void Sdn_rows_keep_the_ofac_entity_number_as_id_and_are_not_exemptible()
    {
        var entity = Import(Csl2025).Find("ofac-52291")!;

        Assert.Equal("RIM, Ryong Nam", entity.Name);
        Assert.False(Assert.Single(entity.Programs).Exemptible);
        Assert.Equal(new[] { "Shenyang, CN", "Pyongyang, KP" }, entity.Addresses);
    }

    [Fact]
    public void Lists_joined_with_semicolons_and_a_final_and_are_split()
    {
        var cetc = Import(Csl2025).Entities.Single(e => e.Name.StartsWith("China Electronics Technology Group Corporation 13th", StringComparison.Ordinal));

        Assert.Equal(new[] { "Hebei Semiconductor Research Institute", "HSRI", "Hebei Institute of Semiconductors", "Hebei Semiconductor Institute", "Hebei Semiconductor", "CETC Research Institute 13" }, cetc.Aliases);
        Assert.Equal("83 FR 37423; 87 FR 77505", cetc.Programs[0].Citation);
        Assert.Equal(3, cetc.Addresses.Count);
        Assert.Equal("CN", cetc.Country);
    }

    [Fact]
    public void Footnote_digits_are_removed_from_licence_text()
    {
        var cetc = Import(Csl2025).Entities.Single(e => e.Name.StartsWith("China Electronics Technology Group Corporation 13th", StringComparison.Ordinal));

        Assert.Contains("EL licence requirement: For all items subject to the EAR. (See §§ 734.9(g), 746.8(a)(3), and 744.21(b) of the EAR)", cetc.Notes);
    }

    [Fact]
    public void The_successor_clause_is_kept_in_the_notes_not_in_the_name()
    {
        var sinobright = Import(Csl2025).Entities.Single(e => e.Name.StartsWith("Sinobright", StringComparison.Ordinal));

        Assert.Equal("Sinobright Import and Export Company", sinobright.Name);
        Assert.Equal("state-sinobright-import-and-export-company", sinobright.Id);
        Assert.Contains("Listed with and any successor, sub-unit, or subsidiary thereof", sinobright.Notes);
    }

    [Fact]
    public void Sources_filter_keeps_only_the_lists_asked_for()
    {
        var rows = Rows(Csl2019);
        int entityListRows = rows.Count(r => r["source"].Contains("(EL)", StringComparison.Ordinal));

        var result = Import(Csl2019, "EL");

        Assert.Equal(entityListRows, result.RowsRead);
        Assert.Equal(rows.Count - entityListRows, result.RowsFilteredOut);
        Assert.All(result.Entities, e => Assert.Equal("EL", Assert.Single(e.Programs).Code));
    }

    [Fact]
    public void Web_sites_in_ids_become_domains_in_either_order_of_the_parts()
    {
        var entities = Import(Csl2019).Entities.Concat(Import(Csl2025).Entities).ToList();

        Assert.Contains(entities, e => e.Domains.Contains("aictc.ir"));       // 2019: "www.aictc.ir, Website"
        Assert.Contains(entities, e => e.Domains.Contains("mspbank.ru"));     // 2025: "Website, mspbank.ru"
        Assert.Contains(entities, e => e.EmailDomains.Contains("ak.transneft.ru")); // on its own site transneft.ru
    }

    [Fact]
    public void The_json_form_gives_the_same_entities_as_the_csv()
    {
        var rows = Rows(Csl2025);
        var json = JsonSerializer.Serialize(new
        {
            total = rows.Count,
            results = rows.Select(r => new Dictionary<string, object?>
            {
                ["id"] = r["_id"],
                ["source"] = r["source"],
                ["entity_number"] = r["entity_number"],
                ["type"] = r["type"],
                ["programs"] = Split(r["programs"]),
                ["name"] = r["name"],
                ["addresses"] = Split(r["addresses"]).Select(a =>
                {
                    var parts = a.Split(", ");
                    return new Dictionary<string, string?> { ["address"] = string.Join(", ", parts[..^1]), ["country"] = parts[^1] };
                }).ToList(),
                ["federal_register_notice"] = r["federal_register_notice"],
                ["start_date"] = r["start_date"],
                ["license_requirement"] = r["license_requirement"],
                ["license_policy"] = r["license_policy"],
                ["alt_names"] = Split(r["alt_names"]),
                ["ids"] = Split(r["ids"]).Select(i => i.Split(", ")).Where(p => p.Length >= 2).Select(p => new { type = p[0], number = p[1] }).ToList(),
            }).ToList(),
        });

        var fromJson = CslImporter.Import("consolidated.json", Encoding.UTF8.GetBytes(json));
        var fromCsv = Import(Csl2025);

        Assert.Equal(fromCsv.Entities.Select(e => e.Id), fromJson.Entities.Select(e => e.Id));
        Assert.Equal(fromCsv.Entities.Select(e => string.Join("|", e.Aliases)), fromJson.Entities.Select(e => string.Join("|", e.Aliases)));
        Assert.Equal(fromCsv.Entities.Select(e => e.Country), fromJson.Entities.Select(e => e.Country));
        Assert.Equal(fromCsv.Entities.Select(e => e.Programs[0]), fromJson.Entities.Select(e => e.Programs[0]));
        Assert.Equal(fromCsv.Entities.Select(e => string.Join("|", e.Domains)), fromJson.Entities.Select(e => string.Join("|", e.Domains)));
        Assert.Empty(fromJson.Messages);
    }

    private static List<string> Split(string cell) => cell.Split("; ", StringSplitOptions.RemoveEmptyEntries).ToList();

    [Fact]
    public void An_unreadable_row_is_reported_by_line_and_the_rest_imported()
    {
        var lines = File.ReadAllLines(Csl2019).ToList();
        lines[4] = lines[4].Replace("\"", string.Empty, StringComparison.Ordinal) + ",\"unterminated";
        var noCode = new string[lines[0].Split(',').Length];
        noCode[0] = "Entity List";
        noCode[4] = "No Code Here";
        lines[9] = string.Join(",", noCode);
        var bytes = Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");

        var result = CslImporter.Import("csl.csv", bytes);

        Assert.Equal(2, result.UnreadableRows);
        var errors = result.Messages.Where(m => m.Severity == Severity.Error).OrderBy(m => m.Location.StartLine).ToList();
        Assert.Equal(new[] { 5, 10 }, errors.Select(e => e.Location.StartLine));
        Assert.Contains("names no list code", errors[1].Message);
        Assert.Equal(113, result.RowsRead);
    }

    [Fact]
    public void A_file_that_is_not_the_csl_fails_as_a_whole()
    {
        var result = CslImporter.Import("other.csv", Encoding.UTF8.GetBytes("a,b,c\n1,2,3\n"));

        Assert.True(result.Failed);
        Assert.Contains("the header has no 'source' or 'name' column", Assert.Single(result.Messages).Message);
    }

    [Fact]
    public void Broken_json_fails_with_its_location()
    {
        var result = CslImporter.Import("csl.json", Encoding.UTF8.GetBytes("{\"results\": [\n{\"name\": \"x\",\n"));

        Assert.True(result.Failed);
        Assert.Equal(3, result.Messages.Single(m => m.Severity == Severity.Error).Location.StartLine);
    }
}
