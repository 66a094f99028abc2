using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Compliance.Diagnostics;
using Compliance.Entities;

namespace Compliance.Importing;

/// <summary>
/// Imports OFAC's Specially Designated Nationals list from its three legacy CSV files: <c>sdn.csv</c> (one row per
/// entry: number, name, type, programmes, ..., remarks), <c>alt.csv</c> (aliases by entry number) and
/// <c>add.csv</c> (addresses by entry number). The files have no header, use "-0-" for null, CRLF line breaks
/// and a trailing 0x1A. Every entry is on the SDN programme, which allows no licence-style exemption.
/// </summary>
public static class OfacSdnImporter
{
    public const string Format = "ofac-sdn";
    private const string ProgramCode = "SDN";

    private static readonly Regex Website = new(@"\bWebsite\s+([^\s;]+)", RegexOptions.Compiled);
    private static readonly Regex EmailAddress = new(@"\bEmail Address\s+([^\s;]+)", RegexOptions.Compiled);

    public static ImportResult Import(ImportSource sdn, ImportSource alt, ImportSource add)
    {
        var result = new ImportResult(Format, "OFAC Specially Designated Nationals (SDN) List");
        foreach (var source in new[] { sdn, alt, add }) result.Inputs.Add(new ImportInput(Path.GetFileName(source.Path), ImportText.Sha256(source.Bytes)));
        ReadEntries(sdn, result);
        if (result.Failed) return result;
        ReadAliases(alt, result);
        ReadAddresses(add, result);
        return result;
    }

    private static List<DelimitedRecord> Records(ImportSource source, int fields, ImportResult result)
    {
        string text = ImportText.Decode(source.Bytes, out bool wasUtf8);
        if (!wasUtf8) result.Warning(SourceSpan.WholeFile(source.Path), "the file is not valid UTF-8 and was read as Latin-1");
        var (records, problems) = DelimitedText.Read(text, ',', fields);
        foreach (var problem in problems) result.UnreadableRow(ImportResult.Row(source.Path, problem.Line), problem.Message);
        if (records.Count == 0 && problems.Count == 0) result.Fail(SourceSpan.WholeFile(source.Path), "the file is empty");
        return records;
    }

    private static void ReadEntries(ImportSource sdn, ImportResult result)
    {
        var records = Records(sdn, 12, result);
        if (records.Count == 0 && !result.Failed && result.UnreadableRows > 0)
        {
            result.Fail(SourceSpan.WholeFile(sdn.Path), "no row could be read: is this OFAC's sdn.csv?");
        }
        foreach (var record in records)
        {
            var row = ImportResult.Row(sdn.Path, record.Line);
            string? number = ImportText.Clean(record.Fields[0]);
            string? name = ImportText.Clean(record.Fields[1]);
            if (number is null || !ListSources.IsDigits(number))
            {
                result.UnreadableRow(row, $"the entry number '{record.Fields[0].Trim()}' is not a number");
                continue;
            }
            if (name is null)
            {
                result.UnreadableRow(row, $"entry {number} has no name");
                continue;
            }
            string id = "ofac-" + number;
            if (result.Find(id) is { } earlier) result.Warning(row, $"entry {number} is also at line {earlier.FirstRow.StartLine}; the rows are merged");
            result.RowsRead++;
            var entity = result.GetOrAdd(id, name, row);
            entity.AddProgram(new EntityProgram(ProgramCode, EntityProgram.DefaultExemptible(ProgramCode)));
            entity.Sources.Add("OFAC SDN List entry " + number);
            // SDN_Type is "individual", "vessel" or "aircraft", and "-0-" (null) for an entity.
            string? type = ImportText.Clean(record.Fields[2]);
            if (type is null) entity.Type ??= EntityType.Organization;
            else if (ImportText.EntityTypeOf(type) is { } known) entity.Type ??= known;
            else entity.Notes.Add(type);
            if (ImportText.Clean(record.Fields[3]) is { } programs)
            {
                entity.Notes.Add("SDN programmes: " + string.Join(", ", programs.Split(new[] { "] [" }, StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim('[', ']', ' '))));
            }
            if (ImportText.Clean(record.Fields[4]) is { } title) entity.Notes.Add("Title: " + title);
            string remarks = ImportText.Clean(record.Fields[11]) ?? string.Empty;
            foreach (Match match in Website.Matches(remarks)) entity.Domains.Add(ImportText.WebsiteDomain(match.Groups[1].Value));
            foreach (Match match in EmailAddress.Matches(remarks))
            {
                if (ImportText.EmailDomain(match.Groups[1].Value) is { } domain) entity.AddEmailDomain(domain);
            }
        }
    }

    private static void ReadAliases(ImportSource alt, ImportResult result)
    {
        var orphans = new Orphans(alt.Path);
        foreach (var record in Records(alt, 5, result))
        {
            string? number = ImportText.Clean(record.Fields[0]);
            string? alias = ImportText.Clean(record.Fields[3]);
            if (number is null || alias is null)
            {
                result.UnreadableRow(ImportResult.Row(alt.Path, record.Line), number is null ? "the alias row has no entry number" : $"the alias row for entry {number} has no name");
                continue;
            }
            if (result.Find("ofac-" + number) is { } entity) entity.AddAlias(alias);
            else orphans.Add(record.Line);
        }
        orphans.Report(result, "aliases");
    }

    private static void ReadAddresses(ImportSource add, ImportResult result)
    {
        var orphans = new Orphans(add.Path);
        var unknownCountries = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var record in Records(add, 6, result))
        {
            string? number = ImportText.Clean(record.Fields[0]);
            if (number is null)
            {
                result.UnreadableRow(ImportResult.Row(add.Path, record.Line), "the address row has no entry number");
                continue;
            }
            if (result.Find("ofac-" + number) is not { } entity)
            {
                orphans.Add(record.Line);
                continue;
            }
            string? countryName = ImportText.Clean(record.Fields[4]);
            string? code = countryName is null ? null : CountryNames.ToCode(countryName);
            if (countryName is not null && code is null) unknownCountries.Add(countryName);
            var parts = new[] { record.Fields[2], record.Fields[3], record.Fields[4] }.Select(ImportText.Clean).Where(p => p is not null);
            string address = string.Join(", ", parts);
            if (address.Length > 0) entity.AddAddress(address, code);
        }
        orphans.Report(result, "addresses");
        if (unknownCountries.Count > 0)
        {
            result.Warning(SourceSpan.WholeFile(add.Path),
                $"no country code for {string.Join(", ", unknownCountries.Select(c => $"'{c}'"))}: these addresses give the entity no country");
        }
    }

    /// <summary>Rows of alt.csv or add.csv whose entry is not in sdn.csv: reported once, as files from different days.</summary>
    private sealed class Orphans
    {
        private readonly string _path;
        private int _count;
        private int _firstLine;

        public Orphans(string path) => _path = path;

        public void Add(int line)
        {
            if (_count++ == 0) _firstLine = line;
        }

        public void Report(ImportResult result, string what)
        {
            if (_count == 0) return;
            result.Warning(ImportResult.Row(_path, _firstLine),
                $"{_count:N0} {what} belong to entries that are not in the SDN file (the first at this line) and were left out: are the files from the same day?");
        }
    }
}

/// <summary>A file given to an importer: its path (for messages) and content.</summary>
public sealed record ImportSource(string Path, byte[] Bytes);
