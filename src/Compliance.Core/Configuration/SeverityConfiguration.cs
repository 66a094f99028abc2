using System;
using System.Collections.Generic;
using Compliance.Diagnostics;
using Compliance.Json;

namespace Compliance.Configuration;

/// <summary>
/// Severity settings with the compiler's meaning, applied in this order: the rule's default;
/// <c>dotnet_analyzer_diagnostic.severity</c>; <c>dotnet_diagnostic.ID.severity</c>; warnings-as-errors (all, or by ID,
/// minus <see cref="WarningsNotAsErrors"/>); and last <c>--nowarn</c>, which hides the ID. SCC007 and SCC008 mean that
/// an input could not be read: they stay errors whatever the configuration says (fail closed).
/// </summary>
public sealed class SeverityConfiguration
{
    public static SeverityConfiguration Default { get; } = new();

    /// <summary><c>dotnet_analyzer_diagnostic.severity</c>: applies to every rule without an ID-specific setting.</summary>
    public Severity? AllRules { get; set; }

    /// <summary><c>dotnet_diagnostic.ID.severity</c> settings.</summary>
    public Dictionary<string, Severity> ById { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary><c>--warnaserror</c> without IDs (MSBuild's <c>TreatWarningsAsErrors</c>).</summary>
    public bool AllWarningsAsErrors { get; set; }

    public HashSet<string> WarningsAsErrors { get; } = new(StringComparer.OrdinalIgnoreCase);
    public HashSet<string> WarningsNotAsErrors { get; } = new(StringComparer.OrdinalIgnoreCase);
    public HashSet<string> NoWarn { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Severity Effective(Rule rule)
    {
        if (IsInputFailure(rule)) return Severity.Error;
        var severity = rule.DefaultSeverity;
        if (AllRules is { } all) severity = all;
        if (ById.TryGetValue(rule.Id, out var specific)) severity = specific;
        if (severity == Severity.Warning && !WarningsNotAsErrors.Contains(rule.Id)
            && (AllWarningsAsErrors || WarningsAsErrors.Contains(rule.Id)))
        {
            severity = Severity.Error;
        }
        if (NoWarn.Contains(rule.Id)) severity = Severity.None;
        return severity;
    }

    public static bool IsInputFailure(Rule rule) => rule == Rules.UnreadableBom || rule == Rules.UnreadableEntityList;

    /// <summary>
    /// Reads <c>.globalconfig</c> text into this configuration; later settings override earlier ones, so files read in
    /// order behave as if concatenated. Keys inside <c>[section]</c> headers are ignored: they apply to source files.
    /// Unknown <c>dotnet_diagnostic</c> IDs are accepted (other analyzers' settings live in the same file).
    /// </summary>
    public IReadOnlyList<JsonProblem> ReadGlobalConfig(string path, string text)
    {
        var problems = new List<JsonProblem>();
        var lines = text.Split('\n');
        bool inSection = false;
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0 || line[0] is '#' or ';') continue;
            if (line[0] == '[')
            {
                inSection = true;
                continue;
            }
            if (inSection) continue;
            int equals = line.IndexOf('=');
            if (equals <= 0)
            {
                problems.Add(new JsonProblem(new SourceSpan(path, i + 1, 1, i + 1, lines[i].TrimEnd('\r').Length + 1, 0, 0),
                    $"expected 'key = value', found '{line}'"));
                continue;
            }
            string key = line.Substring(0, equals).Trim().ToLowerInvariant();
            string value = StripComment(line.Substring(equals + 1)).Trim();
            const string Prefix = "dotnet_diagnostic.", Suffix = ".severity";
            bool isAll = key == "dotnet_analyzer_diagnostic.severity";
            bool isOne = key.StartsWith(Prefix, StringComparison.Ordinal) && key.EndsWith(Suffix, StringComparison.Ordinal)
                && key.Length > Prefix.Length + Suffix.Length;
            if (!isAll && !isOne) continue;
            if (!SeverityNames.TryParseConfigWord(value, out var severity))
            {
                int column = lines[i].IndexOf(value, equals, StringComparison.Ordinal) + 1;
                problems.Add(new JsonProblem(new SourceSpan(path, i + 1, column, i + 1, column + value.Length, 0, 0),
                    $"'{value}' is not a severity: use error, warning, suggestion, silent or none"));
                continue;
            }
            if (isAll) AllRules = severity;
            else ById[key.Substring(Prefix.Length, key.Length - Prefix.Length - Suffix.Length).ToUpperInvariant()] = severity;
        }
        return problems;
    }

    private static string StripComment(string value)
    {
        int hash = value.IndexOfAny(new[] { '#', ';' });
        return hash >= 0 ? value.Substring(0, hash) : value;
    }

    /// <summary>Splits an ID list as the compiler and MSBuild write it: commas, semicolons or spaces.</summary>
    public static IEnumerable<string> SplitIds(string? list)
    {
        if (string.IsNullOrWhiteSpace(list)) yield break;
        foreach (var id in list!.Split(new[] { ',', ';', ' ', '\t', '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries)) yield return id.Trim();
    }
}
