using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Compliance.Diagnostics;
using Compliance.Json;
using Json.Schema;

namespace Compliance.Cli.Validation;

/// <summary>
/// Validates JSON files against a JSON Schema the user names, with JsonSchema.Net. Schemas in the same folder are
/// registered first, so that the official CycloneDX schemas find the SPDX and JSF schemas they reference.
/// Kept in the CLI: the analyzer must not load JsonSchema.Net (its System.Text.Json would clash).
/// </summary>
public sealed class SchemaValidator
{
    private readonly JsonSchema _schema;

    private SchemaValidator(JsonSchema schema) => _schema = schema;

    public static SchemaValidator Load(string schemaPath)
    {
        var registry = new SchemaRegistry();
        var options = new BuildOptions { SchemaRegistry = registry };
        string full = Path.GetFullPath(schemaPath);
        string? folder = Path.GetDirectoryName(full);
        if (folder is not null)
        {
            foreach (var sibling in Directory.EnumerateFiles(folder, "*.json").OrderBy(f => f, StringComparer.Ordinal))
            {
                if (string.Equals(Path.GetFullPath(sibling), full, StringComparison.Ordinal)) continue;
                TryRegister(sibling, options);
            }
        }
        var schema = JsonSchema.FromText(File.ReadAllText(full), options, new Uri(full));
        return new SchemaValidator(schema);
    }

    /// <summary>A schema with no references to other files, from its text (such as a schema embedded in the tool).</summary>
    public static SchemaValidator FromText(string schemaText, Uri baseUri) =>
        new(JsonSchema.FromText(schemaText, new BuildOptions { SchemaRegistry = new SchemaRegistry() }, baseUri));

    private static void TryRegister(string path, BuildOptions options)
    {
        try
        {
            JsonSchema.FromText(File.ReadAllText(path), options, new Uri(Path.GetFullPath(path)));
        }
        catch (Exception e) when (e is JsonException or JsonSchemaException or IOException or ArgumentException or InvalidOperationException)
        {
            // Not a schema (or not one this library reads): it cannot be what the named schema references.
        }
    }

    /// <summary>Validates well-formed JSON; returns a located problem for each failed keyword.</summary>
    public IReadOnlyList<JsonProblem> Validate(JsonText text)
    {
        using var document = JsonDocument.Parse(text.Utf8, new JsonDocumentOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            MaxDepth = JsonReading.MaxDepth,
        });
        var problems = new List<JsonProblem>();
        EvaluationResults result;
        try
        {
            // The pass/fail answer alone is far cheaper than the list of every evaluated node (on a 7 MB entity list:
            // seconds and half a gigabyte less); the details are worked out only for a document that fails.
            if (_schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag, RequireFormatValidation = true }).IsValid)
            {
                return problems;
            }
            result = _schema.Evaluate(document.RootElement, new EvaluationOptions
            {
                OutputFormat = OutputFormat.Hierarchical,
                RequireFormatValidation = true,
            });
        }
        catch (Exception e) when (e is JsonSchemaException or RefResolutionException)
        {
            // A reference is resolved when it is first reached: one to a schema that is neither in the schema's folder
            // nor built in is found only now (nothing is fetched from the network).
            problems.Add(new JsonProblem(text.At(0), $"schema: the schema could not be applied: {e.Message}"));
            return problems;
        }
        foreach (var detail in Flatten(result))
        {
            if (detail.Errors is not { Count: > 0 } errors) continue;
            string pointer = detail.InstanceLocation.ToString();
            var location = JsonPointerLocator.Locate(text, pointer);
            foreach (var error in errors.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                problems.Add(new JsonProblem(location, $"schema: {(pointer.Length == 0 ? "/" : pointer)}: {error.Value}"));
            }
        }
        return problems
            .GroupBy(p => (p.Location.StartOffset, p.Message))
            .Select(g => g.First())
            .ToList();
    }

    /// <summary>
    /// The failed nodes, without descending into one that passed, nor into the failed branches of an <c>anyOf</c> or
    /// <c>oneOf</c> that another branch satisfied: those are not problems.
    /// </summary>
    private static IEnumerable<EvaluationResults> Flatten(EvaluationResults results)
    {
        if (results.IsValid) yield break;
        yield return results;
        if (results.Details is null) yield break;
        var satisfied = new HashSet<string>(results.Details.Where(d => d.IsValid).Select(AlternativeGroup).Where(g => g is not null)!, StringComparer.Ordinal);
        foreach (var child in results.Details)
        {
            if (AlternativeGroup(child) is { } group && satisfied.Contains(group)) continue;
            foreach (var nested in Flatten(child)) yield return nested;
        }
    }

    /// <summary>"/properties/x/anyOf" for a result at "/properties/x/anyOf/1"; null for a result that is not a branch.</summary>
    private static string? AlternativeGroup(EvaluationResults result)
    {
        string path = result.EvaluationPath.ToString();
        int last = path.LastIndexOf('/');
        if (last <= 0) return null;
        string parent = path.Substring(0, last);
        return parent.EndsWith("/anyOf", StringComparison.Ordinal) || parent.EndsWith("/oneOf", StringComparison.Ordinal) ? parent : null;
    }
}
