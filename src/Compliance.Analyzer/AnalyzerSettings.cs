using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Compliance.Entities;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Compliance.Analyzer;

/// <summary>
/// What the package's targets tell the analyzer: whether it reports at all (design-time builds only, so that a
/// command-line build reports each finding once, through the MSBuild task), which additional files are BOMs and
/// entity lists, the as-of date and whether the embedded default list applies.
/// </summary>
internal sealed class AnalyzerSettings
{
    /// <summary>Set by <c>compliance-ide.globalconfig</c>, which the targets add in design-time builds only.</summary>
    public const string ReportsKey = "compliance_analyzer_reports";

    public const string KindKey = "build_metadata.AdditionalFiles.ComplianceKind";
    public const string AsOfKey = "build_property.ComplianceAsOf";
    public const string UseDefaultListKey = "build_property.ComplianceUseDefaultEntityList";
    public const string ManifestKind = "Manifest";
    public const string EntityListKind = "EntityList";

    private AnalyzerSettings(ImmutableArray<AdditionalText> manifests, ImmutableArray<AdditionalText> entityLists, DateTime asOf, bool useDefaultList)
    {
        Manifests = manifests;
        EntityLists = entityLists;
        AsOf = asOf;
        UseDefaultList = useDefaultList;
    }

    public ImmutableArray<AdditionalText> Manifests { get; }
    public ImmutableArray<AdditionalText> EntityLists { get; }
    public DateTime AsOf { get; }
    public bool UseDefaultList { get; }

    public static AnalyzerSettings? Read(AnalyzerOptions options)
    {
        var provider = options.AnalyzerConfigOptionsProvider;
        if (!IsTrue(provider.GlobalOptions, ReportsKey, false)) return null;
        var manifests = ImmutableArray.CreateBuilder<AdditionalText>();
        var lists = ImmutableArray.CreateBuilder<AdditionalText>();
        foreach (var file in options.AdditionalFiles)
        {
            provider.GetOptions(file).TryGetValue(KindKey, out var kind);
            if (string.Equals(kind, ManifestKind, StringComparison.OrdinalIgnoreCase)) manifests.Add(file);
            else if (string.Equals(kind, EntityListKind, StringComparison.OrdinalIgnoreCase)) lists.Add(file);
        }
        if (manifests.Count == 0) return null;
        var comparer = Comparer<AdditionalText>.Create((a, b) => string.CompareOrdinal(a.Path, b.Path));
        manifests.Sort(comparer);
        return new AnalyzerSettings(manifests.ToImmutable(), lists.ToImmutable(), ReadAsOf(provider.GlobalOptions), IsTrue(provider.GlobalOptions, UseDefaultListKey, true));
    }

    private static DateTime ReadAsOf(AnalyzerConfigOptions global) =>
        global.TryGetValue(AsOfKey, out var text) && Dates.TryParse(text, out var date) ? date : DateTime.UtcNow.Date;

    private static bool IsTrue(AnalyzerConfigOptions options, string key, bool whenUnset) =>
        options.TryGetValue(key, out var value) && value.Trim().Length > 0
            ? string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase)
            : whenUnset;
}
