using System.Collections.Generic;
using System.Linq;
using Compliance.Boms;
using Compliance.Entities;
using Compliance.Matching;

namespace Compliance.Core.Tests.Matching;

/// <summary>
/// A BOM with thousands of distinct evidence values is matched on all cores; the matches must be those the same
/// components get when matched a few at a time on the calling thread, in the same order, every time.
/// </summary>
public class ParallelMatchingTests
{
    private const string List = """
        {"entities": [
          {"id": "huawei", "name": "Huawei Technologies Co., Ltd.", "aliases": ["Huawei"],
           "identifiers": {"domains": ["huawei.com"], "purls": ["pkg:maven/com.huawei"]}},
          {"id": "megvii", "name": "Beijing Megvii Technology Co., Ltd.", "aliases": ["Megvii"]},
          {"id": "zhang-wei", "name": "ZHANG, Wei"}
        ]}
        """;

    [Fact]
    public void Matching_a_large_bom_at_once_gives_the_matches_of_matching_it_in_small_parts()
    {
        var components = Screening.CycloneDx(Enumerable.Range(0, 3000).Select(i => ($"c{i}", Evidence(i)))).Components;
        var entities = EntityCatalog.Combine(new[] { Screening.List(List) }).Entities;

        var atOnce = new EntityMatcher(entities).MatchAll(components);
        var again = new EntityMatcher(entities).MatchAll(components);
        var inParts = new List<IReadOnlyList<EntityMatch>>();
        for (int start = 0; start < components.Count; start += 100)
        {
            inParts.AddRange(new EntityMatcher(entities).MatchAll(components.Skip(start).Take(100).ToList()));
        }

        Assert.Equal(inParts.Select(Describe), atOnce.Select(Describe));
        Assert.Equal(atOnce.Select(Describe), again.Select(Describe));
        Assert.True(atOnce.Count(m => m.Count > 0) > 1000, "most components match something");
    }

    /// <summary>Distinct purls, URLs and addresses for every component; names that repeat, some of them restricted.</summary>
    private static string Evidence(int i)
    {
        string[] suppliers = { "Huawei Device Co., Ltd.", "Megvi Technology", "Acme Corp", "Hauwei Technologies", "Megvii (Beijing)" };
        string[] authors = { "Wei Zhang", "Maria Chen", "Huawei", "Zhang Wei Ltd." };
        string group = i % 3 == 0 ? "com.huawei.hms" : $"org.example{i % 50}";
        return $$"""
            "purl": "pkg:maven/{{group}}/lib{{i}}@1.{{i}}", "group": "{{group}}",
            "supplier": {"name": "{{suppliers[i % suppliers.Length]}}"},
            "author": "{{authors[i % authors.Length]}} <dev{{i}}@{{(i % 4 == 0 ? "huawei.com" : "example.org")}}>",
            "externalReferences": [{"type": "vcs", "url": "https://github.com/{{(i % 5 == 0 ? "megvii" : "owner" + i)}}/repo{{i}}"}]
            """;
    }

    private static string Describe(IReadOnlyList<EntityMatch> matches) => string.Join("\n", matches.Select(m =>
        $"{m.Entity.Id}|{m.Evidence.Field}|{m.Evidence.Value}|{m.MatchedName}|{m.Kind}|{m.Score:R}|{m.Confident}|{m.Explanation}"));
}
