using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Compliance.Diagnostics;
using Compliance.Screening;

namespace Compliance.Reporting;

/// <summary>
/// SARIF 2.1.0 as GitHub code scanning accepts it: every rule with its descriptions and help; every finding a result
/// with a repository-relative location, a stable fingerprint and the finding's properties; findings an exemption
/// covers carry a <c>suppressions</c> entry with its justification.
/// </summary>
public sealed class SarifReportWriter : IReportWriter
{
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    public void Write(ScreeningResult result, ReportContext context, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonReportWriter.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json);
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var finding in result.Findings) WriteResult(json, finding, context);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.Write(Encoding.UTF8.GetString(buffer.ToArray()));
        output.WriteLine();
    }

    private static void WriteTool(Utf8JsonWriter json)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", ReportContext.ToolName);
        json.WriteString("version", ReportContext.ToolVersion);
        json.WriteString("semanticVersion", ReportContext.ToolVersion);
        json.WriteString("informationUri", ReportContext.InformationUri);
        json.WriteStartArray("rules");
        foreach (var rule in Rules.All)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", Pascal(rule.Title));
            WriteText(json, "shortDescription", rule.Title);
            WriteText(json, "fullDescription", rule.Description);
            json.WriteStartObject("help");
            json.WriteString("text", $"{rule.Description} See {rule.HelpUri}");
            json.WriteString("markdown", $"{rule.Description}\n\nSee [{rule.Id}]({rule.HelpUri}).");
            json.WriteEndObject();
            json.WriteString("helpUri", rule.HelpUri);
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", rule.DefaultSeverity.ToSarifLevel());
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", rule.Category);
            json.WriteStartArray("tags");
            json.WriteStringValue("supply-chain");
            json.WriteStringValue("compliance");
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Finding finding, ReportContext context)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.Id);
        json.WriteNumber("ruleIndex", IndexOf(finding.Rule));
        json.WriteString("level", finding.Severity.ToSarifLevel());
        WriteText(json, "message", finding.Message);
        var at = finding.Location;
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", ArtifactUri(at.Path, context));
        json.WriteEndObject();
        if (at.HasPosition)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", at.StartLine);
            json.WriteNumber("startColumn", at.StartColumn);
            json.WriteNumber("endLine", at.EndLine);
            json.WriteNumber("endColumn", at.EndColumn);
            json.WriteNumber("charOffset", at.StartOffset);
            json.WriteNumber("charLength", at.EndOffset - at.StartOffset);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("partialFingerprints");
        json.WriteString("complianceFinding/v1", Fingerprint(finding));
        json.WriteEndObject();
        if (finding.SuppressionJustification is { } justification)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", "external");
            json.WriteString("status", "accepted");
            json.WriteString("justification", justification);
            json.WriteEndObject();
            json.WriteEndArray();
        }
        json.WriteStartObject("properties");
        WriteOptional(json, "bomRef", finding.BomRef);
        WriteOptional(json, "componentName", finding.ComponentName);
        WriteOptional(json, "purl", finding.Purl);
        WriteOptional(json, "entityId", finding.EntityId);
        WriteOptional(json, "list", finding.List);
        WriteOptional(json, "citation", finding.Citation);
        WriteOptional(json, "evidenceField", finding.EvidenceField);
        WriteOptional(json, "evidenceValue", finding.EvidenceValue);
        WriteOptional(json, "matchedName", finding.MatchedName);
        WriteOptional(json, "matchKind", finding.MatchKind);
        if (finding.Score is { } score) json.WriteNumber("score", score);
        WriteOptional(json, "exemptionId", finding.ExemptionId);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static int IndexOf(Rule rule)
    {
        for (int i = 0; i < Rules.All.Count; i++)
        {
            if (Rules.All[i] == rule) return i;
        }
        return -1;
    }

    /// <summary>A relative URI for files under the base folder (GitHub resolves it against the checkout), else a file URI.</summary>
    private static string ArtifactUri(string path, ReportContext context)
    {
        if (context.RelativePath(path) is { } relative)
        {
            return string.Join("/", Array.ConvertAll(relative.Split('/'), Uri.EscapeDataString));
        }
        try
        {
            return new Uri(Path.GetFullPath(path)).AbsoluteUri;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException or UriFormatException)
        {
            return Uri.EscapeDataString(path);
        }
    }

    /// <summary>Stable across edits that move the finding: the rule, component, entity and evidence, not the line.</summary>
    private static string Fingerprint(Finding finding)
    {
        string key = string.Join("\u001f", finding.Id, finding.BomRef ?? finding.Purl ?? finding.ComponentName ?? string.Empty,
            finding.EntityId ?? string.Empty, finding.EvidenceField ?? string.Empty, finding.EvidenceValue ?? string.Empty,
            finding.ExemptionId ?? string.Empty, finding.EntityId is null && finding.BomRef is null ? finding.Message : string.Empty);
        using var sha = SHA256.Create();
        byte[] hash = sha.ComputeHash(Encoding.UTF8.GetBytes(key));
        var text = new StringBuilder(32);
        for (int i = 0; i < 16; i++) text.Append(hash[i].ToString("x2"));
        return text.ToString();
    }

    private static void WriteText(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null) json.WriteString(name, value);
    }

    private static string Pascal(string title)
    {
        var builder = new StringBuilder();
        foreach (var word in title.Split(new[] { ' ', ',', '"' }, StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append(char.ToUpperInvariant(word[0])).Append(word.Substring(1));
        }
        return builder.ToString();
    }
}
