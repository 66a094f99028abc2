namespace Compliance.Core.Tests.Matching;

/// <summary>
/// Names of the OFAC SDN list that an official list of thousands of entities brings, and the evidence of real BOMs
/// that made them possible matches before (docs/matching.md, "Precision on large lists"); and the inferences that must
/// still be made.
/// </summary>
public class LargeListPrecisionTests
{
    private const string List = """
        {"entities": [
          {"id": "spring", "name": "SPRING SHIPPING LIMITED"},
          {"id": "sun", "name": "ASIA SUN GROUP"},
          {"id": "atlas", "name": "ATLAS HOLDING"},
          {"id": "castle", "name": "CASTLE HOLDING GMBH"},
          {"id": "structure", "name": "GLOBAL STRUCTURE, S.A."},
          {"id": "cyclone", "name": "JOINT STOCK COMPANY CENTRAL RESEARCH INSTITUTE CYCLONE"},
          {"id": "anchor", "name": "POWER ANCHOR LIMITED"},
          {"id": "gorge", "name": "GORGE LIMITED"},
          {"id": "day", "name": "DAY COMPANY"},
          {"id": "sg", "name": "AKTSIONERNOE OBSHCHESTVO SG-DEVELOPMENT"},
          {"id": "manel", "name": "JOINT STOCK COMPANY MANEL"},
          {"id": "megvii", "name": "Beijing Megvii Technology Co., Ltd."},
          {"id": "huawei", "name": "Huawei Technologies Co., Ltd.", "aliases": ["Huawei"]},
          {"id": "dji", "name": "SZ DJI Technology Co., Ltd.", "aliases": ["DJI"]}
        ]}
        """;

    private static (Outcome Outcome, string? Entity, string? Message) Screen(string component)
    {
        var bom = Screening.CycloneDx(new[] { ("c", component) });
        var result = Screening.ByComponent(Screening.Screen(bom, Screening.List(List)));
        return result.TryGetValue("c", out var found) ? (found.Outcome, found.EntityId, found.Finding!.Message) : (Outcome.None, null, null);
    }

    [Theory]
    [InlineData("\"group\": \"org.springframework.boot\"")]
    [InlineData("\"externalReferences\": [{\"type\": \"website\", \"url\": \"https://spring.io\"}]")]
    [InlineData("\"publisher\": \"spring.io\"")]
    [InlineData("\"supplier\": {\"name\": \"Spring\"}")]
    [InlineData("\"group\": \"com.sun.xml.bind\"")]
    [InlineData("\"supplier\": {\"name\": \"Sun Group Ltd.\"}")]
    [InlineData("\"externalReferences\": [{\"type\": \"issue-tracker\", \"url\": \"https://hibernate.atlassian.net/browse/HHH\"}]")]
    [InlineData("\"purl\": \"pkg:nuget/Castle.Core@4.4.1\"")]
    [InlineData("\"cpe\": \"cpe:2.3:a:structured:v4:v4.2.3:*:*:*:*:*:*:*\"")]
    [InlineData("\"group\": \"cyclonedx\"")]
    [InlineData("\"cpe\": \"cpe:2.3:a:anchore:syft:v0.57.0:*:*:*:*:*:*:*\"")]
    [InlineData("\"supplier\": {\"name\": \"George Smith Consulting Ltd.\"}")]
    [InlineData("\"supplier\": {\"name\": \"Day One Software Ltd.\"}")]
    [InlineData("\"author\": \"Grunt Development Team\"")]
    [InlineData("\"publisher\": \"PostgreSQL Global Development Group\"")]
    [InlineData("\"supplier\": {\"name\": \"Matthew Manela\"}")]
    public void Ordinary_words_and_one_word_of_a_longer_name_raise_nothing(string component)
    {
        var result = Screen(component);

        Assert.True(result.Outcome == Outcome.None, $"got {result.Outcome} for {result.Entity}: {result.Message}");
    }

    [Theory]
    [InlineData("\"purl\": \"pkg:maven/com.megvii/facepp@1.0\"", "megvii")]
    [InlineData("\"externalReferences\": [{\"type\": \"vcs\", \"url\": \"https://github.com/huaweicloud/sdk\"}]", "huawei")]
    [InlineData("\"purl\": \"pkg:github/dji-sdk/Mobile-SDK-Android@4.16\"", "dji")]
    [InlineData("\"supplier\": {\"name\": \"Spring Shipping Europe B.V.\"}", "spring")]
    [InlineData("\"supplier\": {\"name\": \"Megvi Technology\"}", "megvii")]
    [InlineData("\"supplier\": {\"name\": \"Shenzhen Huawey Technologies Investment Co., Ltd.\"}", "huawei")]
    public void A_distinctive_word_a_whole_name_or_a_longer_name_is_still_a_possible_match(string component, string entity)
    {
        var result = Screen(component);

        Assert.True(result.Outcome == Outcome.Possible && result.Entity == entity, $"got {result.Outcome} for {result.Entity}: {result.Message}");
    }
}
