using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Compliance.Diagnostics;
using Compliance.Screening;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Compliance.Analyzer;

/// <summary>
/// Reports the engine's findings in the IDE, located in the BOMs and entity lists passed as additional files.
/// It only turns Core findings into diagnostics: same IDs, messages, locations and default severities as the CLI.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ComplianceAnalyzer : DiagnosticAnalyzer
{
    internal ScreeningCache Cache { get; } = new();

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors.All;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(Start);
    }

    private void Start(CompilationStartAnalysisContext context)
    {
        if (AnalyzerSettings.Read(context.Options, context.Compilation, context.CancellationToken) is not { } settings) return;
        var cancellationToken = context.CancellationToken;
        var result = new Lazy<ScreeningResult>(() => Cache.Screen(settings, cancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);
        var reported = settings.Manifests.Concat(settings.EntityLists).Select(f => f.Path).ToImmutableHashSet(StringComparer.Ordinal);
        string firstManifest = settings.Manifests[0].Path;

        context.RegisterAdditionalFileAction(file =>
        {
            string path = file.AdditionalFile.Path;
            if (!reported.Contains(path)) return;
            foreach (var finding in result.Value.Findings)
            {
                // Findings about the embedded default list have no file to point at.
                var location = finding.Location.Path == path ? ToLocation(finding.Location)
                    : path == firstManifest && !reported.Contains(finding.Location.Path) ? Location.None
                    : null;
                var severity = settings.Severities.Effective(finding.Rule);
                if (location is null || severity == Severity.None) continue;
                file.ReportDiagnostic(Diagnostic.Create(Descriptors.For(finding.Rule), location, Descriptors.ToRoslyn(severity), null, null, finding.Message));
            }
        });
    }

    private static Location ToLocation(SourceSpan span)
    {
        if (!span.HasPosition) return Location.Create(span.Path, default, default);
        return Location.Create(
            span.Path,
            TextSpan.FromBounds(span.StartOffset, Math.Max(span.StartOffset, span.EndOffset)),
            new LinePositionSpan(new LinePosition(span.StartLine - 1, span.StartColumn - 1), new LinePosition(span.EndLine - 1, span.EndColumn - 1)));
    }
}
