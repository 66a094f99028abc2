using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Compliance.Configuration;
using Compliance.Diagnostics;
using Compliance.Entities;
using Compliance.Screening;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Compliance.Analyzer;

/// <summary>
/// What the package's targets tell the analyzer: whether it reports at all (design-time builds only, so that a
/// command-line build reports each finding once, through the MSBuild task), which additional files are BOMs and
/// entity lists, and the screening options (as-of date, default list, exemption warning window, classification property).
/// </summary>
internal sealed class AnalyzerSettings
{
    /// <summary>Set by <c>compliance-ide.globalconfig</c>, which the targets add in design-time builds only.</summary>
    public const string ReportsKey = "compliance_analyzer_reports";

    public const string KindKey = "build_metadata.AdditionalFiles.ComplianceKind";
    public const string AsOfKey = "build_property.ComplianceAsOf";
    public const string UseDefaultListKey = "build_property.ComplianceUseDefaultEntityList";
    public const string ExemptionWarningDaysKey = "build_property.ComplianceExemptionWarningDays";
    public const string ClassificationPropertyKey = "build_property.ComplianceClassificationProperty";
    public const string ManifestKind = "Manifest";
    public const string EntityListKind = "EntityList";

    private AnalyzerSettings(ImmutableArray<AdditionalText> manifests, ImmutableArray<AdditionalText> entityLists, bool useDefaultList, ScreeningOptions options)
    {
        Manifests = manifests;
        EntityLists = entityLists;
        UseDefaultList = useDefaultList;
        Options = options;
    }

    /// <summary>
    /// The global config's severity settings. Roslyn applies the category and all-analyzers ones per source file, so
    /// they never reach a diagnostic located in a BOM: the analyzer reports with the severity they give, ID-specific
    /// settings first as in the CLI. NoWarn and WarningsAsErrors Roslyn applies on top.
    /// </summary>
    public SeverityConfiguration Severities { get; } = new();

    public ImmutableArray<AdditionalText> Manifests { get; }
    public ImmutableArray<AdditionalText> EntityLists { get; }
    public bool UseDefaultList { get; }

    /// <summary>Screening options with default severities: the compiler applies the user's severity settings itself.</summary>
    public ScreeningOptions Options { get; }

    /// <summary>Everything besides file contents that the findings depend on.</summary>
    public string Key => $"{Options.AsOf.Ticks}|{UseDefaultList}|{Options.ExemptionWarningDays}|{Options.ClassificationProperty}|{string.Join(",", Options.Severities.NoWarn)}";

    public static AnalyzerSettings? Read(AnalyzerOptions options, Compilation compilation, CancellationToken cancellationToken)
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
        var global = provider.GlobalOptions;
        var screening = new ScreeningOptions
        {
            AsOf = global.TryGetValue(AsOfKey, out var asOf) && Dates.TryParse(asOf, out var date) ? date : DateTime.UtcNow.Date,
            ExemptionWarningDays = global.TryGetValue(ExemptionWarningDaysKey, out var days) && int.TryParse(days, out int n) && n >= 0
                ? n
                : ScreeningOptions.DefaultExemptionWarningDays,
            ClassificationProperty = global.TryGetValue(ClassificationPropertyKey, out var property) && property.Trim().Length > 0
                ? property.Trim()
                : ScreeningOptions.DefaultClassificationProperty,
        };
        var settings = new AnalyzerSettings(manifests.ToImmutable(), lists.ToImmutable(), IsTrue(global, UseDefaultListKey, true), screening);
        ReadSeverities(settings.Severities, compilation, global, cancellationToken);
        // The one setting the engine must know rather than leave to the compiler: with SCC004 hidden, a failed
        // exemption gives back the finding it could not exempt, as in the CLI and the MSBuild task.
        var invalidExemption = Rules.InvalidExemption;
        if ((compilation.Options.SpecificDiagnosticOptions.TryGetValue(invalidExemption.Id, out var specific) && specific == ReportDiagnostic.Suppress)
            || settings.Severities.Effective(invalidExemption) == Severity.None)
        {
            screening.Severities.NoWarn.Add(invalidExemption.Id);
        }
        return settings;
    }

    /// <summary>
    /// The global config's ID-specific settings as the compiler parsed them, and its category and all-analyzers
    /// settings as written (a wrong value is the compiler's to report; it ignores it, and so does the analyzer).
    /// </summary>
    private static void ReadSeverities(SeverityConfiguration severities, Compilation compilation, AnalyzerConfigOptions global, CancellationToken cancellationToken)
    {
        foreach (string key in new[] { $"dotnet_analyzer_diagnostic.category-{Rules.RestrictedVendor.Category}.severity", "dotnet_analyzer_diagnostic.severity" })
        {
            if (global.TryGetValue(key, out var value)) severities.Apply(key, value);
        }
        if (compilation.Options.SyntaxTreeOptionsProvider is not { } provider) return;
        foreach (var rule in Rules.All)
        {
            if (provider.TryGetGlobalDiagnosticValue(rule.Id, cancellationToken, out var configured))
            {
                severities.ById[rule.Id] = configured switch
                {
                    ReportDiagnostic.Error => Severity.Error,
                    ReportDiagnostic.Warn => Severity.Warning,
                    ReportDiagnostic.Info => Severity.Note,
                    ReportDiagnostic.Hidden => Severity.Hidden,
                    ReportDiagnostic.Suppress => Severity.None,
                    _ => null,
                };
            }
        }
    }

    private static bool IsTrue(AnalyzerConfigOptions options, string key, bool whenUnset) =>
        options.TryGetValue(key, out var value) && value.Trim().Length > 0
            ? string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase)
            : whenUnset;
}
