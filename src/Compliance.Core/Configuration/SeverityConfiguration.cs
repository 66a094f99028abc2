using System;
using System.Collections.Generic;
using System.IO;
using Compliance.Diagnostics;
using Compliance.Json;

namespace Compliance.Configuration;

/// <summary>
/// Severity settings with the compiler's meaning, shared by every outlet (CLI, MSBuild task, analyzer) so that the
/// same settings give the same severities everywhere. <see cref="Effective"/> decides a rule's severity:
/// <list type="number">
/// <item><c>--nowarn</c> (<see cref="NoWarn"/>) hides the ID, whatever else is set.</item>
/// <item>Otherwise the first of: <c>dotnet_diagnostic.ID.severity</c> (<see cref="ById"/>; <c>default</c> means the
/// rule's default and stops the two bulk settings below from applying);
/// <c>dotnet_analyzer_diagnostic.category-Compliance.severity</c> (<see cref="ByCategory"/>);
/// <c>dotnet_analyzer_diagnostic.severity</c> (<see cref="AllRules"/>); the rule's default.</item>
/// <item>A resulting warning becomes an error under <c>--warnaserror</c> (all, <see cref="AllWarningsAsErrors"/>, or
/// by ID, <see cref="WarningsAsErrors"/>) unless the ID is in <see cref="WarningsNotAsErrors"/>. Notes and silent
/// findings are never promoted.</item>
/// </list>
/// SCC007 and SCC008 mean that an input could not be read: they stay errors whatever the configuration says (fail
/// closed), as the compiler's not-configurable diagnostics do. The full description: docs/configuration.md.
/// </summary>
public sealed class SeverityConfiguration
{
    public const string AllRulesKey = "dotnet_analyzer_diagnostic.severity";
    private const string CategoryPrefix = "dotnet_analyzer_diagnostic.category-";
    private const string IdPrefix = "dotnet_diagnostic.";
    private const string SeveritySuffix = ".severity";

    /// <summary>A new configuration with no settings: every rule at its default severity.</summary>
    public static SeverityConfiguration Default => new();

    /// <summary><c>dotnet_analyzer_diagnostic.severity</c>: every rule without an ID or category setting.</summary>
    public Severity? AllRules { get; set; }

    /// <summary><c>dotnet_analyzer_diagnostic.category-NAME.severity</c>, by category (every rule's is <c>Compliance</c>).</summary>
    public Dictionary<string, Severity> ByCategory { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary><c>dotnet_diagnostic.ID.severity</c>; a null value is <c>default</c>: the rule's default severity.</summary>
    public Dictionary<string, Severity?> ById { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary><c>--warnaserror</c> without IDs (MSBuild's <c>TreatWarningsAsErrors</c>).</summary>
    public bool AllWarningsAsErrors { get; set; }

    /// <summary><c>--warnaserror IDs</c> (MSBuild's <c>WarningsAsErrors</c>).</summary>
    public HashSet<string> WarningsAsErrors { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>MSBuild's <c>WarningsNotAsErrors</c>: IDs that <see cref="AllWarningsAsErrors"/> does not promote.</summary>
    public HashSet<string> WarningsNotAsErrors { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary><c>--nowarn IDs</c> (MSBuild's <c>NoWarn</c>): not reported at all.</summary>
    public HashSet<string> NoWarn { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The severity findings of <paramref name="rule"/> are reported with; <see cref="Severity.None"/> hides them.</summary>
    public Severity Effective(Rule rule)
    {
        if (IsInputFailure(rule)) return Severity.Error;
        if (NoWarn.Contains(rule.Id)) return Severity.None;
        Severity severity;
        if (ById.TryGetValue(rule.Id, out var specific)) severity = specific ?? rule.DefaultSeverity;
        else if (ByCategory.TryGetValue(rule.Category, out var category)) severity = category;
        else severity = AllRules ?? rule.DefaultSeverity;
        if (severity == Severity.Warning && !WarningsNotAsErrors.Contains(rule.Id)
            && (AllWarningsAsErrors || WarningsAsErrors.Contains(rule.Id)))
        {
            severity = Severity.Error;
        }
        return severity;
    }

    public static bool IsInputFailure(Rule rule) => rule == Rules.UnreadableBom || rule == Rules.UnreadableEntityList;

    /// <summary>
    /// Applies one analyzer-config setting, as an analyzer reads them from <c>AnalyzerConfigOptions</c>. Keys that are
    /// not severity settings are ignored and return null (other tools' settings live in the same file); otherwise
    /// returns null when applied, or why the setting is wrong (a value that is not a severity, an SCC ID that does not exist).
    /// </summary>
    public string? Apply(string key, string value)
    {
        key = key.Trim().ToLowerInvariant();
        value = value.Trim();
        string? id = null, category = null;
        bool all = key == AllRulesKey;
        if (!all && key.StartsWith(IdPrefix, StringComparison.Ordinal) && key.EndsWith(SeveritySuffix, StringComparison.Ordinal)
            && key.Length > IdPrefix.Length + SeveritySuffix.Length)
        {
            id = key.Substring(IdPrefix.Length, key.Length - IdPrefix.Length - SeveritySuffix.Length).ToUpperInvariant();
        }
        else if (!all && key.StartsWith(CategoryPrefix, StringComparison.Ordinal) && key.EndsWith(SeveritySuffix, StringComparison.Ordinal)
            && key.Length > CategoryPrefix.Length + SeveritySuffix.Length)
        {
            category = key.Substring(CategoryPrefix.Length, key.Length - CategoryPrefix.Length - SeveritySuffix.Length);
        }
        else if (!all)
        {
            return null;
        }
        if (id is not null && UnknownId(id) is { } unknown) return unknown;
        bool isDefault = value.Equals("default", StringComparison.OrdinalIgnoreCase);
        if (!isDefault && !SeverityNames.TryParseConfigWord(value, out _))
        {
            return $"'{value}' is not a severity: use error, warning, suggestion, silent, none or default";
        }
        Severity? severity = isDefault ? null : Parse(value);
        if (id is not null) ById[id] = severity;
        else if (category is not null) Set(ByCategory, category, severity);
        else AllRules = severity;
        return null;
    }

    private static Severity Parse(string word)
    {
        SeverityNames.TryParseConfigWord(word, out var severity);
        return severity;
    }

    private static void Set(Dictionary<string, Severity> settings, string key, Severity? severity)
    {
        if (severity is { } value) settings[key] = value;
        else settings.Remove(key);
    }

    /// <summary>
    /// Reads <c>.globalconfig</c> text into this configuration. Later settings override earlier ones, so files read
    /// in order behave as if concatenated. Keys under a <c>[section]</c> header are ignored: in a global config they
    /// apply to the named source files only. Inline comments after <c>#</c> or <c>;</c> are allowed, as Roslyn allows.
    /// </summary>
    public IReadOnlyList<JsonProblem> ReadGlobalConfig(string path, string text)
    {
        var problems = new List<JsonProblem>();
        var lines = text.Split('\n');
        bool inSection = false;
        for (int i = 0; i < lines.Length; i++)
        {
            string raw = lines[i].TrimEnd('\r');
            string line = raw.Trim();
            if (line.Length == 0 || line[0] is '#' or ';') continue;
            if (line[0] == '[')
            {
                inSection = true;
                continue;
            }
            if (inSection) continue;
            int separator = line.IndexOfAny(new[] { '=', ':' });
            string key = separator > 0 ? line.Substring(0, separator).Trim() : string.Empty;
            if (!IsKey(key))
            {
                // Roslyn's key grammar: a JSON or binary file given as a config is an error, not a file of unknown keys.
                string found = VisibleText.Escape(line.Length > 200 ? line.Substring(0, 200) + "..." : line);
                problems.Add(new JsonProblem(new SourceSpan(path, i + 1, 1, i + 1, raw.Length + 1, 0, 0), $"expected 'key = value', found '{found}'"));
                continue;
            }
            string value = StripComment(line.Substring(separator + 1)).Trim();
            if (Apply(key, value) is not { } problem) continue;
            int column = value.Length > 0 ? raw.IndexOf(value, raw.IndexOf(key, StringComparison.Ordinal) + key.Length, StringComparison.Ordinal) + 1 : 1;
            if (column <= 0) column = 1;
            problems.Add(new JsonProblem(new SourceSpan(path, i + 1, column, i + 1, column + Math.Max(value.Length, 1), 0, 0), problem));
        }
        return problems;
    }

    /// <summary>Reads a <c>.globalconfig</c> file; a file that cannot be read is a problem, never a silent default.</summary>
    public IReadOnlyList<JsonProblem> ReadGlobalConfigFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new[] { new JsonProblem(SourceSpan.WholeFile(path), $"the configuration file could not be read: {e.Message}") };
        }
        return ReadGlobalConfig(path, text);
    }

    private static bool IsKey(string key)
    {
        if (key.Length == 0) return false;
        foreach (char c in key)
        {
            if (!(char.IsLetterOrDigit(c) || c is '_' or '.' or '-')) return false;
        }
        return true;
    }

    private static string StripComment(string value)
    {
        int hash = value.IndexOfAny(new[] { '#', ';' });
        return hash >= 0 ? value.Substring(0, hash) : value;
    }

    /// <summary>
    /// Why <paramref name="id"/> cannot be configured: it has this tool's SCC prefix but names no rule (a typo would
    /// otherwise leave a rule at a severity nobody chose). Other IDs belong to other analyzers and are accepted.
    /// </summary>
    public static string? UnknownId(string id)
    {
        if (!id.StartsWith("SCC", StringComparison.OrdinalIgnoreCase) || Rules.Find(id) is not null) return null;
        return $"'{id}' is not a Compliance diagnostic ID: use SCC001 to SCC{Rules.All.Count:000}";
    }

    /// <summary>Splits an ID list as the compiler and MSBuild write it: commas, semicolons or spaces.</summary>
    public static IEnumerable<string> SplitIds(string? list)
    {
        if (string.IsNullOrWhiteSpace(list)) yield break;
        foreach (var id in list!.Split(new[] { ',', ';', ' ', '\t', '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries)) yield return id.Trim();
    }
}
