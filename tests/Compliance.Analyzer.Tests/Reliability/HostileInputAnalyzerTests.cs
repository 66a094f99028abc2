using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Compliance.Boms;
using Compliance.Diagnostics;
using Compliance.Entities;
using Compliance.Screening;
using Compliance.Tests;
using Compliance.Tests.Reliability;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace Compliance.Analyzer.Tests.Reliability;

/// <summary>
/// The named hostile documents and a sample of the seeded mutations of every fixture BOM as additional files: the
/// analyzer reports exactly the engine's findings (SCC007 where the engine could not read the file) and the harness
/// sees no other diagnostic, so no AD0001 (an exception in the analyzer).
/// </summary>
public class HostileInputAnalyzerTests
{
    private const string Path = "/0/hostile.json";

    public static IEnumerable<object[]> Documents() => HostileDocuments.All(textOnly: true).Select(d => new object[] { d.Name });

    public static IEnumerable<object[]> Mutations() =>
        Directory.EnumerateFiles(TestPaths.Fixture("boms"), "*.json", SearchOption.AllDirectories)
            .Select(p => System.IO.Path.GetRelativePath(TestPaths.Fixture("boms"), p))
            .OrderBy(p => p, System.StringComparer.Ordinal)
            .Where((p, i) => i % 2 == 0)
            .Select((p, i) => new object[] { p, Mutator.Kinds[i % Mutator.Kinds.Length] });

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task A_hostile_bom_gives_the_engine_s_findings_and_nothing_else(string name)
    {
        await Run(Encoding.UTF8.GetString(HostileDocuments.All(textOnly: true).Single(d => d.Name == name).Bytes));
    }

    [Theory]
    [MemberData(nameof(Mutations))]
    public async Task A_mutated_real_bom_gives_the_engine_s_findings_and_nothing_else(string relativePath, MutationKind kind)
    {
        var planted = RestrictedSupplier.Plant(File.ReadAllBytes(TestPaths.Fixture("boms", relativePath)));
        await Run(Encoding.UTF8.GetString(new Mutator(planted).Mutate(kind, relativePath.Length * 7919).Bytes));
    }

    private static async Task Run(string text)
    {
        var test = new AnalyzerTest().Manifest(Path, text).Expect(EngineFindings(text));
        test.TestState.MarkupHandling = MarkupMode.None;
        await test.RunAsync();
    }

    private static DiagnosticResult[] EngineFindings(string text)
    {
        Dates.TryParse(AnalyzerTest.AsOf, out var asOf);
        var result = Screener.Screen(new[] { BomReader.ReadText(Path, text) }, EntityCatalog.Combine(new[] { DefaultEntityList.Load() }), new ScreeningOptions { AsOf = asOf });
        return result.Findings.Select(f => new DiagnosticResult(f.Id, ToDiagnosticSeverity(f.Severity))
            .WithSpan(Path, f.Location.StartLine, f.Location.StartColumn, f.Location.EndLine, f.Location.EndColumn)
            .WithMessage(f.Message)).ToArray();
    }

    private static DiagnosticSeverity ToDiagnosticSeverity(Severity severity) => severity switch
    {
        Severity.Error => DiagnosticSeverity.Error,
        Severity.Warning => DiagnosticSeverity.Warning,
        Severity.Note => DiagnosticSeverity.Info,
        _ => DiagnosticSeverity.Hidden,
    };
}
