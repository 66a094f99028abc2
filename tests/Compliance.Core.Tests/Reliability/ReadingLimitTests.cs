using System.Linq;
using Compliance.Boms;
using Compliance.Json;

namespace Compliance.Core.Tests.Reliability;

/// <summary>The limits that bound the memory one BOM can take: past them the BOM is SCC007 at the first element over.</summary>
public class ReadingLimitTests
{
    private static Bom Read(string json, int maxComponents = BomReader.MaxComponents, int maxEvidence = BomReader.MaxEvidenceValues) =>
        new BomParser(new JsonText("bom.json", System.Text.Encoding.UTF8.GetBytes(json)), maxComponents, maxEvidence).Parse();

    private static string Components(int count) =>
        "{\"bomFormat\":\"CycloneDX\",\"components\":[" + string.Join(",", Enumerable.Repeat("{\"purl\":\"pkg:npm/a@1\"}", count)) + "]}";

    [Fact]
    public void A_bom_with_more_components_than_the_limit_is_an_error_at_the_first_one_over()
    {
        Assert.Empty(Read(Components(10), maxComponents: 10).Problems);

        var problem = Assert.Single(Read(Components(12), maxComponents: 10).Problems);

        Assert.Equal("the BOM has more than 10 components, more than this tool reads (a bound on the memory it uses)", problem.Message);
        int eleventh = Components(10).Length - "]}".Length + ",".Length;
        Assert.Equal(eleventh + 1, problem.Location.StartColumn);
    }

    [Fact]
    public void Nested_components_and_spdx_packages_count_too()
    {
        string nested = "{\"bomFormat\":\"CycloneDX\",\"components\":[{\"name\":\"a\",\"components\":[{\"name\":\"b\"},{\"name\":\"c\"}]}]}";
        string spdx = "{\"spdxVersion\":\"SPDX-2.3\",\"packages\":[{\"name\":\"a\"},{\"name\":\"b\"},{\"name\":\"c\"}]}";

        Assert.Single(Read(nested, maxComponents: 2).Problems);
        Assert.Single(Read(spdx, maxComponents: 2).Problems);
        Assert.Empty(Read(spdx, maxComponents: 3).Problems);
    }

    [Fact]
    public void A_bom_with_more_evidence_than_the_limit_is_an_error_at_the_first_value_over()
    {
        string json = "{\"bomFormat\":\"CycloneDX\",\"components\":[{\"name\":\"a\",\"authors\":[{\"name\":\"p1\"},{\"name\":\"p2\"},{\"name\":\"p3\"}]}]}";

        Assert.Empty(Read(json, maxEvidence: 3).Problems);
        var problem = Assert.Single(Read(json, maxEvidence: 2).Problems);

        Assert.Equal(json.IndexOf("p3", System.StringComparison.Ordinal) + 1, problem.Location.StartColumn);
        Assert.Contains("more than 2 pieces of vendor evidence", problem.Message);
    }

    [Fact]
    public void A_string_longer_than_the_limit_where_a_value_is_read_is_an_error_at_the_string()
    {
        string head = "{\"bomFormat\":\"CycloneDX\",\"components\":[{\"name\":\"a\",\"supplier\":{\"name\":\"";
        string atLimit = head + new string('h', JsonReading.MaxStringBytes) + "\"}}]}";
        string overLimit = head + new string('h', JsonReading.MaxStringBytes + 1) + "\"}}]}";

        Assert.Empty(Read(atLimit).Problems);
        var problem = Assert.Single(Read(overLimit).Problems);

        Assert.Equal(head.Length + 1, problem.Location.StartColumn);
        Assert.Equal("a string of 1,048,577 bytes where a value is read, more than the 1,048,576 this tool reads (a bound on the memory it uses)", problem.Message);
    }

    [Fact]
    public void A_string_longer_than_the_limit_in_a_field_nobody_reads_is_skipped()
    {
        string json = "{\"bomFormat\":\"CycloneDX\",\"components\":[{\"name\":\"a\",\"description\":\"" + new string('d', 50_000_000) + "\"}]}";

        Assert.Empty(Read(json).Problems);
    }

    [Fact]
    public void An_alias_longer_than_the_limit_is_one_problem_in_the_list()
    {
        string json = "{\"entities\": [{\"id\": \"x\", \"name\": \"X\", \"aliases\": [\"" + new string('x', JsonReading.MaxStringBytes + 1) + "\"]}]}";

        var problem = Assert.Single(Compliance.Entities.EntityListLoader.LoadText("list.json", json).Problems);

        Assert.StartsWith("a string of 1,048,577 bytes", problem.Message);
    }
}
