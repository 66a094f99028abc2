using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Compliance.Diagnostics;
using Compliance.Entities;
using Compliance.Importing;
using Compliance.Json;

namespace Compliance.Cli.Commands;

/// <summary>
/// <c>lists import --from csl|ofac-sdn|bis-dpl FILE --output LIST</c>: turns an official file into an entity list.
/// Exit codes: 0 every row imported; 1 the list was written but some rows could not be read (each reported with
/// its line), or the overlay conflicts with itself; 2 nothing was written (bad arguments, unreadable input or overlay).
/// </summary>
public static class ListsImportCommand
{
    public static readonly IReadOnlyList<string> Formats = new[] { CslImporter.Format, OfacSdnImporter.Format, DeniedPersonsImporter.Format };

    public sealed class ImportRequest
    {
        public string From { get; init; } = string.Empty;
        public string File { get; init; } = string.Empty;
        public string Output { get; init; } = string.Empty;
        public string? Overlay { get; init; }
        public IReadOnlyList<string> Sources { get; init; } = Array.Empty<string>();
        public string? Alt { get; init; }
        public string? Add { get; init; }
        public string? Published { get; init; }
        public string? Name { get; init; }
        public int? MaxAgeDays { get; init; }
        public string Format { get; init; } = "text";
        public long MaxFileSize { get; init; } = EntityListLoader.DefaultMaxBytes;
    }

    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("file") { Description = "The official file: the CSL as CSV or JSON, OFAC's sdn.csv, or BIS's dpl.txt." };
        var from = new Option<string>("--from") { Description = "What the file is: csl, ofac-sdn or bis-dpl.", Required = true };
        from.AcceptOnlyFromAmong(Formats.ToArray());
        var outputFile = new Option<string>("--output", "-o") { Description = "Where to write the entity list (JSON).", Required = true };
        var overlay = new Option<string?>("--overlay") { Description = "An entity-list file with the team's curation to apply (aliases, identifiers, exemptions, own ids)." };
        var sources = new Option<string[]>("--sources")
        {
            Description = "Only these CSL source lists, comma-separated: " + string.Join(",", ListSources.CslCodes) + ".",
        };
        var alt = new Option<string?>("--alt") { Description = "OFAC alt.csv (aliases). Default: alt.csv beside sdn.csv." };
        var add = new Option<string?>("--add") { Description = "OFAC add.csv (addresses). Default: add.csv beside sdn.csv." };
        var published = new Option<string?>("--published") { Description = "The date the official file was published (yyyy-mm-dd). Default: the file's modification date." };
        var name = new Option<string?>("--name") { Description = "The list's name. Default: the overlay's, else the official list's." };
        var maxAge = new Option<int?>("--max-age-days") { Description = "Days after publication when the list counts as stale (SCC010). Default: the overlay's." };
        var format = ListsOutput.FormatOption();
        var maxFileSize = new Option<long>("--max-file-size") { Description = "Refuse larger input files.", DefaultValueFactory = _ => EntityListLoader.DefaultMaxBytes };
        var command = new Command("import", "Turn an official screening list into an entity list, keeping the team's overlay.")
        {
            file, from, outputFile, overlay, sources, alt, add, published, name, maxAge, format, maxFileSize,
        };
        command.SetAction(parse => Run(new ImportRequest
        {
            File = parse.GetValue(file)!,
            From = parse.GetValue(from)!,
            Output = parse.GetValue(outputFile)!,
            Overlay = parse.GetValue(overlay),
            Sources = (parse.GetValue(sources) ?? Array.Empty<string>()).SelectMany(s => s.Split(',')).Select(s => s.Trim()).Where(s => s.Length > 0).ToList(),
            Alt = parse.GetValue(alt),
            Add = parse.GetValue(add),
            Published = parse.GetValue(published),
            Name = parse.GetValue(name),
            MaxAgeDays = parse.GetValue(maxAge),
            Format = parse.GetValue(format) ?? "text",
            MaxFileSize = parse.GetValue(maxFileSize),
        }, output, error));
        return command;
    }

    public static int Run(ImportRequest request, TextWriter output, TextWriter error)
    {
        if (request.Sources.Count > 0 && request.From != CslImporter.Format) return ListsOutput.ArgumentError(error, "--sources applies to --from csl only");
        if ((request.Alt ?? request.Add) is not null && request.From != OfacSdnImporter.Format) return ListsOutput.ArgumentError(error, "--alt and --add apply to --from ofac-sdn only");
        if (request.Sources.FirstOrDefault(s => !ListSources.IsCode(s)) is { } unknown)
        {
            return ListsOutput.ArgumentError(error, $"--sources: '{unknown}' is not a CSL source; use {string.Join(", ", ListSources.CslCodes)}");
        }
        if (request.MaxAgeDays is <= 0) return ListsOutput.ArgumentError(error, "--max-age-days must be a positive number of days");
        DateTime? published = null;
        if (request.Published is { } publishedText)
        {
            if (!Dates.TryParse(publishedText, out var date)) return ListsOutput.ArgumentError(error, $"--published: '{publishedText}' is not a date such as 2027-06-30");
            published = date;
        }
        else if (File.Exists(request.File))
        {
            published = File.GetLastWriteTimeUtc(request.File).Date;
        }

        if (!TryRead(request, error, out var import)) return Program.ToolFailure;
        Overlay? overlay = null;
        if (request.Overlay is { } overlayPath)
        {
            overlay = Overlay.Load(overlayPath, request.MaxFileSize, out var overlayProblems);
            if (overlay is null)
            {
                foreach (var problem in overlayProblems) error.WriteLine(ListsOutput.Line(Severity.Error, problem.Location, "overlay: " + problem.Message));
                return Program.ToolFailure;
            }
        }

        var messages = new List<ImportMessage>(import!.Messages);
        if (import.Failed)
        {
            Report(request, import, messages, entities: 0, aliases: 0, output);
            return Program.ToolFailure;
        }
        var document = ImportedListBuilder.Build(import, new ImportSettings
        {
            Published = published,
            Name = request.Name,
            MaxAgeDays = request.MaxAgeDays,
            Sources = request.Sources.Select(s => s.ToUpperInvariant()).ToList(),
        }, overlay, messages);
        byte[] bytes = EntityListWriter.Write(document);

        // The list must load in the engine exactly as written: check before anything reaches the disk.
        var written = EntityListLoader.Load(new JsonText(request.Output, bytes));
        if (written.Problems.Count > 0)
        {
            foreach (var problem in written.Problems) error.WriteLine(ListsOutput.Line(Severity.Error, problem.Location, "the imported list does not load: " + problem.Message));
            return Program.ToolFailure;
        }
        try
        {
            File.WriteAllBytes(request.Output, bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return ListsOutput.ArgumentError(error, $"--output: cannot write '{request.Output}': {e.Message}");
        }
        Report(request, import, messages, written.Entities.Count, written.Entities.Sum(e => e.Aliases.Count), output);
        return import.UnreadableRows > 0 || messages.Any(m => m.Severity == Severity.Error) ? 1 : 0;
    }

    private static bool TryRead(ImportRequest request, TextWriter error, out ImportResult? import)
    {
        import = null;
        if (!TryReadSource(request.File, request.MaxFileSize, "input", error, out var main)) return false;
        switch (request.From)
        {
            case CslImporter.Format:
                import = CslImporter.Import(main!.Path, main.Bytes, request.Sources.Select(s => s.ToUpperInvariant()).ToList());
                return true;
            case DeniedPersonsImporter.Format:
                import = DeniedPersonsImporter.Import(main!);
                return true;
            default:
                string folder = Path.GetDirectoryName(Path.GetFullPath(request.File)) ?? ".";
                string altPath = request.Alt ?? Path.Combine(folder, "alt.csv");
                string addPath = request.Add ?? Path.Combine(folder, "add.csv");
                if (!TryReadSource(altPath, request.MaxFileSize, "OFAC alt.csv (aliases; name it with --alt)", error, out var alt)) return false;
                if (!TryReadSource(addPath, request.MaxFileSize, "OFAC add.csv (addresses; name it with --add)", error, out var add)) return false;
                import = OfacSdnImporter.Import(main!, alt!, add!);
                return true;
        }
    }

    private static bool TryReadSource(string path, long maxBytes, string what, TextWriter error, out ImportSource? source)
    {
        source = null;
        if (!InputFile.TryReadAllBytes(path, maxBytes, what, out var bytes, out var problem))
        {
            error.WriteLine(ListsOutput.Line(Severity.Error, problem!.Location, problem.Message));
            return false;
        }
        source = new ImportSource(path, bytes!);
        return true;
    }

    private static void Report(ImportRequest request, ImportResult import, List<ImportMessage> messages, int entities, int aliases, TextWriter output)
    {
        var ordered = messages.OrderBy(m => m.Location.Path, StringComparer.Ordinal).ThenBy(m => m.Location.StartLine).ToList();
        if (request.Format == "json")
        {
            ListsOutput.WriteJson(output, json =>
            {
                json.WriteStartObject();
                json.WriteString("from", import.Format);
                json.WriteString("input", request.File);
                if (!import.Failed) json.WriteString("output", request.Output);
                json.WriteNumber("entities", entities);
                json.WriteNumber("aliases", aliases);
                json.WriteNumber("rowsRead", import.RowsRead);
                json.WriteNumber("rowsFilteredOut", import.RowsFilteredOut);
                json.WriteNumber("unreadableRows", import.UnreadableRows);
                json.WriteStartArray("messages");
                foreach (var message in ordered)
                {
                    json.WriteStartObject();
                    json.WriteString("severity", message.Severity.ToBuildWord());
                    ListsOutput.WriteLocation(json, message.Location);
                    json.WriteString("message", message.Message);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            });
            return;
        }
        foreach (var message in ordered) output.WriteLine(ListsOutput.Line(message.Severity, message.Location, message.Message));
        if (import.Failed)
        {
            output.WriteLine($"Nothing imported from {request.File}.");
            return;
        }
        string filtered = import.RowsFilteredOut > 0 ? $", {import.RowsFilteredOut:N0} rows of other sources left out" : string.Empty;
        string unreadable = import.UnreadableRows > 0 ? $", {import.UnreadableRows:N0} unreadable rows left out" : string.Empty;
        output.WriteLine($"Imported {entities:N0} entities with {aliases:N0} aliases from {import.RowsRead:N0} rows ({import.Format}{filtered}{unreadable}) into {request.Output}");
    }
}
