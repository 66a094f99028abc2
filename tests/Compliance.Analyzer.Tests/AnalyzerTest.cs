using System.Collections.Generic;
using System.Linq;
using Basic.Reference.Assemblies;
using Compliance.Analyzer;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace Compliance.Analyzer.Tests;

/// <summary>
/// The harness set up as the package's targets set up a design-time build: BOMs and lists as additional files with
/// their kind as compiler-visible metadata, and the switch that lets the analyzer report.
/// </summary>
internal sealed class AnalyzerTest : CSharpAnalyzerTest<ComplianceAnalyzer, DefaultVerifier>
{
    public const string AsOf = "2026-12-01";

    public AnalyzerTest(bool inDesignTimeBuild = true, bool useDefaultList = true)
    {
        ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        TestState.AdditionalReferences.AddRange(Net100.References.All);
        TestState.Sources.Add("public static class Program { }");
        InDesignTimeBuild = inDesignTimeBuild;
        UseDefaultList = useDefaultList;
    }

    private bool InDesignTimeBuild { get; }
    private bool UseDefaultList { get; }
    private List<(string Path, string Kind)> Kinds { get; } = new();

    /// <summary>More lines for the global analyzer config, such as severity settings.</summary>
    public List<string> GlobalConfig { get; } = new();

    public AnalyzerTest Manifest(string path, string markup) => Add(path, markup, AnalyzerSettings.ManifestKind);

    public AnalyzerTest EntityList(string path, string markup) => Add(path, markup, AnalyzerSettings.EntityListKind);

    private AnalyzerTest Add(string path, string markup, string kind)
    {
        TestState.AdditionalFiles.Add((path, markup));
        Kinds.Add((path, kind));
        return this;
    }

    public AnalyzerTest Expect(params DiagnosticResult[] expected)
    {
        ExpectedDiagnostics.AddRange(expected);
        return this;
    }

    public System.Threading.Tasks.Task RunAsync() => RunAsync(System.Threading.CancellationToken.None);

    protected override System.Threading.Tasks.Task RunImplAsync(System.Threading.CancellationToken cancellationToken)
    {
        var config = new List<string>
        {
            "is_global = true",
            $"build_property.ComplianceAsOf = {AsOf}",
            $"build_property.ComplianceUseDefaultEntityList = {(UseDefaultList ? "true" : "false")}",
        };
        if (InDesignTimeBuild) config.Add($"{AnalyzerSettings.ReportsKey} = true");
        config.AddRange(GlobalConfig);
        config.AddRange(Kinds.SelectMany(k => new[] { $"[{k.Path}]", $"{AnalyzerSettings.KindKey} = {k.Kind}" }));
        TestState.AnalyzerConfigFiles.Add(("/.globalconfig", string.Join("\n", config) + "\n"));
        return base.RunImplAsync(cancellationToken);
    }
}
