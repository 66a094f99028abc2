using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Compliance.Diagnostics;
using Compliance.Screening;

namespace Compliance.Reporting;

/// <summary>The findings and a summary as JSON, documented by <c>schemas/compliance-report.schema.json</c>.</summary>
public sealed class JsonReportWriter : IReportWriter
{
    public const string FormatVersion = "1";

    public void Write(ScreeningResult result, ReportContext context, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("formatVersion", FormatVersion);
            json.WriteStartObject("tool");
            json.WriteString("name", ReportContext.ToolName);
            json.WriteString("version", ReportContext.ToolVersion);
            json.WriteEndObject();
            json.WriteStartObject("summary");
            json.WriteNumber("boms", result.BomCount);
            json.WriteNumber("components", result.ComponentCount);
            json.WriteNumber("errors", result.ErrorCount);
            json.WriteNumber("warnings", result.WarningCount);
            json.WriteNumber("notes", result.NoteCount);
            json.WriteBoolean("inputFailure", result.HasInputFailure);
            json.WriteNumber("exitCode", result.ExitCode);
            json.WriteEndObject();
            json.WriteStartArray("findings");
            foreach (var finding in result.Findings) WriteFinding(json, finding, context);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.Write(Encoding.UTF8.GetString(buffer.ToArray()));
        output.WriteLine();
    }

    internal static JsonWriterOptions WriterOptions => new()
    {
        Indented = true,
        // Keep names such as "华为" readable; the output is a file, not HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static void WriteFinding(Utf8JsonWriter json, Finding finding, ReportContext context)
    {
        json.WriteStartObject();
        json.WriteString("id", finding.Id);
        json.WriteString("severity", finding.Severity.ToSarifLevel() == "none" ? "hidden" : finding.Severity.ToSarifLevel());
        json.WriteString("message", finding.Message);
        var at = finding.Location;
        json.WriteStartObject("location");
        json.WriteString("path", at.Path);
        if (context.RelativePath(at.Path) is { } relative) json.WriteString("relativePath", relative);
        if (at.HasPosition)
        {
            json.WriteNumber("startLine", at.StartLine);
            json.WriteNumber("startColumn", at.StartColumn);
            json.WriteNumber("endLine", at.EndLine);
            json.WriteNumber("endColumn", at.EndColumn);
        }
        json.WriteEndObject();
        WriteOptional(json, "bomRef", finding.BomRef);
        WriteOptional(json, "componentName", finding.ComponentName);
        WriteOptional(json, "purl", finding.Purl);
        WriteOptional(json, "entityId", finding.EntityId);
        WriteOptional(json, "entityName", finding.EntityName);
        WriteOptional(json, "list", finding.List);
        WriteOptional(json, "citation", finding.Citation);
        WriteOptional(json, "evidenceField", finding.EvidenceField);
        WriteOptional(json, "evidenceValue", finding.EvidenceValue);
        WriteOptional(json, "matchedName", finding.MatchedName);
        WriteOptional(json, "matchKind", finding.MatchKind);
        if (finding.Score is { } score) json.WriteNumber("score", score);
        WriteOptional(json, "exemptionId", finding.ExemptionId);
        if (finding.SuppressionJustification is { } justification)
        {
            json.WriteBoolean("suppressed", true);
            json.WriteString("justification", justification);
        }
        json.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null) json.WriteString(name, value);
    }
}
