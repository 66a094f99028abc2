using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace Compliance.Build;

/// <summary>A finding as the JSON report stores it: what <see cref="ReportFindings"/> needs to log it again.</summary>
internal sealed record StoredFinding(string Id, string Severity, string Message, string Path, int Line, int Column)
{
    /// <summary>Reads the findings of a JSON report (<c>schemas/compliance-report.schema.json</c>).</summary>
    /// <exception cref="InvalidDataException">The file is not a complete report.</exception>
    public static IReadOnlyList<StoredFinding> ReadAll(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var findings = new List<StoredFinding>();
            foreach (var finding in document.RootElement.GetProperty("findings").EnumerateArray())
            {
                var location = finding.GetProperty("location");
                findings.Add(new StoredFinding(
                    finding.GetProperty("id").GetString()!,
                    finding.GetProperty("severity").GetString()!,
                    finding.GetProperty("message").GetString()!,
                    location.GetProperty("path").GetString()!,
                    location.TryGetProperty("startLine", out var line) ? line.GetInt32() : 0,
                    location.TryGetProperty("startColumn", out var column) ? column.GetInt32() : 0));
            }
            return findings;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"'{path}' is not a complete findings report: {e.Message}", e);
        }
    }
}
