using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Compliance.Screening;

namespace Compliance.Core.Tests.Reliability;

/// <summary>
/// Inputs built to make a reader or matcher slow or greedy: each must be screened or refused without hanging. The
/// limit is a guard against a hang (each takes a second or two, see docs/reliability.md), not a performance claim.
/// </summary>
public class PathologicalInputTests
{
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(90);

    private const string Head = "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"components\":[";

    private static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();

    private static readonly Dictionary<string, Func<string>> Inputs = new()
    {
        ["a 50 MB string in a field nobody reads"] = () => Head + "{\"name\":\"a\",\"description\":\"" + new string('a', 50_000_000) + "\"}]}",
        ["a 50 MB supplier name of one word"] = () => Head + "{\"name\":\"a\",\"supplier\":{\"name\":\"" + new string('h', 50_000_000) + "\"}}]}",
        ["a 5 MB supplier name that starts with a restricted name"] = () => Head + "{\"name\":\"a\",\"supplier\":{\"name\":\"Huawei Technologies " + Repeat("x", 5_000_000) + "\"}}]}",
        ["a supplier name of 500,000 words"] = () => Head + "{\"name\":\"a\",\"supplier\":{\"name\":\"" + Repeat("Hua wei ", 500_000) + "\"}}]}",
        ["a 5 MB author string"] = () => Head + "{\"name\":\"a\",\"author\":\"" + Repeat("Jane Doe (", 500_000) + "\"}]}",
        ["a 5 MB purl"] = () => Head + "{\"name\":\"a\",\"purl\":\"pkg:maven/" + Repeat("com.huawei.", 500_000) + "/a@1\"}]}",
        ["a 5 MB URL"] = () => Head + "{\"name\":\"a\",\"externalReferences\":[{\"url\":\"https://" + Repeat("a.", 2_500_000) + "huawei.com\"}]}]}",
        ["a 5 MB copyright"] = () => Head + "{\"name\":\"a\",\"copyright\":\"" + Repeat("(c) Huawei ", 500_000) + "\"}]}",
        ["a 5 MB CPE"] = () => Head + "{\"name\":\"a\",\"cpe\":\"cpe:2.3:a:" + Repeat("huawei", 900_000) + ":x:1:*:*:*:*:*:*:*\"}]}",
        ["a 5 MB SPDX originator"] = () => "{\"spdxVersion\":\"SPDX-2.3\",\"packages\":[{\"name\":\"a\",\"originator\":\"Organization: " + Repeat("Huawei <", 700_000) + "\"}]}",
        ["200,000 components"] = () => Head + Repeat("{\"name\":\"c\"},", 199_999) + "{\"name\":\"c\"}]}",
        ["100,000 repeated supplier keys"] = () => Head + "{\"name\":\"a\"" + string.Concat(Enumerable.Range(0, 100_000).Select(i => $",\"supplier\":{{\"name\":\"Vendor {i}\"}}")) + "}]}",
        ["a component with 100,000 authors"] = () => Head + "{\"name\":\"a\",\"authors\":[" + string.Join(",", Enumerable.Range(0, 100_000).Select(i => $"{{\"name\":\"Person {i}\"}}")) + "]}]}",
        ["nesting 100,000 levels deep"] = () => Head + Repeat("{\"components\":[", 100_000),
        ["a 20 MB line of whitespace before the document ends"] = () => Head + "{\"name\":\"a\"}" + new string(' ', 20_000_000) + "]}",
    };

    public static IEnumerable<object[]> Names() => Inputs.Keys.Select(name => new object[] { name });

    [Theory]
    [MemberData(nameof(Names))]
    public async Task A_pathological_bom_is_screened_or_refused_without_hanging(string name)
    {
        string json = Inputs[name]();

        var result = await Task.Run(() => ScreeningHelper.Screen(json)).WaitAsync(HangLimit);

        Assert.InRange(result.ExitCode, 0, 2);
        if (result.ExitCode == 2) Assert.All(result.Findings.Where(f => f.Id == "SCC007"), f => Assert.True(f.Location.HasPosition));
    }

    /// <summary>A name of one 100,000-letter word in an entity list: indexing it for near spellings never ended.</summary>
    [Theory]
    [InlineData(100_000, 1)]
    [InlineData(10_000, 50)]
    public async Task An_entity_list_with_huge_one_word_names_is_indexed_without_hanging(int letters, int entities)
    {
        string json = "{\"entities\":[" + string.Join(",", Enumerable.Range(0, entities).Select(i =>
            $"{{\"id\":\"e{i}\",\"name\":\"{new string((char)('a' + i % 26), letters)}\",\"aliases\":[\"{new string('q', letters)}{i}\"],\"programs\":[\"EL\"]}}")) + "]}";
        var list = Compliance.Entities.EntityListLoader.Load(new Compliance.Json.JsonText("list.json", Encoding.UTF8.GetBytes(json)));
        var bom = Compliance.Boms.BomReader.ReadText("bom.json", Head + "{\"name\":\"a\",\"supplier\":{\"name\":\"" + new string('a', 1_000) + "\"}}]}");

        var result = await Task.Run(() => Screener.Screen(new[] { bom }, Compliance.Entities.EntityCatalog.Combine(new[] { list }), new ScreeningOptions()))
            .WaitAsync(HangLimit);

        Assert.Empty(list.Problems);
        Assert.InRange(result.ExitCode, 0, 1);
    }
}
