using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Compliance.Diagnostics;
using Compliance.Entities;
using Compliance.Importing;
using Compliance.Tests;

namespace Compliance.Core.Tests.Importing;

public class OfacSdnImporterTests
{
    private static readonly string Sdn = TestPaths.Fixture("lists", "ofac", "sdn-2024-05-03.csv");
    private static readonly string Alt = TestPaths.Fixture("lists", "ofac", "alt-2025-02.csv");
    private static readonly string Add = TestPaths.Fixture("lists", "ofac", "add-2025-02.csv");

    private static readonly Lazy<ImportResult> Imported = new(() => OfacSdnImporter.Import(Source(Sdn), Source(Alt), Source(Add)));

    private static ImportSource Source(string path) => new(path, File.ReadAllBytes(path));

    [Fact]
    public void Every_sdn_row_is_one_entity()
    {
        var rows = RawCsv.Read(Sdn);

        Assert.Equal(14965, rows.Count);
        Assert.Equal(rows.Select(r => r[0]).Distinct().Count(), Imported.Value.EntityCount);
        Assert.Equal(rows.Count, Imported.Value.RowsRead);
        Assert.Equal(0, Imported.Value.UnreadableRows);
    }

    [Theory]
    [InlineData("individual", EntityType.Individual)]
    [InlineData("vessel", EntityType.Vessel)]
    [InlineData("aircraft", EntityType.Aircraft)]
    [InlineData(null, EntityType.Organization)]
    public void Each_entry_has_the_type_its_sdn_type_column_gives(string? sdnType, EntityType type)
    {
        var expected = RawCsv.Read(Sdn).Where(r => RawCsv.Value(r[2]) == sdnType).Select(r => "ofac-" + r[0]).ToHashSet();

        var imported = Imported.Value.Entities.Where(e => e.Type == type).Select(e => e.Id).ToHashSet();

        Assert.True(expected.Count > 300, $"{expected.Count} entries of type {sdnType}");
        Assert.Equal(expected.OrderBy(i => i, StringComparer.Ordinal), imported.OrderBy(i => i, StringComparer.Ordinal));
        Assert.DoesNotContain(Imported.Value.Entities, e => e.Notes.Contains("vessel") || e.Notes.Contains("individual"));
    }

    [Fact]
    public void Aliases_are_the_distinct_alt_names_of_listed_entries()
    {
        var names = RawCsv.Read(Sdn).ToDictionary(r => r[0], r => RawCsv.Value(r[1])!);
        var expected = RawCsv.Read(Alt)
            .Where(r => names.ContainsKey(r[0]))
            .GroupBy(r => r[0])
            .Sum(g => g.Select(r => RawCsv.Value(r[3])!.ToUpperInvariant()).Distinct().Count(a => a != names[g.Key].ToUpperInvariant()));

        Assert.Equal(expected, Imported.Value.Entities.Sum(e => e.Aliases.Count));
    }

    [Fact]
    public void Alias_and_address_rows_without_an_sdn_entry_are_counted_in_one_warning_each()
    {
        var ids = RawCsv.Read(Sdn).Select(r => r[0]).ToHashSet();
        int orphanAliases = RawCsv.Read(Alt).Count(r => !ids.Contains(r[0]));
        int orphanAddresses = RawCsv.Read(Add).Count(r => !ids.Contains(r[0]));

        var warnings = Imported.Value.Messages.Where(m => m.Severity == Severity.Warning).Select(m => m.Message).ToList();

        Assert.Contains(warnings, w => w.StartsWith($"{orphanAliases:N0} aliases belong to entries that are not in the SDN file", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith($"{orphanAddresses:N0} addresses belong to entries that are not in the SDN file", StringComparison.Ordinal));
        Assert.True(orphanAliases > 0 && orphanAddresses > 0);
    }

    [Fact]
    public void Addresses_are_those_of_listed_entries()
    {
        var ids = RawCsv.Read(Sdn).Select(r => r[0]).ToHashSet();
        var expected = RawCsv.Read(Add)
            .Where(r => ids.Contains(r[0]))
            .GroupBy(r => r[0])
            .Sum(g => g.Select(r => string.Join(", ", new[] { r[2], r[3], r[4] }.Select(RawCsv.Value).Where(v => v is not null)))
                .Where(a => a.Length > 0)
                .Select(a => a.ToUpperInvariant())
                .Distinct()
                .Count());

        Assert.Equal(expected, Imported.Value.Entities.Sum(e => e.Addresses.Count));
    }

    [Fact]
    public void The_last_row_before_the_crlf_and_0x1A_trailer_is_read()
    {
        string lastNumber = RawCsv.Read(Sdn)[^1][0];

        Assert.NotNull(Imported.Value.Find("ofac-" + lastNumber));
    }

    [Fact]
    public void Sdn_entries_are_not_exemptible_and_carry_their_sanctions_programmes()
    {
        var cuba = Imported.Value.Find("ofac-306")!;

        Assert.Equal("BANCO NACIONAL DE CUBA", cuba.Name);
        var program = Assert.Single(cuba.Programs);
        Assert.Equal("SDN", program.Code);
        Assert.False(program.Exemptible);
        Assert.Contains("NATIONAL BANK OF CUBA", cuba.Aliases);
        Assert.Contains("SDN programmes: CUBA", cuba.Notes);
    }

    [Fact]
    public void Countries_come_from_the_addresses_as_iso_codes()
    {
        var counts = Imported.Value.Entities.Where(e => e.Country is not null).GroupBy(e => e.Country!).ToDictionary(g => g.Key, g => g.Count());

        Assert.All(counts.Keys, code => Assert.Matches("^[A-Z]{2}$", code));
        Assert.True(counts["RU"] > counts["IR"]);
        Assert.Equal("CU", Imported.Value.Find("ofac-36")!.Country); // AEROCARIBBEAN AIRLINES, Havana
    }

    [Fact]
    public void Own_web_sites_become_domains_but_pages_on_other_sites_do_not()
    {
        var all = Imported.Value.Entities.SelectMany(e => e.Domains).ToList();

        Assert.Contains("bankrefah.ir", all);
        Assert.DoesNotContain("facebook.com", all);
        Assert.DoesNotContain("sharif.edu", all);
        Assert.DoesNotContain("wixsite.com", all.Select(d => string.Join(".", d.Split('.').TakeLast(2))));
    }

    [Fact]
    public void Personal_mailboxes_at_public_providers_are_not_identifiers()
    {
        var emailDomains = Imported.Value.Entities.SelectMany(e => e.EmailDomains).ToList();

        Assert.NotEmpty(emailDomains);
        Assert.DoesNotContain("gmail.com", emailDomains);
        Assert.DoesNotContain("mail.ru", emailDomains);
    }

    [Fact]
    public void A_broken_row_is_reported_with_its_line_and_the_others_are_kept()
    {
        var lines = File.ReadAllText(Sdn).Split("\r\n").Take(20).ToList();
        lines[6] = "424,\"BOUTIQUE LA MAISON,-0- ,\"CUBA\",-0- ";
        lines[9] = "not-a-number,\"X\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ";
        var sdn = new ImportSource("sdn.csv", System.Text.Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n\u001A"));

        var result = OfacSdnImporter.Import(sdn, Source(Alt), Source(Add));

        Assert.Equal(2, result.UnreadableRows);
        var errors = result.Messages.Where(m => m.Severity == Severity.Error).ToList();
        Assert.Equal(7, errors[0].Location.StartLine);
        Assert.Equal(10, errors[1].Location.StartLine);
        Assert.Contains("not a number", errors[1].Message);
        Assert.Equal(18, result.EntityCount);
        Assert.False(result.Failed);
    }
}
