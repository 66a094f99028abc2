using System.Linq;
using Compliance.Entities;

namespace Compliance.Core.Tests.Exemptions;

public class ExemptionLoaderTests
{
    private static EntityList Load(string exemption) => EntityListLoader.LoadText("list.json", "{\"exemptions\": [" + exemption + "]}");

    [Fact]
    public void The_smallest_exemption_of_the_issue_is_valid()
    {
        var list = Load("""{"id": "LIC-1", "entity": "huawei", "components": ["pkg:maven/com.huawei.hms/*"], "reason": "non-sensitive", "expires": "2027-06-30"}""");

        Assert.Empty(list.Problems);
        var exemption = Assert.Single(list.Exemptions);
        Assert.Equal(new[] { "huawei" }, exemption.Entities);
        Assert.Equal(1, exemption.EntityLocations["HUAWEI"].StartLine);
    }

    [Theory]
    [InlineData("maven/com.huawei.hms/*", "must start with 'pkg:'")]
    [InlineData("pkg:maven", "expected pkg:type/namespace/name")]
    [InlineData("pkg:maven/com.huawei.hms/push@[7.0,6.0)", "7.0 is after 6.0")]
    [InlineData("pkg:maven/com.huawei.hms/push@[6.0,7.0", "not closed")]
    [InlineData("pkg:maven/com.huawei.hms/push@>=6.0|<", "needs one comparator and a version")]
    [InlineData("pkg:maven/com.huawei.hms/push?type=aar", "qualifiers")]
    public void A_bad_purl_pattern_is_a_problem_at_the_pattern(string pattern, string message)
    {
        string text = "{\"exemptions\": [{\"id\": \"L\", \"entity\": \"e\", \"components\": [\"" + pattern + "\"], \"expires\": \"2030-01-01\"}]}";

        var list = EntityListLoader.LoadText("list.json", text);

        var problem = Assert.Single(list.Problems);
        Assert.Contains(message, problem.Message);
        Assert.Equal(text.IndexOf(pattern, System.StringComparison.Ordinal) + 1, problem.Location.StartColumn);
        Assert.Empty(list.Exemptions);
    }

    [Fact]
    public void An_exemption_that_expires_before_it_was_approved_is_a_problem()
    {
        var list = Load("""{"id": "LIC-1", "entity": "e", "componentNames": ["*"], "approved": "2027-01-01", "expires": "2026-12-31"}""");

        Assert.Contains("expires on 2026-12-31, before it was approved on 2027-01-01", Assert.Single(list.Problems).Message);
    }

    [Fact]
    public void An_empty_entity_is_a_problem()
    {
        var list = Load("""{"id": "LIC-1", "entities": ["e", " "], "componentNames": ["*"], "expires": "2030-01-01"}""");

        Assert.Contains("must not contain an empty string", list.Problems.First().Message);
    }
}
