using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using Compliance.Boms;
using Compliance.Entities;
using Compliance.Json;
using Compliance.Tests.Reliability;

namespace Compliance.Core.Tests.Reliability;

/// <summary>
/// Every value of documents that hold every field the readers look at, replaced in turn by each value of another
/// JSON type: the reader must report a problem at that value (null is read as absent, as the readers document).
/// </summary>
public class WrongTypeTests
{
    private readonly Xunit.Abstractions.ITestOutputHelper _output;

    public WrongTypeTests(Xunit.Abstractions.ITestOutputHelper output) => _output = output;

    private const string CycloneDx = """
        {"bomFormat": "CycloneDX", "specVersion": "1.6",
         "metadata": {
           "supplier": {"name": "S", "url": ["https://s.example"], "contact": [{"name": "C", "email": "c@s.example"}]},
           "manufacture": {"name": "M", "url": ["https://m.example"], "contact": [{"name": "C", "email": "c@m.example"}]},
           "component": {"bom-ref": "app", "name": "app", "version": "1"}},
         "components": [
           {"bom-ref": "a", "name": "a", "version": "1", "group": "g", "purl": "pkg:npm/a@1", "cpe": "cpe:2.3:a:v:a:1:*:*:*:*:*:*:*",
            "supplier": {"name": "S", "url": ["https://s.example"], "contact": [{"name": "C", "email": "c@s.example"}]},
            "manufacturer": {"name": "M", "url": ["https://m.example"], "contact": [{"name": "C", "email": "c@m.example"}]},
            "publisher": "P", "author": "A <a@a.example>", "authors": [{"name": "A", "email": "a@a.example"}], "copyright": "(c) C",
            "externalReferences": [{"url": "https://a.example"}], "evidence": {"copyright": [{"text": "(c) E"}]},
            "properties": [{"name": "n", "value": "v"}],
            "licenses": [{"license": {"licensing": {"licensor": {"organization": {"name": "O"}, "individual": {"name": "I", "email": "i@l.example"}}}}}],
            "pedigree": {"ancestors": [{"bom-ref": "u", "name": "u", "purl": "pkg:npm/u@1"}], "descendants": [{"name": "d"}], "variants": [{"name": "v"}]},
            "components": [{"bom-ref": "b", "name": "b", "purl": "pkg:npm/b@1"}]}]}
        """;

    private const string Spdx = """
        {"spdxVersion": "SPDX-2.3",
         "packages": [{"SPDXID": "SPDXRef-a", "name": "a", "versionInfo": "1", "supplier": "Organization: S (s@s.example)",
           "originator": "Person: O", "downloadLocation": "https://a.example", "homepage": "https://a.example", "copyrightText": "(c) C",
           "externalRefs": [{"referenceType": "purl", "referenceLocator": "pkg:npm/a@1"}, {"referenceType": "website", "referenceLocator": "https://a.example"}]}]}
        """;

    private const string EntityList = """
        {"name": "L", "version": "1", "published": "2026-01-01", "maxAgeDays": 90,
         "entities": [{"id": "e", "name": "E", "aliases": ["E2"], "country": "CN", "addresses": ["X"], "source": "S", "notes": "N",
           "programs": ["EL", {"code": "889", "exemptible": true, "citation": "C", "added": "2020-01-01"}],
           "identifiers": {"domains": ["e.example"], "emailDomains": ["e.example"], "purls": ["pkg:npm/e"], "cpeVendors": ["e"]}}],
         "exemptions": [{"id": "x", "entity": "e", "entities": ["e"], "programs": ["EL"], "components": ["pkg:npm/a@1"],
           "componentNames": ["a"], "classifications": ["EAR99"], "reason": "R", "license": "L", "approvedBy": "A",
           "approved": "2026-01-01", "expires": "2027-01-01", "justification": "J"}]}
        """;

    private static readonly string[] Replacements = { "\"x\"", "7", "true", "{}", "[]" };

    public static IEnumerable<object[]> Documents() => new[] { new object[] { "CycloneDX" }, new object[] { "SPDX" }, new object[] { "entity list" } };

    [Theory]
    [MemberData(nameof(Documents))]
    public void A_value_of_the_wrong_type_anywhere_the_readers_look_is_a_problem_at_that_value(string document)
    {
        string json = document switch { "CycloneDX" => CycloneDx, "SPDX" => Spdx, _ => EntityList };
        var bytes = Encoding.UTF8.GetBytes(json);
        Assert.Empty(Problems(document, bytes));
        var map = JsonValueMap.Of(bytes);

        var misses = new List<string>();
        int tried = 0;
        foreach (var value in map.Values.Where(v => v.Parent >= 0))
        {
            foreach (var replacement in Replacements.Where(r => !SameType(value.Type, r) && !AlsoAllowed(map, value, r)))
            {
                tried++;
                var problems = Problems(document, Mutator.Splice(bytes, value.Start, value.End, replacement));
                if (!problems.Any(p => p.Location.StartOffset == value.Start || p.Location.StartOffset == value.Start + 1))
                {
                    string found = problems.Count == 0 ? "no problem" : string.Join("; ", problems.Select(p => $"{p.Location}: {p.Message}"));
                    misses.Add($"'{value.Name ?? "[]"}' at {value.Start} as {replacement}: {found}");
                }
            }
        }

        _output.WriteLine($"{document}: {tried} wrong types tried at {map.Values.Count - 1} values");
        Assert.True(tried > 50, $"only {tried} replacements");
        Assert.True(misses.Count == 0, $"{misses.Count} of {tried} wrong types not reported at the value:\n" + string.Join("\n", misses));
    }

    private static List<JsonProblem> Problems(string document, byte[] bytes) => document == "entity list"
        ? EntityListLoader.Load(new JsonText("list.json", bytes)).Problems
        : BomReader.Read(new JsonText("bom.json", bytes)).Problems.ToList();

    private static bool SameType(JsonTokenType type, string replacement) => replacement[0] switch
    {
        '"' => type == JsonTokenType.String,
        't' => type is JsonTokenType.True or JsonTokenType.False,
        '{' => type == JsonTokenType.StartObject,
        '[' => type == JsonTokenType.StartArray,
        _ => type == JsonTokenType.Number,
    };

    /// <summary>A programme is a code or an object: either is valid in the 'programs' array of an entity.</summary>
    private static bool AlsoAllowed(JsonValueMap map, JsonValueSpan value, string replacement)
    {
        var parent = map.Values.First(v => v.Id == value.Parent);
        bool entityProgramme = parent.Name == "programs" && map.Values.First(v => v.Id == parent.Parent).Name == null
            && map.Values.Any(v => v.Parent == parent.Parent && v.Name == "aliases");
        return entityProgramme && replacement is "\"x\"" or "{}";
    }
}
