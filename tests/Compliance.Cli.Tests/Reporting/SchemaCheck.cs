using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Compliance.Cli.Tests.Reporting;

/// <summary>Validates a JSON document against a schema file and returns the failures as readable lines.</summary>
public static class SchemaCheck
{
    public static string[] Errors(string schemaPath, string json)
    {
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        var schema = JsonSchema.FromText(ReadAsDraft7(schemaPath), options);
        using var document = JsonDocument.Parse(json);
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (result.IsValid) return Array.Empty<string>();
        return (result.Details ?? new List<EvaluationResults>())
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .ToArray();
    }

    /// <summary>
    /// The SARIF 2.1.0 schema declares draft-04, which JsonSchema.Net does not read. Apart from the root's "id" it
    /// uses only keywords that mean the same in draft-07 (type, $ref, properties, items, required, enum, anyOf,
    /// pattern, minimum, minItems, uniqueItems, format, ...), and its references are all local ("#/definitions/..."),
    /// so declaring draft-07 and dropping the root "id" validates exactly as a draft-04 validator would.
    /// (Keeping the id as "$id" makes JsonSchema.Net 8.0.5 throw "Overwriting registered schemas is not permitted".)
    /// </summary>
    private static string ReadAsDraft7(string schemaPath)
    {
        var root = JsonNode.Parse(File.ReadAllText(schemaPath))!.AsObject();
        if (root["$schema"]?.GetValue<string>() != "http://json-schema.org/draft-04/schema#") return root.ToJsonString();
        root["$schema"] = "http://json-schema.org/draft-07/schema#";
        root.Remove("id");
        return root.ToJsonString();
    }
}
