using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Compliance.Importing;
using Compliance.Tests;

namespace Compliance.Core.Tests.Importing;

public class DeniedPersonsImporterTests
{
    private static readonly string Dpl = TestPaths.Fixture("lists", "bis", "dpl-2019.txt");

    private static ImportResult Import() => DeniedPersonsImporter.Import(new ImportSource(Dpl, File.ReadAllBytes(Dpl)));

    [Fact]
    public void One_entity_per_distinct_name_with_every_row_read()
    {
        var rows = RawCsv.Read(Dpl, "\t").Skip(1).ToList();
        int distinctNames = rows.Select(r => string.Join("-", Regex.Split(r[0].ToLowerInvariant(), "[^a-z0-9]+").Where(w => w.Length > 0))).Distinct().Count();

        var result = Import();

        Assert.Equal(rows.Count, result.RowsRead);
        Assert.Equal(0, result.UnreadableRows);
        Assert.Equal(distinctNames, result.EntityCount);
    }

    [Fact]
    public void A_denied_person_allows_no_exemption_and_keeps_its_citation_and_date()
    {
        var dahua = Import().Find("bis-dahua-electronics-corporation")!;

        var program = Assert.Single(dahua.Programs);
        Assert.Equal("DPL", program.Code);
        Assert.False(program.Exemptible);
        Assert.NotNull(program.Citation);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", program.Added!);
        Assert.Equal("US", dahua.Country);
    }
}
