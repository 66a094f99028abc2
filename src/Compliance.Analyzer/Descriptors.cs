using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System;
using Compliance.Configuration;
using Compliance.Diagnostics;
using Microsoft.CodeAnalysis;

namespace Compliance.Analyzer;

/// <summary>
/// One Roslyn descriptor per Core rule: same ID, title, description, help link and default severity. SCC007 and SCC008
/// are not configurable, so that no severity setting can hide an input that was not read (as in every other outlet).
/// </summary>
internal static class Descriptors
{
    private static readonly Dictionary<string, DiagnosticDescriptor> ById = Rules.All.ToDictionary(r => r.Id, Create);

    public static ImmutableArray<DiagnosticDescriptor> All { get; } = Rules.All.Select(r => ById[r.Id]).ToImmutableArray();

    public static DiagnosticDescriptor For(Rule rule) => ById[rule.Id];

    private static DiagnosticDescriptor Create(Rule rule) => new(
        rule.Id,
        rule.Title,
        "{0}",
        rule.Category,
        ToRoslyn(rule.DefaultSeverity),
        isEnabledByDefault: true,
        description: rule.Description,
        helpLinkUri: rule.HelpUri,
        customTags: SeverityConfiguration.IsInputFailure(rule) ? new[] { WellKnownDiagnosticTags.NotConfigurable } : Array.Empty<string>());

    public static DiagnosticSeverity ToRoslyn(Severity severity) => severity switch
    {
        Severity.Error => DiagnosticSeverity.Error,
        Severity.Warning => DiagnosticSeverity.Warning,
        Severity.Note => DiagnosticSeverity.Info,
        _ => DiagnosticSeverity.Hidden,
    };
}
