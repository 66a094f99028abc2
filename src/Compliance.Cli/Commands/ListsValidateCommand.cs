using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Compliance.Cli.Validation;
using Compliance.Diagnostics;
using Compliance.Entities;
using Compliance.Json;
using Compliance.ListTools;

namespace Compliance.Cli.Commands;

/// <summary>
/// <c>lists validate FILE...</c>: schemas/entity-list.schema.json, then the lint checks of <see cref="ListLinter"/>, over the files
/// together. Exit codes: 0 no error (warnings allowed unless --warnaserror); 1 at least one error; 2 a file could
/// not be opened at all, or bad arguments.
/// </summary>
public static class ListsValidateCommand
{
    public sealed class ValidateRequest
    {
        public IReadOnlyList<string> Files { get; init; } = Array.Empty<string>();
        public bool UseDefaultList { get; init; } = true;
        public string? AsOf { get; init; }
        public bool WarningsAsErrors { get; init; }
        public string Format { get; init; } = "text";
        public long MaxFileSize { get; init; } = EntityListLoader.DefaultMaxBytes;
    }

    public static Command Create(TextWriter output, TextWriter error)
    {
        var files = new Argument<string[]>("files") { Description = "Entity list and exemption files, checked together as 'check' would combine them.", Arity = ArgumentArity.OneOrMore };
        var noDefault = new Option<bool>("--no-default-entities") { Description = "Do not resolve exemptions and name collisions against the embedded default list." };
        var asOf = new Option<string?>("--as-of") { Description = "Judge expiries and list ages at this date (yyyy-mm-dd). Default: today in UTC." };
        var warnAsError = new Option<bool>("--warnaserror") { Description = "Treat warnings (shared names, stale list) as errors." };
        var format = ListsOutput.FormatOption();
        var maxFileSize = new Option<long>("--max-file-size") { Description = "Refuse larger files.", DefaultValueFactory = _ => EntityListLoader.DefaultMaxBytes };
        var command = new Command("validate", "Check entity lists against the schema and for the mistakes that make screening wrong.")
        {
            files, noDefault, asOf, warnAsError, format, maxFileSize,
        };
        command.SetAction(parse => Run(new ValidateRequest
        {
            Files = parse.GetValue(files) ?? Array.Empty<string>(),
            UseDefaultList = !parse.GetValue(noDefault),
            AsOf = parse.GetValue(asOf),
            WarningsAsErrors = parse.GetValue(warnAsError),
            Format = parse.GetValue(format) ?? "text",
            MaxFileSize = parse.GetValue(maxFileSize),
        }, output, error));
        return command;
    }

    public static int Run(ValidateRequest request, TextWriter output, TextWriter error)
    {
        var asOf = DateTime.UtcNow.Date;
        if (request.AsOf is { } asOfText && !Dates.TryParse(asOfText, out asOf))
        {
            return ListsOutput.ArgumentError(error, $"--as-of: '{asOfText}' is not a date such as 2027-06-30");
        }
        bool unopenable = false;
        var inputs = new List<LintInput>();
        var problems = new List<ListProblem>();
        foreach (var path in request.Files)
        {
            if (!InputFile.TryReadAllBytes(path, request.MaxFileSize, "entity list", out var bytes, out var problem))
            {
                problems.Add(new ListProblem(ListChecks.Format, problem!.Location, problem.Message));
                unopenable = true;
                continue;
            }
            var text = new JsonText(path, bytes!);
            var list = EntityListLoader.Load(text);
            if (!list.Problems.Any(p => p.Message.StartsWith("invalid JSON", StringComparison.Ordinal)))
            {
                problems.AddRange(EntityListSchema.Instance.Validate(text).Select(p => new ListProblem(ListChecks.Schema, p.Location, p.Message.StartsWith("schema: ", StringComparison.Ordinal) ? p.Message.Substring(8) : p.Message)));
            }
            inputs.Add(new LintInput(list, text));
        }
        problems.AddRange(ListLinter.Lint(inputs, new LintOptions
        {
            AsOf = asOf,
            Background = request.UseDefaultList ? DefaultEntityList.Load() : null,
        }));
        problems = problems
            .Select(p => request.WarningsAsErrors && p.Severity == Severity.Warning ? p with { Check = p.Check with { Severity = Severity.Error } } : p)
            .OrderBy(p => p.Location.Path, StringComparer.Ordinal)
            .ThenBy(p => p.Location.StartLine)
            .ThenBy(p => p.Location.StartColumn)
            .ThenBy(p => p.Check.Name, StringComparer.Ordinal)
            .ToList();
        int errors = problems.Count(p => p.Severity == Severity.Error);
        int warnings = problems.Count(p => p.Severity == Severity.Warning);
        int entities = inputs.Sum(i => i.List.Entities.Count);
        int aliases = inputs.Sum(i => i.List.Entities.Sum(e => e.Aliases.Count));
        int exemptions = inputs.Sum(i => i.List.Exemptions.Count);
        string summary = $"Validated {request.Files.Count} list file{(request.Files.Count == 1 ? string.Empty : "s")} " +
            $"({entities:N0} entities, {aliases:N0} aliases, {exemptions:N0} exemptions): " +
            $"{errors:N0} error{(errors == 1 ? string.Empty : "s")}, {warnings:N0} warning{(warnings == 1 ? string.Empty : "s")}";
        if (request.Format == "json")
        {
            ListsOutput.WriteJson(output, json =>
            {
                json.WriteStartObject();
                json.WriteStartArray("files");
                foreach (var file in request.Files) json.WriteStringValue(file);
                json.WriteEndArray();
                json.WriteStartArray("problems");
                foreach (var problem in problems)
                {
                    json.WriteStartObject();
                    json.WriteString("check", problem.Check.Name);
                    json.WriteString("severity", problem.Severity.ToBuildWord());
                    ListsOutput.WriteLocation(json, problem.Location);
                    json.WriteString("message", problem.Message);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteStartObject("summary");
                json.WriteNumber("entities", entities);
                json.WriteNumber("aliases", aliases);
                json.WriteNumber("exemptions", exemptions);
                json.WriteNumber("errors", errors);
                json.WriteNumber("warnings", warnings);
                json.WriteEndObject();
                json.WriteEndObject();
            });
            error.WriteLine(summary);
        }
        else
        {
            foreach (var problem in problems) output.WriteLine(ListsOutput.Line(problem.Severity, problem.Location, problem.Message, problem.Check.Name));
            output.WriteLine(summary);
        }
        return unopenable ? Program.ToolFailure : errors > 0 ? 1 : 0;
    }
}
