using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace Compliance.Analyzer.Tests;

public class ComplianceAnalyzerTests
{
    private const string HuaweiMessage =
        "component 'push@6.11.0.300' is supplied by restricted entity 'Huawei Technologies Co., Ltd.' (huawei: EL, 889, FCC, CMIC; 84 FR 22961): supplier.name 'Huawei Technologies Co., Ltd.' matches by exact name";

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
            .Expect(new DiagnosticResult("SCC001", DiagnosticSeverity.Error).WithLocation(0).WithArguments(HuaweiMessage))
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
            .Expect(new DiagnosticResult("SCC001", DiagnosticSeverity.Error).WithLocation(0).WithArguments(
                "component 'hikvision-sdk@2.1' is supplied by restricted entity 'Hangzhou Hikvision Digital Technology Co., Ltd.' (hikvision: EL, 889, FCC, CMIC; 84 FR 54002): supplier 'Hangzhou Hikvision Digital Technology Co., Ltd.' matches by exact name"))
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
            .Expect(new DiagnosticResult("SCC006", DiagnosticSeverity.Info).WithLocation(0).WithArguments(
                "component 'mystery@1.0' has no vendor evidence (no supplier, manufacturer, publisher, author, purl, CPE, URL or copyright), so its vendor could not be screened"))
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

    [Fact]
    public async Task Reports_a_broken_entity_list_in_the_list_file()
    {
        await new AnalyzerTest()
            .Manifest("/0/bom.cdx.json", CycloneDx.Replace("{|#0:", "").Replace("|}", ""))
            .EntityList("/0/entities.json", """{ "entities": [ { "id": "acme", "name": "Acme", "{|#0:alias|}": ["A"] } ] }""")
            .Expect(
                new DiagnosticResult("SCC001", DiagnosticSeverity.Error).WithSpan("/0/bom.cdx.json", 10, 30, 10, 59).WithArguments(HuaweiMessage),
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
        await new AnalyzerTest(useDefaultList: false)
            .Manifest("/0/bom.cdx.json", bom)
            .EntityList("/0/entities.json", """{ "entities": [ { "id": "acme", "name": "Acme Restricted Ltd.", "programs": ["EL"] } ] }""")
            .Expect(new DiagnosticResult("SCC001", DiagnosticSeverity.Error).WithLocation(0).WithArguments(
                "component 'widget@1.0' is supplied by restricted entity 'Acme Restricted Ltd.' (acme: EL): supplier.name 'Acme Restricted Ltd.' matches by exact name"))
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
        await new AnalyzerTest()
            .Manifest("/0/bom.cdx.json", CycloneDx.Replace("\"version\": \"6.11.0.300\",", "\"version\": \"6.11.0.300\", \"purl\": \"pkg:maven/com.huawei.hms/push@6.11.0.300\","))
            .EntityList("/0/licences.json", exemptions)
            .Expect(
                new DiagnosticResult("SCC003", DiagnosticSeverity.Info).WithLocation(0).WithArguments(HuaweiMessage + "; exempt until 2027-06-30 under exemption 'LIC-1'"),
                new DiagnosticResult("SCC009", DiagnosticSeverity.Info).WithLocation(1).WithArguments(
                    "exemption 'LIC-2' (zte: pkg:maven/com.zte/*) matched no component in the BOMs screened: remove it if it is stale, or check its scope"))
            .RunAsync();
    }

    [Fact]
    public async Task Stays_silent_outside_design_time_builds_where_the_MSBuild_task_reports()
    {
        await new AnalyzerTest(inDesignTimeBuild: false)
            .Manifest("/0/bom.cdx.json", CycloneDx.Replace("{|#0:", "").Replace("|}", ""))
            .RunAsync();
    }

    [Fact]
    public async Task Ignores_additional_files_that_are_not_marked_as_BOMs()
    {
        var test = new AnalyzerTest();
        test.TestState.AdditionalFiles.Add(("/0/other.cdx.json", CycloneDx.Replace("{|#0:", "").Replace("|}", "")));
        await test.RunAsync();
    }
}
