using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace Compliance.Analyzer.Tests;

public class ComplianceAnalyzerTests
{
    private const string CycloneDx = """
        {
          "bomFormat": "CycloneDX",
          "specVersion": "1.6",
          "components": [
            {
              "type": "library",
              "bom-ref": "pkg:maven/com.huawei.hms/push@6.11.0.300",
              "name": "push",
              "version": "6.11.0.300",
              "supplier": { "name": "{|#0:Huawei Technologies Co., Ltd.|}" }
            }
          ]
        }
        """;

    [Fact]
    public async Task Reports_a_restricted_supplier_at_its_place_in_a_CycloneDX_BOM()
    {
        await new AnalyzerTest()
            .Manifest("/0/bom.cdx.json", CycloneDx)
            .Expect(new DiagnosticResult("SCC001", DiagnosticSeverity.Error).WithLocation(0).WithArguments(CoreFindings.Message(CycloneDx, "SCC001")))
            .RunAsync();
    }

    [Fact]
    public async Task Reports_a_restricted_supplier_at_its_place_in_an_SPDX_BOM()
    {
        const string spdx = """
            {
              "spdxVersion": "SPDX-2.3",
              "SPDXID": "SPDXRef-DOCUMENT",
              "name": "app",
              "packages": [
                {
                  "SPDXID": "SPDXRef-Package-sdk",
                  "name": "hikvision-sdk",
                  "versionInfo": "2.1",
                  "supplier": "Organization: {|#0:Hangzhou Hikvision Digital Technology Co., Ltd.|}",
                  "downloadLocation": "NOASSERTION"
                }
              ]
            }
            """;
        await new AnalyzerTest()
            .Manifest("/0/app.spdx.json", spdx)
            .Expect(new DiagnosticResult("SCC001", DiagnosticSeverity.Error).WithLocation(0).WithArguments(CoreFindings.Message(spdx, "SCC001")))
            .RunAsync();
    }

    [Fact]
    public async Task Reports_a_component_without_vendor_evidence_as_a_note()
    {
        const string bom = """
            {
              "bomFormat": "CycloneDX",
              "specVersion": "1.5",
              "components": [
                { "type": "library", "bom-ref": "a", "name": "{|#0:mystery|}", "version": "1.0" }
              ]
            }
            """;
        await new AnalyzerTest()
            .Manifest("/0/bom.json", bom)
            .Expect(new DiagnosticResult("SCC006", DiagnosticSeverity.Info).WithLocation(0).WithArguments(CoreFindings.Message(bom, "SCC006")))
            .RunAsync();
    }

    [Fact]
    public async Task Reports_a_malformed_BOM_where_the_JSON_breaks()
    {
        await new AnalyzerTest()
            .Manifest("/0/bom.cdx.json", "{\n  \"bomFormat\": \"CycloneDX\",\n  \"specVersion\": \"1.6\",\n  \"components\": [ {|#0:|}}\n")
            .Expect(DiagnosticResult.CompilerError("SCC007").WithLocation(0).WithMessage(null!))
            .RunAsync();
    }

    [Theory]
    [InlineData("dotnet_diagnostic.SCC001.severity = warning")]
    [InlineData("dotnet_analyzer_diagnostic.category-Compliance.severity = warning")]
    [InlineData("dotnet_analyzer_diagnostic.severity = warning")]
    [InlineData("dotnet_analyzer_diagnostic.severity = none", "dotnet_diagnostic.SCC001.severity = warning")]
    [InlineData("dotnet_analyzer_diagnostic.category-Compliance.severity = error", "dotnet_analyzer_diagnostic.severity = none", "dotnet_diagnostic.SCC001.severity = warning")]
    public async Task A_globalconfig_severity_reaches_a_finding_located_in_the_BOM(params string[] settings)
    {
        var test = new AnalyzerTest()
            .Manifest("/0/bom.cdx.json", CycloneDx)
            .Expect(new DiagnosticResult("SCC001", DiagnosticSeverity.Warning).WithLocation(0).WithArguments(CoreFindings.Message(CycloneDx, "SCC001")));
        test.GlobalConfig.AddRange(settings);
        // The harness enables every supported ID through the compilation options, which a real build does not do and
        // which would outrank the bulk settings.
        test.SolutionTransforms.Add((solution, project) =>
        {
            var options = solution.GetProject(project)!.CompilationOptions!;
            return solution.WithProjectCompilationOptions(project, options.WithSpecificDiagnosticOptions(
                options.SpecificDiagnosticOptions.RemoveRange(options.SpecificDiagnosticOptions.Keys.Where(k => k.StartsWith("SCC", System.StringComparison.Ordinal)))));
        });
        await test.RunAsync();
    }

    [Theory]
    [InlineData("dotnet_analyzer_diagnostic.severity = none")]
    [InlineData("dotnet_analyzer_diagnostic.category-Compliance.severity = none")]
    public async Task A_bulk_none_hides_a_finding_located_in_the_BOM(string setting)
    {
        var test = new AnalyzerTest().Manifest("/0/bom.cdx.json", CoreFindings.Unmarked(CycloneDx));
        test.GlobalConfig.Add(setting);
        await test.RunAsync();
    }

    [Fact]
    public async Task A_severity_setting_cannot_hide_a_BOM_that_was_not_read()
    {
        var test = new AnalyzerTest()
            .Manifest("/0/bom.cdx.json", "{ \"bomFormat\": \"CycloneDX\", {|#0:|}")
            .Expect(DiagnosticResult.CompilerError("SCC007").WithLocation(0).WithMessage(null!));
        test.GlobalConfig.Add("dotnet_diagnostic.SCC007.severity = none");
        test.GlobalConfig.Add("dotnet_analyzer_diagnostic.severity = none");
        await test.RunAsync();
    }

    [Fact]
    public async Task Reports_a_broken_entity_list_in_the_list_file()
    {
        await new AnalyzerTest()
            .Manifest("/0/bom.cdx.json", CoreFindings.Unmarked(CycloneDx))
            .EntityList("/0/entities.json", """{ "entities": [ { "id": "acme", "name": "Acme", "{|#0:alias|}": ["A"] } ] }""")
            .Expect(
                new DiagnosticResult("SCC001", DiagnosticSeverity.Error).WithSpan("/0/bom.cdx.json", 10, 30, 10, 59).WithArguments(CoreFindings.Message(CycloneDx, "SCC001")),
                DiagnosticResult.CompilerError("SCC008").WithLocation(0).WithMessage(null!))
            .RunAsync();
    }

    [Fact]
    public async Task Screens_with_the_entity_lists_given_when_the_default_list_is_off()
    {
        const string bom = """
            {
              "bomFormat": "CycloneDX",
              "specVersion": "1.6",
              "components": [
                { "type": "library", "name": "widget", "version": "1.0", "supplier": { "name": "{|#0:Acme Restricted Ltd.|}" } },
                { "type": "library", "name": "push", "version": "6.11.0.300", "supplier": { "name": "Huawei Technologies Co., Ltd." } }
              ]
            }
            """;
        const string acme = """{ "entities": [ { "id": "acme", "name": "Acme Restricted Ltd.", "programs": ["EL"] } ] }""";
        await new AnalyzerTest(useDefaultList: false)
            .Manifest("/0/bom.cdx.json", bom)
            .EntityList("/0/entities.json", acme)
            .Expect(new DiagnosticResult("SCC001", DiagnosticSeverity.Error).WithLocation(0).WithArguments(CoreFindings.Message(bom, "SCC001", acme, useDefaultList: false)))
            .RunAsync();
    }

    [Fact]
    public async Task Reports_an_exempted_component_as_a_note_and_an_unused_exemption_in_the_list()
    {
        const string exemptions = """
            {
              "exemptions": [
                { "id": "LIC-1", "entity": "huawei", "components": ["pkg:maven/com.huawei.hms/*"], "reason": "non-sensitive", "expires": "2027-06-30" },
                { "id": "{|#1:LIC-2|}", "entity": "zte", "components": ["pkg:maven/com.zte/*"], "reason": "non-sensitive", "expires": "2027-06-30" }
              ]
            }
            """;
        string bom = CycloneDx.Replace("\"version\": \"6.11.0.300\",", "\"version\": \"6.11.0.300\", \"purl\": \"pkg:maven/com.huawei.hms/push@6.11.0.300\",");
        await new AnalyzerTest()
            .Manifest("/0/bom.cdx.json", bom)
            .EntityList("/0/licences.json", exemptions)
            .Expect(
                new DiagnosticResult("SCC003", DiagnosticSeverity.Info).WithLocation(0).WithArguments(CoreFindings.Message(bom, "SCC003", exemptions)),
                new DiagnosticResult("SCC009", DiagnosticSeverity.Info).WithLocation(1).WithArguments(CoreFindings.Message(bom, "SCC009", exemptions)))
            .RunAsync();
    }

    private const string ExpiredLicence = """
        { "exemptions": [ { "id": "LIC-1", "entity": "huawei", "components": ["pkg:maven/com.huawei.hms/*"], "expires": "2026-06-30" } ] }
        """;

    [Fact]
    public async Task With_SCC004_set_to_none_an_expired_exemption_leaves_the_finding_as_in_the_CLI()
    {
        string bom = CycloneDx.Replace("\"version\": \"6.11.0.300\",", "\"version\": \"6.11.0.300\", \"purl\": \"pkg:maven/com.huawei.hms/push@6.11.0.300\",");
        var test = new AnalyzerTest().Manifest("/0/bom.cdx.json", bom).EntityList("/0/licences.json", ExpiredLicence);
        test.GlobalConfig.Add("dotnet_diagnostic.SCC004.severity = none");
        await test.Expect(new DiagnosticResult("SCC001", DiagnosticSeverity.Error).WithLocation(0).WithArguments(CoreFindings.Message(bom, "SCC001")))
            .RunAsync();
    }

    [Fact]
    public async Task With_SCC004_in_NoWarn_an_expired_exemption_leaves_the_finding_as_in_the_CLI()
    {
        string bom = CycloneDx.Replace("\"version\": \"6.11.0.300\",", "\"version\": \"6.11.0.300\", \"purl\": \"pkg:maven/com.huawei.hms/push@6.11.0.300\",");
        var test = new AnalyzerTest().Manifest("/0/bom.cdx.json", bom).EntityList("/0/licences.json", ExpiredLicence);
        test.SolutionTransforms.Add((solution, project) =>
        {
            var options = solution.GetProject(project)!.CompilationOptions!;
            return solution.WithProjectCompilationOptions(project, options.WithSpecificDiagnosticOptions(
                options.SpecificDiagnosticOptions.SetItem("SCC004", ReportDiagnostic.Suppress)));
        });
        await test.Expect(new DiagnosticResult("SCC001", DiagnosticSeverity.Error).WithLocation(0).WithArguments(CoreFindings.Message(bom, "SCC001")))
            .RunAsync();
    }

    [Fact]
    public async Task Stays_silent_outside_design_time_builds_where_the_MSBuild_task_reports()
    {
        await new AnalyzerTest(inDesignTimeBuild: false)
            .Manifest("/0/bom.cdx.json", CoreFindings.Unmarked(CycloneDx))
            .RunAsync();
    }

    [Fact]
    public async Task Ignores_additional_files_that_are_not_marked_as_BOMs()
    {
        var test = new AnalyzerTest();
        test.TestState.AdditionalFiles.Add(("/0/other.cdx.json", CoreFindings.Unmarked(CycloneDx)));
        await test.RunAsync();
    }
}
