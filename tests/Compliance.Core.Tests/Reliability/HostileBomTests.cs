using System.Linq;
using System.Text;
using Compliance.Boms;
using Compliance.Diagnostics;
using Compliance.Json;
using Compliance.Reporting;

namespace Compliance.Core.Tests.Reliability;

/// <summary>Named kinds of broken or hostile BOM: each is either read completely or is SCC007 at a place in the file.</summary>
public class HostileBomTests
{
    private const string Huawei = "Huawei Technologies Co., Ltd.";

    [Theory]
    [InlineData("", 1, 1, "the file is empty")]
    [InlineData("  \r\n\t \n", 1, 1, "the file is empty")]
    [InlineData("// only a comment\n", 2, 1, "the file holds no JSON value")]
    [InlineData("{\"bomFormat\": \"CycloneDX\", \"components\": [", 1, 43, "invalid JSON")]
    [InlineData("{\"bomFormat\": \"CycloneDX\"} {}", 1, 28, "invalid JSON: '{' is invalid after a single JSON value")]
    [InlineData("[{\"bomFormat\": \"CycloneDX\"}]", 1, 1, "a BOM must be a JSON object, not an array")]
    [InlineData("{\"bomFormat\": \"CycloneDX\", \"x\": NaN}", 1, 33, "invalid JSON")]
    public void Empty_truncated_and_malformed_files_are_located_errors(string json, int line, int column, string message)
    {
        var result = ScreeningHelper.Screen(json);

        var finding = Assert.Single(result.Findings);
        Assert.Equal("SCC007", finding.Id);
        Assert.Equal((line, column), (finding.Location.StartLine, finding.Location.StartColumn));
        Assert.Contains(message, finding.Message);
        Assert.DoesNotContain("isFinalBlock", finding.Message);
        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public void A_duplicate_supplier_key_is_screened_in_every_occurrence()
    {
        var result = ScreeningHelper.Screen($$$$"""
            {"bomFormat":"CycloneDX","specVersion":"1.6","components":[
              {"name":"lib","supplier":{"name":"Acme Corp"},"supplier":{"name":"{{{Huawei}}}"}}]}
            """);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(("SCC001", 2, 69), (finding.Id, finding.Location.StartLine, finding.Location.StartColumn));
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void A_duplicate_name_key_inside_the_supplier_is_screened_in_every_occurrence()
    {
        var result = ScreeningHelper.Screen($$$$"""
            {"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"name":"lib","supplier":{"name":"{{{Huawei}}}","name":"Acme"}}]}
            """);

        Assert.Equal("SCC001", ScreeningHelper.Ids(result));
    }

    [Fact]
    public void A_second_metadata_component_does_not_replace_the_first()
    {
        var result = ScreeningHelper.Screen($$$$"""
            {"bomFormat":"CycloneDX","specVersion":"1.6","metadata":{
              "component":{"name":"product","supplier":{"name":"{{{Huawei}}}"}},
              "component":{"name":"decoy"}}}
            """);

        Assert.Equal("SCC001", ScreeningHelper.Ids(result));
    }

    [Theory]
    [InlineData("""{"bomFormat":"CycloneDX","specVersion":"1.6","spdxVersion":"SPDX-2.3","packages":[{"name":"p","supplier":"Organization: Huawei Technologies Co., Ltd."}]}""")]
    [InlineData("""{"spdxVersion":"SPDX-2.3","components":[{"name":"c","supplier":{"name":"Huawei Technologies Co., Ltd."}}]}""")]
    public void Components_in_a_file_that_mixes_the_formats_are_all_screened(string json)
    {
        Assert.Equal("SCC001", ScreeningHelper.Ids(ScreeningHelper.Screen(json)));
    }

    [Fact]
    public void Duplicate_bom_refs_are_two_components_and_both_are_screened()
    {
        var result = ScreeningHelper.Screen($$$$"""
            {"bomFormat":"CycloneDX","specVersion":"1.6","components":[
              {"bom-ref":"same","name":"a","supplier":{"name":"{{{Huawei}}}"}},
              {"bom-ref":"same","name":"b","supplier":{"name":"ZTE Corporation"}}]}
            """);

        Assert.Equal(new[] { ("SCC001", "huawei", 2), ("SCC001", "zte", 3) },
            result.Findings.Select(f => (f.Id, f.EntityId!, f.Location.StartLine)));
    }

    [Fact]
    public void A_dependency_graph_with_cycles_is_read_without_following_it()
    {
        var result = ScreeningHelper.Screen($$$$"""
            {"bomFormat":"CycloneDX","specVersion":"1.6",
             "components":[{"bom-ref":"a","name":"a","purl":"pkg:npm/a@1"},{"bom-ref":"b","name":"b","supplier":{"name":"{{{Huawei}}}"}}],
             "dependencies":[{"ref":"a","dependsOn":["b"]},{"ref":"b","dependsOn":["a","b"]}]}
            """);

        Assert.Equal("SCC001", ScreeningHelper.Ids(result));
    }

    [Fact]
    public void Components_nested_as_deep_as_the_depth_limit_allows_are_all_read_with_their_parents()
    {
        // Each level is an object and its "components" array: 126 levels fit under the limit of 256.
        const int levels = 126;
        var json = new StringBuilder("{\"bomFormat\":\"CycloneDX\",\"components\":[");
        for (int i = 0; i < levels; i++) json.Append($"{{\"bom-ref\":\"c{i}\",\"name\":\"c{i}\",\"purl\":\"pkg:npm/c{i}@1\",\"components\":[");
        json.Append($"{{\"name\":\"deepest\",\"supplier\":{{\"name\":\"{Huawei}\"}}}}");
        for (int i = 0; i < levels; i++) json.Append("]}");
        json.Append("]}");

        var bom = BomReader.ReadText("deep.json", json.ToString());

        Assert.Empty(bom.Problems);
        Assert.Equal(levels + 1, bom.Components.Count);
        Assert.Equal("c125", bom.Components.Single(c => c.Name == "deepest").ParentRef);
        Assert.Equal("SCC001", ScreeningHelper.Ids(ScreeningHelper.Screen(bom)));
    }

    [Theory]
    [InlineData("[")]
    [InlineData("{\"a\":")]
    [InlineData("{\"components\":[")]
    public void Nesting_100000_levels_deep_is_a_located_depth_error(string level)
    {
        string json = "{\"bomFormat\":\"CycloneDX\",\"x\":" + string.Concat(Enumerable.Repeat(level, 100_000));

        var bom = BomReader.ReadText("deep.json", json);

        var problem = Assert.Single(bom.Problems);
        Assert.Contains("depth", problem.Message);
        Assert.Equal(1, problem.Location.StartLine);
        Assert.InRange(problem.Location.StartColumn, 2, json.Length);
    }

    [Fact]
    public void An_unpaired_surrogate_escape_in_a_value_that_is_read_is_an_error_at_that_string()
    {
        string json = "{\"bomFormat\":\"CycloneDX\",\"components\":[{\"name\":\"a\",\"supplier\":{\"name\":\"Hua\\uD800wei\"}}]}";

        var problem = Assert.Single(BomReader.ReadText("bom.json", json).Problems);

        Assert.Equal(json.IndexOf("Hua", System.StringComparison.Ordinal) + 1, problem.Location.StartColumn);
        Assert.Contains("unpaired UTF-16 surrogate", problem.Message);
    }

    /// <summary>
    /// System.Text.Json decodes a property name only when it has to compare it, so such a name is either skipped
    /// (it matches nothing the reader knows) or an error at the name; never a crash, never a pass.
    /// </summary>
    [Theory]
    [InlineData("{\"bomFormat\":\"CycloneDX\",\"x-\\uD800\":1,\"components\":[{\"name\":\"a\",\"supplier\":{\"name\":\"Huawei\"}}]}")]
    [InlineData("{\"spdxVersion\":\"SPDX-2.3\",\"packages\":[{\"name\":\"a\",\"supplier\":\"Organization: Huawei\",\"\\uDC00x\":1}]}")]
    [InlineData("{\"bomFormat\":\"CycloneDX\",\"components\":[{\"name\":\"a\",\"\\uDC00\":1,\"supplier\":{\"name\":\"Huawei\"}}]}")]
    public void An_unpaired_surrogate_escape_in_a_property_name_never_lets_the_file_pass(string json)
    {
        var result = ScreeningHelper.Screen(json);

        Assert.NotEqual(0, result.ExitCode);
        foreach (var finding in result.Findings.Where(f => f.Id == "SCC007"))
        {
            Assert.Equal(json.IndexOf("\\uD", System.StringComparison.Ordinal) + 1, finding.Location.StartColumn);
            Assert.Contains("property name holds an unpaired UTF-16 surrogate escape", finding.Message);
        }
    }

    [Theory]
    [InlineData("\"name\": 42", "'supplier.name' must be a string, not a number")]
    [InlineData("\"name\": true", "'supplier.name' must be a string, not a boolean")]
    [InlineData("\"name\": [\"Huawei\"]", "'supplier.name' must be a string, not an array")]
    [InlineData("\"name\": {\"value\": \"Huawei\"}", "'supplier.name' must be a string, not an object")]
    public void A_number_or_other_type_where_a_string_belongs_is_an_error_at_the_value(string member, string message)
    {
        string json = "{\"bomFormat\":\"CycloneDX\",\"components\":[{\"name\":\"a\",\"supplier\":{" + member + "}}]}";

        var problem = Assert.Single(BomReader.ReadText("bom.json", json).Problems);

        Assert.Equal(message, problem.Message);
        Assert.Equal(json.IndexOf(member, System.StringComparison.Ordinal) + 9, problem.Location.StartColumn);
    }

    [Fact]
    public void Comments_and_trailing_commas_are_accepted()
    {
        var result = ScreeningHelper.Screen($$$$"""
            // written by hand
            {"bomFormat":"CycloneDX", /* 1.6 */ "specVersion":"1.6",
             "components":[{"name":"a","supplier":{"name":"{{{Huawei}}}",},},],}
            """);

        Assert.Equal("SCC001", ScreeningHelper.Ids(result));
    }
    /// <summary>A URL that starts with a path, query or fragment character had an empty host range and threw out of the host parser.</summary>
    [Theory]
    [InlineData("/")]
    [InlineData("//")]
    [InlineData("?")]
    [InlineData("#x")]
    [InlineData("/path/to@x")]
    [InlineData("://")]
    [InlineData("https:///x")]
    [InlineData("git@")]
    [InlineData("@")]
    public void A_url_that_is_no_url_is_screened_without_failing(string url)
    {
        var result = ScreeningHelper.Screen(
            $$$"""{"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"name":"a","supplier":{"name":"Acme","url":["{{{url}}}"]},"externalReferences":[{"type":"website","url":"{{{url}}}"}]}]}""");

        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void A_scheme_relative_url_is_read_for_its_host()
    {
        var result = ScreeningHelper.Screen(
            """{"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"name":"a","supplier":{"name":"Acme","url":["//developer.huawei.com/x"]}}]}""");

        Assert.Contains(result.Findings, f => f.EntityId == "huawei");
    }
    /// <summary>
    /// A BOM value (here the component's name) is quoted in the message: an ESC sequence in it could erase or recolour the finding's line in a
    /// terminal or CI log, a line break start a line that reads as another diagnostic, a right-to-left override
    /// reorder the message. Every outlet prints them as escapes.
    /// </summary>
    [Theory]
    [InlineData("Huawei\\u001B[2K\\u001B[1A", "\\u001B[2K")]
    [InlineData("Huawei\\nother.json(1,1): info SCC003: exempt", "\\u000Aother.json")]
    [InlineData("Huawei \\u202Edetimil\\u202C", "\\u202Edetimil\\u202C")]
    [InlineData("Hua\\u0000wei\\u0085\\u2028", "\\u0000wei\\u0085\\u2028")]
    public void Control_and_bidirectional_characters_from_a_bom_are_printed_as_escapes(string name, string printed)
    {
        var result = ScreeningHelper.Screen(
            $$$"""{"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"bom-ref":"{{{name}}}","name":"{{{name}}}","supplier":{"name":"Huawei"}}]}""");

        var finding = Assert.Single(result.Findings);
        Assert.Contains(printed, finding.Message);
        foreach (var writer in new IReportWriter[] { new TextReportWriter(), new GitHubReportWriter() })
        {
            var output = new System.IO.StringWriter();
            writer.Write(result, new ReportContext("."), output);
            var lines = output.ToString().Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(2, lines.Length);
            Assert.All(lines, line => Assert.Equal(VisibleText.Escape(line), line));
        }
    }

    [Theory]
    [InlineData("\"bomFormat\":\"CycloneDX\",\"specVersion\":\"2.0\",\"components\"", "2.0", "'specVersion' is '2.0': only CycloneDX 1.x is read")]
    [InlineData("\"bomFormat\":\"CycloneDX\",\"specVersion\":\"abc\",\"components\"", "abc", "'specVersion' is 'abc'")]
    [InlineData("\"bomFormat\":\"CycloneDX\",\"specVersion\":\"\",\"components\"", "", "'specVersion' is ''")]
    [InlineData("\"spdxVersion\":\"SPDX-3.0\",\"packages\"", "SPDX-3.0", "'spdxVersion' is 'SPDX-3.0': only SPDX 2.x is read")]
    [InlineData("\"spdxVersion\":\"SPDX-1.2\",\"packages\"", "SPDX-1.2", "'spdxVersion' is 'SPDX-1.2'")]
    public void A_format_version_the_reader_does_not_know_is_scc007_and_what_was_read_is_still_screened(string head, string version, string message)
    {
        string json = "{" + head + ":[{\"SPDXID\":\"SPDXRef-a\",\"name\":\"a\",\"supplier\":" +
            (head.Contains("spdx") ? "\"Organization: " + Huawei + "\"" : "{\"name\":\"" + Huawei + "\"}") + "}]}";

        var result = ScreeningHelper.Screen(json);

        Assert.Equal("SCC001 SCC007", string.Join(" ", result.Findings.Select(f => f.Id).OrderBy(id => id, System.StringComparer.Ordinal)));
        var problem = result.Findings.Single(f => f.Id == "SCC007");
        Assert.Contains(message, problem.Message);
        Assert.Equal(json.IndexOf("\"" + version + "\"", System.StringComparison.Ordinal) + 2, problem.Location.StartColumn);
        Assert.Equal(2, result.ExitCode);
    }

    [Theory]
    [InlineData("\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.0\"")]
    [InlineData("\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.8\"")]
    [InlineData("\"spdxVersion\":\"SPDX-2.4\"")]
    [InlineData("\"spdxVersion\":\"spdx-2.3\"")]
    public void Any_version_of_a_known_major_version_is_read(string head)
    {
        Assert.Empty(BomReader.ReadText("bom.json", "{" + head + "}").Problems);
    }

    [Theory]
    [InlineData("ancestors")]
    [InlineData("descendants")]
    [InlineData("variants")]
    public void A_restricted_component_in_the_pedigree_of_another_is_screened(string relation)
    {
        var result = ScreeningHelper.Screen($$$"""
            {"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"bom-ref":"fork","name":"fork","purl":"pkg:npm/fork@1",
              "pedigree":{"{{{relation}}}":[{"bom-ref":"upstream","name":"kit","supplier":{"name":"{{{Huawei}}}"}}],"commits":[{"uid":"1"}]}}]}
            """);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(("SCC001", "upstream", 2), (finding.Id, finding.BomRef, finding.Location.StartLine));
    }

    [Fact]
    public void A_pedigree_of_the_wrong_type_is_an_error_at_it()
    {
        string json = """{"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"name":"fork","pedigree":{"ancestors":{"name":"kit"}}}]}""";

        var problem = Assert.Single(BomReader.ReadText("bom.json", json).Problems);

        Assert.Equal("'pedigree.ancestors' must be an array, not an object", problem.Message);
    }
}
