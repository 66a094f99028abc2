using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Compliance.Boms;
using Compliance.Cli.Inputs;
using Compliance.Cli.Validation;
using Compliance.Configuration;
using Compliance.Entities;
using Compliance.Json;
using Compliance.Reporting;
using Compliance.Screening;

namespace Compliance.Cli.Commands;

/// <summary><c>check &lt;inputs&gt;...</c>: screens BOMs and reports findings.</summary>
public static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "BOM files, folders (searched for *.json) or globs such as 'sbom/**/*.cdx.json'.",
            // Zero here so that inputs that --warnaserror took can be given back (see the action); Run requires one.
            Arity = ArgumentArity.ZeroOrMore,
        };
        var entities = new Option<string[]>("--entities")
        {
            Description = "An entity list or exemption file; repeatable. Added to the embedded default list unless --no-default-entities.",
            AllowMultipleArgumentsPerToken = false,
        };
        var noDefault = new Option<bool>("--no-default-entities") { Description = "Do not use the embedded default list." };
        var format = new Option<string>("--format")
        {
            Description = "Output format.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "sarif", "json", "github");
        var outputFile = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var config = new Option<string[]>("--config")
        {
            Description = ".globalconfig file with dotnet_diagnostic.SCCnnn.severity settings; repeatable, later files win.",
        };
        var asOf = new Option<string?>("--as-of") { Description = "Judge exemptions and list ages at this date (yyyy-mm-dd). Default: today in UTC." };
        var schema = new Option<string?>("--schema") { Description = "Also validate every BOM against this JSON Schema." };
        var warnAsError = new Option<string[]>("--warnaserror")
        {
            Description = "Treat warnings as errors: all of them, or the IDs given (comma-separated).",
            Arity = ArgumentArity.ZeroOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        var noWarn = new Option<string[]>("--nowarn") { Description = "Do not report these IDs (comma-separated)." };
        var basePath = new Option<string?>("--base-path")
        {
            Description = "Folder that SARIF and GitHub paths are relative to. Default: the current folder.",
        };
        var warningDays = new Option<int>("--exemption-warning-days")
        {
            Description = "Warn (SCC005) when an exemption in use expires within this many days.",
            DefaultValueFactory = _ => ScreeningOptions.DefaultExemptionWarningDays,
        };
        var classificationProperty = new Option<string>("--classification-property")
        {
            Description = "The component property that carries a classification such as an ECCN, for exemptions scoped by 'classifications'.",
            DefaultValueFactory = _ => ScreeningOptions.DefaultClassificationProperty,
        };
        var maxFileSize = new Option<long>("--max-file-size")
        {
            Description = "Refuse input files larger than this many bytes.",
            DefaultValueFactory = _ => BomReader.DefaultMaxBytes,
        };

        var command = new Command("check", "Screen BOMs against restricted-entity lists.")
        {
            inputs, entities, noDefault, format, outputFile, config, asOf, schema, warnAsError, noWarn, basePath, maxFileSize,
            warningDays, classificationProperty,
        };
        command.SetAction(parse =>
        {
            // "--warnaserror bom.json" means all warnings as errors and the input bom.json, as the compiler's -warnaserror.
            var warnValues = parse.GetValue(warnAsError) ?? Array.Empty<string>();
            var request = new CheckRequest
            {
                Inputs = (parse.GetValue(inputs) ?? Array.Empty<string>()).Concat(warnValues.Where(v => !IdList.IsMatch(v))).ToArray(),
                EntityLists = parse.GetValue(entities) ?? Array.Empty<string>(),
                UseDefaultList = !parse.GetValue(noDefault),
                Format = parse.GetValue(format) ?? "text",
                OutputFile = parse.GetValue(outputFile),
                ConfigFiles = parse.GetValue(config) ?? Array.Empty<string>(),
                AsOf = parse.GetValue(asOf),
                SchemaFile = parse.GetValue(schema),
                WarnAsErrorGiven = parse.GetResult(warnAsError) is not null,
                WarnAsError = warnValues.Where(v => IdList.IsMatch(v)).ToArray(),
                NoWarn = parse.GetValue(noWarn) ?? Array.Empty<string>(),
                BasePath = parse.GetValue(basePath),
                MaxFileSize = parse.GetValue(maxFileSize),
                ExemptionWarningDays = parse.GetValue(warningDays),
                ClassificationProperty = parse.GetValue(classificationProperty) ?? ScreeningOptions.DefaultClassificationProperty,
            };
            return Run(request, output, error);
        });
        return command;
    }

    public sealed class CheckRequest
    {
        public IReadOnlyList<string> Inputs { get; init; } = Array.Empty<string>();
        public IReadOnlyList<string> EntityLists { get; init; } = Array.Empty<string>();
        public bool UseDefaultList { get; init; } = true;
        public string Format { get; init; } = "text";
        public string? OutputFile { get; init; }
        public IReadOnlyList<string> ConfigFiles { get; init; } = Array.Empty<string>();
        public string? AsOf { get; init; }
        public string? SchemaFile { get; init; }
        public bool WarnAsErrorGiven { get; init; }
        public IReadOnlyList<string> WarnAsError { get; init; } = Array.Empty<string>();
        public IReadOnlyList<string> NoWarn { get; init; } = Array.Empty<string>();
        public string? BasePath { get; init; }
        public long MaxFileSize { get; init; } = BomReader.DefaultMaxBytes;
        public int ExemptionWarningDays { get; init; } = ScreeningOptions.DefaultExemptionWarningDays;
        public string ClassificationProperty { get; init; } = ScreeningOptions.DefaultClassificationProperty;
    }

    public static int Run(CheckRequest request, TextWriter output, TextWriter error)
    {
        string workingDirectory = Directory.GetCurrentDirectory();
        if (request.Inputs.Count == 0) return ArgumentError(error, "name at least one BOM file, folder or glob to check");
        var options = new ScreeningOptions();
        if (request.AsOf is { } asOfText)
        {
            if (!Dates.TryParse(asOfText, out var asOf)) return ArgumentError(error, $"--as-of: '{asOfText}' is not a date such as 2027-06-30");
            options.AsOf = asOf;
        }
        if (request.MaxFileSize <= 0) return ArgumentError(error, "--max-file-size must be a positive number of bytes");
        if (request.ExemptionWarningDays < 0) return ArgumentError(error, "--exemption-warning-days must be 0 or more");
        if (request.ClassificationProperty.Trim().Length == 0) return ArgumentError(error, "--classification-property must name a property");
        options.ExemptionWarningDays = request.ExemptionWarningDays;
        options.ClassificationProperty = request.ClassificationProperty.Trim();
        if (!TryReadSeverities(request, error, out var severities)) return Program.ToolFailure;
        options.Severities = severities;

        SchemaValidator? validator = null;
        if (request.SchemaFile is { } schemaFile)
        {
            try
            {
                validator = SchemaValidator.Load(schemaFile);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or global::Json.Schema.JsonSchemaException or ArgumentException)
            {
                return ArgumentError(error, $"--schema: '{schemaFile}' could not be read as a JSON Schema: {e.Message}");
            }
        }

        var lists = new List<EntityList>();
        if (request.UseDefaultList) lists.Add(DefaultEntityList.Load());
        foreach (var path in request.EntityLists) lists.Add(EntityListLoader.LoadFile(path, request.MaxFileSize));
        var catalog = EntityCatalog.Combine(lists);
        if (catalog.DefinesNothing)
        {
            return ArgumentError(error, "no entity list defines an entity, so nothing would be screened: name a list with --entities, or leave out --no-default-entities");
        }

        var (expanded, inputProblems) = InputExpander.Expand(request.Inputs, workingDirectory);
        var boms = ReadBoms(expanded, validator, request.MaxFileSize);
        boms.AddRange(inputProblems.Select(p => new Bom(p.Location.Path, BomFormat.Unknown, null, Array.Empty<Component>(), new[] { p })));

        var result = Screener.Screen(boms, catalog, options);
        var context = new ReportContext(request.BasePath ?? workingDirectory);
        IReportWriter writer = request.Format switch
        {
            "sarif" => new SarifReportWriter(),
            "json" => new JsonReportWriter(),
            "github" => new GitHubReportWriter(),
            _ => new TextReportWriter(),
        };
        if (request.OutputFile is { } outputFile)
        {
            try
            {
                using var file = new StreamWriter(outputFile, false, new System.Text.UTF8Encoding(false));
                writer.Write(result, context, file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                return ArgumentError(error, $"--output: cannot write '{outputFile}': {e.Message}");
            }
            output.WriteLine(SummaryLine.For(result));
        }
        else
        {
            writer.Write(result, context, output);
            if (writer is not TextReportWriter and not GitHubReportWriter) error.WriteLine(SummaryLine.For(result));
        }
        return result.ExitCode;
    }

    private static List<Bom> ReadBoms(List<InputExpander.Input> inputs, SchemaValidator? validator, long maxBytes)
    {
        var boms = new Bom?[inputs.Count];
        Parallel.For(0, inputs.Count, i =>
        {
            var input = inputs[i];
            if (!InputFile.TryReadAllBytes(input.Path, maxBytes, "BOM", out var bytes, out var problem))
            {
                boms[i] = new Bom(input.Path, BomFormat.Unknown, null, Array.Empty<Component>(), new[] { problem! });
                return;
            }
            var text = new JsonText(input.Path, bytes!);
            var bom = BomReader.Read(text);
            if (input.FromFolder && bom.IsNotABom) return;
            if (validator is not null && bom.IsReadable)
            {
                var schemaProblems = validator.Validate(text);
                if (schemaProblems.Count > 0) bom = new Bom(bom.Path, bom.Format, bom.SpecVersion, Array.Empty<Component>(), schemaProblems);
            }
            boms[i] = bom;
        });
        return boms.Where(b => b is not null).Select(b => b!).ToList();
    }

    /// <summary>Values of <c>--warnaserror</c> that are ID lists; any other value is an input that the option took.</summary>
    private static readonly System.Text.RegularExpressions.Regex IdList = new(@"^[\s,;]*[A-Za-z]+[0-9]+([\s,;]+[A-Za-z]+[0-9]+)*[\s,;]*$");

    private static bool TryReadSeverities(CheckRequest request, TextWriter error, out SeverityConfiguration severities)
    {
        severities = new SeverityConfiguration();
        bool ok = true;
        foreach (var path in request.ConfigFiles)
        {
            foreach (var problem in severities.ReadGlobalConfigFile(path))
            {
                error.WriteLine($"{problem.Location}: error: --config: {problem.Message}");
                ok = false;
            }
        }
        var warnAsError = request.WarnAsError.SelectMany(SeverityConfiguration.SplitIds).ToList();
        var noWarn = request.NoWarn.SelectMany(SeverityConfiguration.SplitIds).ToList();
        if (request.WarnAsErrorGiven && warnAsError.Count == 0) severities.AllWarningsAsErrors = true;
        foreach (var (option, ids, sink) in new[] { ("--warnaserror", warnAsError, severities.WarningsAsErrors), ("--nowarn", noWarn, severities.NoWarn) })
        {
            foreach (var id in ids)
            {
                if (SeverityConfiguration.UnknownId(id) is { } unknown)
                {
                    error.WriteLine($"error: {option}: {unknown}");
                    ok = false;
                }
                sink.Add(id);
            }
        }
        return ok;
    }

    private static int ArgumentError(TextWriter error, string message)
    {
        error.WriteLine($"error: {message}");
        return Program.ToolFailure;
    }
}
