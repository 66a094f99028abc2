using System.Linq;
using Compliance.Entities;
using Compliance.Screening;

namespace Compliance.Core.Tests.Reliability;

/// <summary>The same broken inputs in an entity list or exemption file: SCC008 at a place in the file, and the run fails.</summary>
public class HostileListTests
{
    private static ScreeningResult ScreenWith(string listJson)
    {
        var list = EntityListLoader.LoadText("list.json", listJson);
        var catalog = EntityCatalog.Combine(new[] { DefaultEntityList.Load(), list });
        return Screener.Screen(System.Array.Empty<Compliance.Boms.Bom>(), catalog, new ScreeningOptions());
    }

    [Theory]
    [InlineData("", 1, 1, "the file is empty")]
    [InlineData("\n\n", 1, 1, "the file is empty")]
    [InlineData("{\"entities\": [{\"id\": \"x\", \"name\": \"X\"", 1, 38, "invalid JSON")]
    [InlineData("{\"entities\": [{\"id\": \"x\", \"name\": \"X\", \"aliases\": [\"\\uD800\"]}]}", 1, 53, "unpaired UTF-16 surrogate")]
    public void Empty_truncated_and_undecodable_lists_are_located_errors(string json, int line, int column, string message)
    {
        var list = EntityListLoader.LoadText("list.json", json);

        var problem = Assert.Single(list.Problems);
        Assert.Equal((line, column), (problem.Location.StartLine, problem.Location.StartColumn));
        Assert.Contains(message, problem.Message);
        Assert.Equal(2, ScreenWith(json).ExitCode);
    }

    [Fact]
    public void An_unpaired_surrogate_escape_in_an_extension_value_nobody_reads_is_valid_json()
    {
        Assert.Empty(EntityListLoader.LoadText("list.json", "{\"entities\": [], \"x-note\": \"\\uDC00\"}").Problems);
    }

    [Fact]
    public void A_repeated_key_in_an_exemption_is_an_error_not_a_silent_override()
    {
        string json = """
            {"exemptions": [{"id": "x", "entity": "huawei", "componentNames": ["a"],
              "expires": "2020-01-01", "expires": "2099-12-31"}]}
            """;

        var list = EntityListLoader.LoadText("list.json", json);

        var problem = Assert.Single(list.Problems);
        Assert.Equal((2, 29), (problem.Location.StartLine, problem.Location.StartColumn));
        Assert.Equal("'expires' is repeated in this object (first at line 2, column 4): which value counts would be ambiguous", problem.Message);
        Assert.Empty(list.Exemptions);
        var result = ScreenWith(json);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(result.Findings, f => f.Id == "SCC008" && f.Location.StartLine == 2);
    }

    [Fact]
    public void A_repeated_key_in_an_entity_is_an_error()
    {
        var list = EntityListLoader.LoadText("list.json", """{"entities": [{"id": "a", "name": "A", "name": "B"}]}""");

        Assert.Contains("'name' is repeated", Assert.Single(list.Problems).Message);
    }

    [Fact]
    public void The_same_key_in_different_objects_is_not_a_repeat()
    {
        var list = EntityListLoader.LoadText("list.json", """{"entities": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}]}""");

        Assert.Empty(list.Problems);
        Assert.Equal(2, list.Entities.Count);
    }

    [Fact]
    public void Nesting_100000_levels_deep_in_a_list_is_a_located_depth_error()
    {
        string json = "{\"entities\": [], \"x-deep\": " + string.Concat(Enumerable.Repeat("[", 100_000));

        var problem = Assert.Single(EntityListLoader.LoadText("list.json", json).Problems);

        Assert.Contains("depth", problem.Message);
        Assert.InRange(problem.Location.StartColumn, 2, json.Length);
    }
}
