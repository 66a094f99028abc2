using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Compliance.Boms;
using Compliance.Cli.Inputs;
using Compliance.Cli.Lists;
using Compliance.Diagnostics;
using Compliance.Entities;
using Compliance.Json;
using Compliance.Screening;

namespace Compliance.Cli.Commands;

/// <summary>
/// <c>lists diff OLD NEW [--bom FILES... [--entities LIST...]]</c>: what changed between two versions of a list, or, with --bom, which
/// components of those BOMs screen differently under the new version. Exit codes: 0 no difference (no component
/// changes outcome, with --bom); 1 the lists differ (a component's outcome changes, with --bom); 2 a list or BOM
/// could not be read, or bad arguments.
/// </summary>
public static class ListsDiffCommand
{
    public sealed class DiffRequest
    {
        public string Old { get; init; } = string.Empty;
        public string New { get; init; } = string.Empty;
        public IReadOnlyList<string> Boms { get; init; } = Array.Empty<string>();
        public IReadOnlyList<string> Entities { get; init; } = Array.Empty<string>();
        public string? AsOf { get; init; }
        public string Format { get; init; } = "text";
        public long MaxFileSize { get; init; } = EntityListLoader.DefaultMaxBytes;
    }

    public static Command Create(TextWriter output, TextWriter error)
    {
        var old = new Argument<string>("old") { Description = "The list as it was." };
        var current = new Argument<string>("new") { Description = "The list as it is now." };
        var boms = new Option<string[]>("--bom")
        {
            Description = "BOM files, folders or globs to screen under both lists; only components whose outcome changes are printed.",
            AllowMultipleArgumentsPerToken = true,
        };
        var entities = new Option<string[]>("--entities")
        {
            Description = "Other lists to screen the BOMs with on both sides, such as the team's exemption file; repeatable.",
        };
        var asOf = new Option<string?>("--as-of") { Description = "Judge exemptions at this date (yyyy-mm-dd). Default: today in UTC." };
        var format = ListsOutput.FormatOption();
        var maxFileSize = new Option<long>("--max-file-size") { Description = "Refuse larger files.", DefaultValueFactory = _ => BomReader.DefaultMaxBytes };
        var command = new Command("diff", "Show what changed between two versions of a list, and which BOM components it affects.")
        {
            old, current, boms, entities, asOf, format, maxFileSize,
        };
        command.SetAction(parse => Run(new DiffRequest
        {
            Old = parse.GetValue(old)!,
            New = parse.GetValue(current)!,
            Boms = parse.GetValue(boms) ?? Array.Empty<string>(),
            Entities = parse.GetValue(entities) ?? Array.Empty<string>(),
            AsOf = parse.GetValue(asOf),
            Format = parse.GetValue(format) ?? "text",
            MaxFileSize = parse.GetValue(maxFileSize),
        }, output, error));
        return command;
    }

    public static int Run(DiffRequest request, TextWriter output, TextWriter error)
    {
        var options = new ScreeningOptions();
        if (request.AsOf is { } asOfText)
        {
            if (!Dates.TryParse(asOfText, out var asOf)) return ListsOutput.ArgumentError(error, $"--as-of: '{asOfText}' is not a date such as 2027-06-30");
            options.AsOf = asOf;
        }
        if (request.Entities.Count > 0 && request.Boms.Count == 0) return ListsOutput.ArgumentError(error, "--entities applies with --bom only");
        var before = EntityListLoader.LoadFile(request.Old, request.MaxFileSize);
        var after = EntityListLoader.LoadFile(request.New, request.MaxFileSize);
        var unchanged = request.Entities.Select(path => EntityListLoader.LoadFile(path, request.MaxFileSize)).ToList();
        var listProblems = unchanged.Prepend(after).Prepend(before).SelectMany(l => l.Problems).ToList();
        if (listProblems.Count > 0)
        {
            foreach (var problem in listProblems) error.WriteLine(ListsOutput.Line(Severity.Error, problem.Location, "entity list could not be read: " + problem.Message));
            return Program.ToolFailure;
        }
        var comparison = ListComparison.Compare(before, after);
        if (request.Boms.Count == 0)
        {
            if (request.Format == "json") WriteJson(request, comparison, null, output);
            else WriteText(comparison, output);
            return comparison.IsEmpty ? 0 : 1;
        }

        var (inputs, inputProblems) = InputExpander.Expand(request.Boms, Directory.GetCurrentDirectory());
        var boms = new List<Bom>();
        var unreadable = inputProblems.ToList();
        foreach (var input in inputs)
        {
            if (!InputFile.TryReadAllBytes(input.Path, request.MaxFileSize, "BOM", out var bytes, out var problem))
            {
                unreadable.Add(problem!);
                continue;
            }
            var bom = BomReader.Read(new JsonText(input.Path, bytes!));
            if (input.FromFolder && bom.IsNotABom) continue;
            unreadable.AddRange(bom.Problems);
            boms.Add(bom);
        }
        if (unreadable.Count > 0)
        {
            foreach (var problem in unreadable) error.WriteLine(ListsOutput.Line(Severity.Error, problem.Location, "BOM could not be read: " + problem.Message));
            return Program.ToolFailure;
        }
        var changes = ComponentOutcomes.Compare(boms, before, after, unchanged, options);
        int components = boms.Sum(b => b.Components.Count);
        if (request.Format == "json")
        {
            WriteJson(request, comparison, changes, output);
        }
        else
        {
            foreach (var change in changes) output.WriteLine(ChangeLine(change));
            output.WriteLine($"{changes.Count:N0} of {components:N0} components in {boms.Count:N0} BOM{(boms.Count == 1 ? string.Empty : "s")} screen differently " +
                $"(list: {Counts(comparison)})");
        }
        return changes.Count > 0 ? 1 : 0;
    }

    private static string Counts(ListComparison comparison) =>
        $"{comparison.Added:N0} entities added, {comparison.Removed:N0} removed, {comparison.Changed:N0} changed; " +
        $"aliases {comparison.AliasesAdded:N0} added, {comparison.AliasesRemoved:N0} removed; {comparison.Exemptions.Count:N0} exemptions changed";

    private static string ChangeLine(OutcomeChange change)
    {
        string purl = change.Purl is { } p ? $" [{p}]" : string.Empty;
        string place = change.Location.HasPosition ? $"{change.Location.Path}({change.Location.StartLine},{change.Location.StartColumn})" : change.Location.Path;
        return $"{place}: component '{change.DisplayName}'{purl}: was {Outcome(change.Before)}; now {Outcome(change.After)}";
    }

    private static string Outcome(IReadOnlyList<Finding> findings) =>
        findings.Count == 0
            ? "not flagged"
            : string.Join(", ", findings.GroupBy(f => (f.Id, f.EntityId)).Select(g => g.First())
                .Select(f => $"{f.Severity.ToBuildWord()} {f.Id} {f.EntityId} ('{f.EntityName}', {f.List})"));

    private static void WriteText(ListComparison comparison, TextWriter output)
    {
        foreach (var change in comparison.Metadata) output.WriteLine("  list " + change);
        foreach (var entity in comparison.Entities)
        {
            if (entity.IsAdded)
            {
                output.WriteLine($"+ {entity.Id} '{entity.After!.Name}' ({entity.After.ProgramList}){AliasCount(entity.After)}");
            }
            else if (entity.IsRemoved)
            {
                output.WriteLine($"- {entity.Id} '{entity.Before!.Name}' ({entity.Before.ProgramList})");
            }
            else
            {
                var parts = entity.Changes
                    .Concat(entity.AliasesAdded.Select(a => $"alias +'{a}'"))
                    .Concat(entity.AliasesRemoved.Select(a => $"alias -'{a}'"));
                output.WriteLine($"~ {entity.Id}: {string.Join("; ", parts)}");
            }
        }
        foreach (var exemption in comparison.Exemptions) output.WriteLine($"  exemption {exemption.Id} {exemption.Change}");
        output.WriteLine(comparison.IsEmpty ? "The lists have the same content." : Counts(comparison));
    }

    private static string AliasCount(Entity entity) => entity.Aliases.Count == 0 ? string.Empty : $", {entity.Aliases.Count} alias{(entity.Aliases.Count == 1 ? string.Empty : "es")}";

    private static void WriteJson(DiffRequest request, ListComparison comparison, List<OutcomeChange>? changes, TextWriter output)
    {
        ListsOutput.WriteJson(output, json =>
        {
            json.WriteStartObject();
            json.WriteString("old", request.Old);
            json.WriteString("new", request.New);
            json.WriteStartObject("summary");
            json.WriteNumber("entitiesAdded", comparison.Added);
            json.WriteNumber("entitiesRemoved", comparison.Removed);
            json.WriteNumber("entitiesChanged", comparison.Changed);
            json.WriteNumber("aliasesAdded", comparison.AliasesAdded);
            json.WriteNumber("aliasesRemoved", comparison.AliasesRemoved);
            json.WriteNumber("exemptionsChanged", comparison.Exemptions.Count);
            if (changes is not null) json.WriteNumber("componentsChanged", changes.Count);
            json.WriteEndObject();
            json.WriteStartArray("metadata");
            foreach (var change in comparison.Metadata) json.WriteStringValue(change);
            json.WriteEndArray();
            json.WriteStartArray("entities");
            foreach (var entity in comparison.Entities)
            {
                json.WriteStartObject();
                json.WriteString("id", entity.Id);
                json.WriteString("change", entity.IsAdded ? "added" : entity.IsRemoved ? "removed" : "changed");
                json.WriteString("name", (entity.After ?? entity.Before)!.Name);
                ListsOutput.WriteLocation(json, (entity.After ?? entity.Before)!.Location);
                Strings(json, "aliasesAdded", entity.IsAdded ? entity.After!.Aliases : entity.AliasesAdded);
                Strings(json, "aliasesRemoved", entity.IsRemoved ? entity.Before!.Aliases : entity.AliasesRemoved);
                Strings(json, "changes", entity.Changes);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("exemptions");
            foreach (var exemption in comparison.Exemptions)
            {
                json.WriteStartObject();
                json.WriteString("id", exemption.Id);
                json.WriteString("change", exemption.Change);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            if (changes is not null)
            {
                json.WriteStartArray("components");
                foreach (var change in changes)
                {
                    json.WriteStartObject();
                    json.WriteString("bom", change.Bom);
                    json.WriteString("component", change.DisplayName);
                    if (change.Purl is { } purl) json.WriteString("purl", purl);
                    ListsOutput.WriteLocation(json, change.Location);
                    Findings(json, "before", change.Before);
                    Findings(json, "after", change.After);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
        });
    }

    private static void Strings(System.Text.Json.Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }

    private static void Findings(System.Text.Json.Utf8JsonWriter json, string name, IReadOnlyList<Finding> findings)
    {
        json.WriteStartArray(name);
        foreach (var finding in findings)
        {
            json.WriteStartObject();
            json.WriteString("id", finding.Id);
            json.WriteString("severity", finding.Severity.ToBuildWord());
            json.WriteString("entityId", finding.EntityId);
            json.WriteString("message", finding.Message);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
