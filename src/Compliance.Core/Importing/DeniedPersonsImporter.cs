using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Compliance.Diagnostics;
using Compliance.Entities;

namespace Compliance.Importing;

/// <summary>
/// Imports the BIS Denied Persons List in its tab-separated form (<c>dpl.txt</c>: Name, Street_Address, City,
/// State, Country, Postal_Code, Effective_Date, Expiration_Date, Standard_Order, Last_Update, Action,
/// FR_Citation). A person with several rows (addresses, updated orders) is one entity; a denial order allows no
/// licence-style exemption.
/// </summary>
public static class DeniedPersonsImporter
{
    public const string Format = "bis-dpl";
    private const string ProgramCode = "DPL";

    private static readonly string[] RequiredColumns = { "Name", "Street_Address", "City", "State", "Country", "Postal_Code", "Effective_Date", "Expiration_Date", "FR_Citation" };

    public static ImportResult Import(ImportSource source)
    {
        var result = new ImportResult(Format, "BIS Denied Persons List");
        result.Inputs.Add(new ImportInput(Path.GetFileName(source.Path), ImportText.Sha256(source.Bytes)));
        string text = ImportText.Decode(source.Bytes, out bool wasUtf8);
        if (!wasUtf8) result.Warning(SourceSpan.WholeFile(source.Path), "the file is not valid UTF-8 and was read as Latin-1");
        var (headerRecords, _) = DelimitedText.Read(text.Split('\n')[0], '\t');
        var header = headerRecords.Count > 0 ? headerRecords[0].Fields : Array.Empty<string>();
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < header.Count; i++) columns[header[i].Trim()] = i;
        var missing = RequiredColumns.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            result.Fail(ImportResult.Row(source.Path, 1), $"not the Denied Persons List's tab-separated file: the header has no {string.Join(", ", missing)} column");
            return result;
        }
        var (records, problems) = DelimitedText.Read(text, '\t', header.Count);
        foreach (var problem in problems) result.UnreadableRow(ImportResult.Row(source.Path, problem.Line), problem.Message);
        foreach (var record in records.Skip(1))
        {
            var row = ImportResult.Row(source.Path, record.Line);
            string? Cell(string column) => ImportText.Clean(record.Fields[columns[column]]);
            if (Cell("Name") is not { } name)
            {
                result.UnreadableRow(row, "the row has no name");
                continue;
            }
            result.RowsRead++;
            var entity = result.GetOrAdd(ListSources.EntityId(ProgramCode, null, name), name, row);
            // US addresses leave Country empty and give the state.
            string? country = Cell("Country") ?? (Cell("State") is { Length: 2 } ? "US" : null);
            var parts = new[] { Cell("Street_Address"), Cell("City"), Cell("State"), Cell("Postal_Code"), country }.Where(p => p is not null);
            string address = string.Join(", ", parts);
            if (address.Length > 0) entity.AddAddress(address, country is { Length: 2 } ? country.ToUpperInvariant() : null);
            entity.AddProgram(new EntityProgram(ProgramCode, EntityProgram.DefaultExemptible(ProgramCode), Cell("FR_Citation"), UsDate(Cell("Effective_Date"))));
            entity.Sources.Add("BIS Denied Persons List");
            if (UsDate(Cell("Expiration_Date")) is { } expires) entity.Notes.Add("DPL denial order ends " + expires);
        }
        return result;
    }

    /// <summary>"10/16/2017" as 2017-10-16.</summary>
    private static string? UsDate(string? text) =>
        text is not null && DateTime.TryParseExact(text, "M/d/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? Dates.Format(date)
            : null;
}
