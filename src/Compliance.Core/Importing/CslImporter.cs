using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Compliance.Diagnostics;
using Compliance.Entities;
using Compliance.Json;

namespace Compliance.Importing;

/// <summary>
/// Imports the trade.gov Consolidated Screening List: the CSV (current header with <c>_id</c>, or the older one
/// without it; columns are found by name) or the JSON form (<c>{"results": [...]}</c>). The list code of each
/// row (EL, SDN, MEU, ...) becomes the entity's programme, with the policy of that list
/// (<see cref="EntityProgram.DefaultExemptible"/>), its Federal Register citation and start date.
/// </summary>
public static class CslImporter
{
    public const string Format = "csl";

    private static readonly Regex CountryCode = new(@"^[A-Z]{2}$", RegexOptions.Compiled);

    public static ImportResult Import(string path, byte[] bytes, IReadOnlyCollection<string>? sources = null)
    {
        var result = new ImportResult(Format, "Consolidated Screening List");
        result.Inputs.Add(new ImportInput(Path.GetFileName(path), ImportText.Sha256(bytes)));
        if (sources is { Count: > 0 }) result.ListName += " (" + string.Join(", ", sources) + ")";
        var filter = sources is { Count: > 0 } ? new HashSet<string>(sources, StringComparer.OrdinalIgnoreCase) : null;
        var rows = FirstSignificantByte(bytes) == (byte)'{' ? ReadJson(path, bytes, result) : ReadCsv(path, bytes, result);
        foreach (var row in rows) Add(row, result, filter);
        if (!result.Failed && result.RowsRead + result.RowsFilteredOut + result.UnreadableRows == 0)
        {
            result.Fail(SourceSpan.WholeFile(path), "the file holds no Consolidated Screening List rows");
        }
        return result;
    }

    private static int FirstSignificantByte(byte[] bytes)
    {
        int i = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        while (i < bytes.Length && bytes[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') i++;
        return i < bytes.Length ? bytes[i] : -1;
    }

    private static void Add(CslRow row, ImportResult result, HashSet<string>? filter)
    {
        string? code = row.Source is { } source ? ListSources.CodeOf(source) : null;
        if (code is null)
        {
            result.UnreadableRow(row.Location, row.Source is null ? "the row has no source list" : $"the source '{row.Source}' names no list code such as (EL) or (SDN)");
            return;
        }
        if (filter is not null && !filter.Contains(code))
        {
            result.RowsFilteredOut++;
            return;
        }
        if (ImportText.Clean(row.Name) is not { } listedName)
        {
            result.UnreadableRow(row.Location, "the row has no name");
            return;
        }
        result.RowsRead++;
        string name = ImportText.WithoutSuccessorClause(listedName, out string? successorClause);
        var entity = result.GetOrAdd(ListSources.EntityId(code, row.EntityNumber, name), name, row.Location);
        foreach (var alias in row.AltNames) entity.AddAlias(alias);
        foreach (var (text, country) in row.Addresses) entity.AddAddress(text, country);
        entity.FallbackCountry ??= row.Nationalities.FirstOrDefault(n => CountryCode.IsMatch(n));
        string? added = row.StartDate is { } start && Dates.TryParse(start, out var startDate) ? Dates.Format(startDate) : null;
        entity.AddProgram(new EntityProgram(code, EntityProgram.DefaultExemptible(code), row.FederalRegisterNotice, added));
        entity.Sources.Add(row.Source);
        if (row.Type is { } type)
        {
            if (ImportText.EntityTypeOf(type) is { } known) entity.Type ??= known;
            else entity.Notes.Add(type);
        }
        if (row.Programs.Count > 0) entity.Notes.Add($"{code} programmes: {string.Join(", ", row.Programs)}");
        if (row.Title is { } title) entity.Notes.Add("Title: " + title);
        if (row.LicenseRequirement is { } requirement) entity.Notes.Add($"{code} licence requirement: {requirement}");
        if (row.LicensePolicy is { } policy) entity.Notes.Add($"{code} licence policy: {policy}");
        if (row.EndDate is { } end) entity.Notes.Add($"{code} listing ends {end}");
        if (successorClause is not null) entity.Notes.Add("Listed with " + successorClause);
        foreach (var website in row.Websites) entity.Domains.Add(ImportText.WebsiteDomain(website));
        foreach (var email in row.EmailAddresses)
        {
            if (ImportText.EmailDomain(email) is { } domain) entity.AddEmailDomain(domain);
        }
    }

    // ---- CSV ----

    private static readonly string[] RequiredColumns = { "source", "name" };

    private static List<CslRow> ReadCsv(string path, byte[] bytes, ImportResult result)
    {
        var rows = new List<CslRow>();
        string text = ImportText.Decode(bytes, out bool wasUtf8);
        if (!wasUtf8) result.Warning(SourceSpan.WholeFile(path), "the file is not valid UTF-8 and was read as Latin-1");
        var (header, headerLine) = FirstLine(text);
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < header.Count; i++) columns[header[i].Trim()] = i;
        var missing = RequiredColumns.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            result.Fail(ImportResult.Row(path, headerLine),
                $"not a Consolidated Screening List CSV: the header has no {string.Join(" or ", missing.Select(m => $"'{m}'"))} column");
            return rows;
        }
        var (records, problems) = DelimitedText.Read(text, ',', header.Count);
        foreach (var problem in problems) result.UnreadableRow(ImportResult.Row(path, problem.Line), problem.Message);
        foreach (var record in records)
        {
            if (record.Line == headerLine) continue;
            string? Cell(string column) => columns.TryGetValue(column, out int index) ? ImportText.Clean(record.Fields[index]) : null;
            var row = new CslRow(ImportResult.Row(path, record.Line))
            {
                Source = Cell("source"),
                EntityNumber = Cell("entity_number"),
                Type = Cell("type"),
                Name = Cell("name"),
                Title = Cell("title"),
                FederalRegisterNotice = Cell("federal_register_notice"),
                StartDate = Cell("start_date"),
                EndDate = Cell("end_date"),
                LicenseRequirement = ImportText.RemoveFootnotes(Cell("license_requirement")),
                LicensePolicy = ImportText.RemoveFootnotes(Cell("license_policy")),
            };
            row.Programs.AddRange(ImportText.SplitList(Cell("programs")));
            row.AltNames.AddRange(ImportText.SplitList(Cell("alt_names")));
            foreach (var address in ImportText.SplitList(Cell("addresses")))
            {
                int comma = address.LastIndexOf(", ", StringComparison.Ordinal);
                string last = comma >= 0 ? address.Substring(comma + 2) : address;
                row.Addresses.Add((address, CountryCode.IsMatch(last) ? last : null));
            }
            row.Nationalities.AddRange(ImportText.SplitList(Cell("nationalities")));
            row.Nationalities.AddRange(ImportText.SplitList(Cell("citizenships")));
            foreach (var id in ImportText.SplitList(Cell("ids"))) AddIdentifier(row, id.Split(new[] { ", " }, StringSplitOptions.None));
            rows.Add(row);
        }
        return rows;
    }

    private static (List<string> Header, int Line) FirstLine(string text)
    {
        int start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        int line = 1;
        while (start < text.Length && text[start] is '\r' or '\n')
        {
            if (text[start] == '\n') line++;
            start++;
        }
        int end = text.IndexOfAny(new[] { '\r', '\n' }, start);
        string first = end < 0 ? text.Substring(start) : text.Substring(start, end - start);
        var (records, _) = DelimitedText.Read(first, ',');
        return (records.Count > 0 ? records[0].Fields.ToList() : new List<string>(), line);
    }

    /// <summary>
    /// An <c>ids</c> entry is "type, number[, country]" in current files and "[country, ]number, type" in older
    /// ones; only web sites and e-mail addresses identify a vendor in a BOM.
    /// </summary>
    private static void AddIdentifier(CslRow row, IReadOnlyList<string> parts)
    {
        if (parts.Count < 2) return;
        if (IdentifierList(row, parts[0]) is { } first) first.Add(parts[1].Trim());
        else if (IdentifierList(row, parts[parts.Count - 1]) is { } last) last.Add(parts[parts.Count - 2].Trim());
    }

    private static List<string>? IdentifierList(CslRow row, string type) => type.Trim().ToLowerInvariant() switch
    {
        "website" => row.Websites,
        "email address" => row.EmailAddresses,
        _ => null,
    };

    // ---- JSON ----

    private static List<CslRow> ReadJson(string path, byte[] bytes, ImportResult result)
    {
        var rows = new List<CslRow>();
        var text = new JsonText(path, bytes);
        var json = new JsonReading(text);
        var reader = json.CreateReader();
        try
        {
            reader.Read();
            bool sawResults = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.GetString() != "results")
                {
                    JsonReading.SkipValue(ref reader);
                    continue;
                }
                sawResults = true;
                if (!json.TryReadArray(ref reader, "results")) break;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    var location = text.At((int)reader.TokenStartIndex);
                    var rowLocation = ImportResult.Row(path, location.StartLine);
                    using var element = JsonDocument.ParseValue(ref reader);
                    if (element.RootElement.ValueKind != JsonValueKind.Object)
                    {
                        result.UnreadableRow(rowLocation, $"a result must be an object, not {element.RootElement.ValueKind.ToString().ToLowerInvariant()}");
                        continue;
                    }
                    if (JsonRow(element.RootElement, rowLocation, result) is { } row) rows.Add(row);
                }
            }
            foreach (var problem in json.Problems) result.Fail(problem.Location, problem.Message);
            if (!sawResults) result.Fail(text.At(0), "not the Consolidated Screening List JSON form: it has no \"results\" array");
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            json.SyntaxError(e, reader.TokenStartIndex);
            var problem = json.Problems[json.Problems.Count - 1];
            result.Fail(problem.Location, problem.Message);
        }
        return rows;
    }

    private static CslRow? JsonRow(JsonElement element, SourceSpan location, ImportResult result)
    {
        var row = new CslRow(location);
        try
        {
            row.Source = JsonString(element, "source");
            row.EntityNumber = JsonString(element, "entity_number");
            row.Type = JsonString(element, "type");
            row.Name = JsonString(element, "name");
            row.Title = JsonString(element, "title");
            row.FederalRegisterNotice = JsonString(element, "federal_register_notice");
            row.StartDate = JsonString(element, "start_date");
            row.EndDate = JsonString(element, "end_date");
            row.LicenseRequirement = ImportText.RemoveFootnotes(JsonString(element, "license_requirement"));
            row.LicensePolicy = ImportText.RemoveFootnotes(JsonString(element, "license_policy"));
            row.Programs.AddRange(JsonStrings(element, "programs"));
            row.AltNames.AddRange(JsonStrings(element, "alt_names"));
            row.Nationalities.AddRange(JsonStrings(element, "nationalities"));
            row.Nationalities.AddRange(JsonStrings(element, "citizenships"));
            if (element.TryGetProperty("addresses", out var addresses) && addresses.ValueKind == JsonValueKind.Array)
            {
                foreach (var address in addresses.EnumerateArray())
                {
                    if (address.ValueKind == JsonValueKind.String && ImportText.Clean(address.GetString()) is { } plain)
                    {
                        row.Addresses.Add((plain, null));
                        continue;
                    }
                    var parts = new[] { "address", "city", "state", "postal_code", "country" }.Select(p => JsonString(address, p)).Where(p => p is not null).ToList();
                    if (parts.Count > 0) row.Addresses.Add((string.Join(", ", parts), JsonString(address, "country") is { } c && CountryCode.IsMatch(c) ? c : null));
                }
            }
            if (element.TryGetProperty("ids", out var ids) && ids.ValueKind == JsonValueKind.Array)
            {
                foreach (var id in ids.EnumerateArray())
                {
                    if (id.ValueKind != JsonValueKind.Object || JsonString(id, "type") is not { } type || JsonString(id, "number") is not { } number) continue;
                    IdentifierList(row, type)?.Add(number);
                }
            }
            return row;
        }
        catch (InvalidOperationException e)
        {
            result.UnreadableRow(location, "a field has an unexpected type: " + e.Message);
            return null;
        }
    }

    private static string? JsonString(JsonElement element, string property)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(property, out var value)) return null;
        return value.ValueKind switch
        {
            JsonValueKind.String => ImportText.Clean(value.GetString()),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.Null => null,
            _ => throw new InvalidOperationException($"'{property}' is {value.ValueKind.ToString().ToLowerInvariant()}, not a string"),
        };
    }

    /// <summary>An array of strings, or one string in the CSV's "; "-joined form.</summary>
    private static IEnumerable<string> JsonStrings(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var value)) return Array.Empty<string>();
        switch (value.ValueKind)
        {
            case JsonValueKind.Array:
                var items = new List<string>();
                foreach (var item in value.EnumerateArray())
                {
                    if (item.ValueKind != JsonValueKind.String) throw new InvalidOperationException($"'{property}' holds {item.ValueKind.ToString().ToLowerInvariant()}, not strings");
                    items.AddRange(ImportText.SplitList(item.GetString()));
                }
                return items;
            case JsonValueKind.String:
                return ImportText.SplitList(value.GetString());
            case JsonValueKind.Null:
                return Array.Empty<string>();
            default:
                throw new InvalidOperationException($"'{property}' is {value.ValueKind.ToString().ToLowerInvariant()}, not an array of strings");
        }
    }
}
