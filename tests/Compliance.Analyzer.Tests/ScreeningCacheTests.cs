using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Compliance.Analyzer.Tests;

/// <summary>An IDE makes a new compilation on every edit, with the same analyzer instance: BOMs must not be re-read.</summary>
public class ScreeningCacheTests
{
    private const string Bom = """
        { "bomFormat": "CycloneDX", "specVersion": "1.6",
          "components": [ { "type": "library", "name": "push", "version": "6.11.0.300", "supplier": { "name": "Huawei" } } ] }
        """;

    [Fact]
    public async Task Editing_code_does_not_read_an_unchanged_BOM_again()
    {
        var analyzer = new ComplianceAnalyzer();
        foreach (var code in new[] { "class A { }", "class A { int x; }", "class B { }" })
        {
            var diagnostics = await Analyze(analyzer, code, Bom);
            Assert.Equal("SCC001", Assert.Single(diagnostics).Id);
        }
        Assert.Equal(1, analyzer.Cache.BomsRead);
    }

    [Fact]
    public async Task Editing_the_BOM_reads_it_again()
    {
        var analyzer = new ComplianceAnalyzer();
        Assert.Single(await Analyze(analyzer, "class A { }", Bom));
        Assert.Empty(await Analyze(analyzer, "class A { }", Bom.Replace("Huawei", "Contoso")));
        Assert.Equal(2, analyzer.Cache.BomsRead);
    }

    private static async Task<ImmutableArray<Diagnostic>> Analyze(ComplianceAnalyzer analyzer, string code, string bom)
    {
        var compilation = CSharpCompilation.Create("app", new[] { CSharpSyntaxTree.ParseText(code) }, Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var file = new TextFile("/0/bom.cdx.json", bom);
        var options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(file), new Options(file.Path));
        return await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer), options).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
    }

    private sealed class TextFile(string path, string text) : AdditionalText
    {
        public override string Path => path;
        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    private sealed class Options(string manifestPath) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(new Dictionary<string, string>
        {
            [AnalyzerSettings.ReportsKey] = "true",
            [AnalyzerSettings.AsOfKey] = AnalyzerTest.AsOf,
        });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Values(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Values(textFile.Path == manifestPath
            ? new Dictionary<string, string> { [AnalyzerSettings.KindKey] = AnalyzerSettings.ManifestKind }
            : new Dictionary<string, string>());
    }

    private sealed class Values(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
