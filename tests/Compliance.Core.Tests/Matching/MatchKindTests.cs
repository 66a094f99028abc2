using Compliance.Boms;
using Compliance.Matching;

namespace Compliance.Core.Tests.Matching;

/// <summary>Each kind of match, the finding it gives, and the weight of the evidence it rests on.</summary>
public class MatchKindTests
{
    private const string List = """
        {"entities": [
          {"id": "huawei", "name": "Huawei Technologies Co., Ltd.", "aliases": ["Huawei", "华为"],
           "identifiers": {"domains": ["huawei.com"], "emailDomains": ["huawei.com"], "purls": ["pkg:maven/com.huawei", "pkg:npm/@huaweicloud", "pkg:github/huawei"], "cpeVendors": ["huawei"]}},
          {"id": "megvii", "name": "Beijing Megvii Technology Co., Ltd.", "aliases": ["Megvii"]},
          {"id": "cmi", "name": "China Mobile International USA Inc."},
          {"id": "hikvision", "name": "Hangzhou Hikvision Digital Technology Co., Ltd."},
          {"id": "icbc-london", "name": "ICBC (London) plc"},
          {"id": "kalashnikov", "name": "Kalashnikov Concern JSC"},
          {"id": "gec", "name": "Gulf Eagle Contracting (GEC)"},
          {"id": "china-telecom", "name": "China Telecom Corporation Limited", "aliases": ["China Telecom"]},
          {"id": "iei", "name": "Iran Electronics Industries", "aliases": ["SAIRAN"]},
          {"id": "rostec", "name": "State Corporation Rostec"}
        ]}
        """;

    private static (Outcome Outcome, string? Entity, string? Kind, string? Message) Screen(string component)
    {
        var bom = Screening.CycloneDx(new[] { ("c", component) });
        var result = Screening.ByComponent(Screening.Screen(bom, Screening.List(List)));
        return result.TryGetValue("c", out var found) ? (found.Outcome, found.EntityId, found.Finding!.MatchKind, found.Finding.Message) : (Outcome.None, null, null, null);
    }

    [Theory]
    [InlineData("\"supplier\": {\"name\": \"HUAWEI TECHNOLOGIES CO.,LTD.\"}", Outcome.Confident, MatchKinds.ExactName)]
    [InlineData("\"publisher\": \"华为\"", Outcome.Confident, MatchKinds.Alias)]
    [InlineData("\"supplier\": {\"name\": \"华为技术有限公司\"}", Outcome.Confident, MatchKinds.ExactName)]
    [InlineData("\"author\": \"Huawei Technologies Co., Ltd.\"", Outcome.Confident, MatchKinds.ExactName)]
    [InlineData("\"author\": \"Huawei\"", Outcome.Possible, MatchKinds.Alias)]
    [InlineData("\"supplier\": {\"contact\": [{\"name\": \"Huawei Technologies Co., Ltd.\"}]}", Outcome.Possible, MatchKinds.ExactName)]
    [InlineData("\"supplier\": {\"name\": \"Hua Wei\"}", Outcome.Possible, MatchKinds.Spacing)]
    [InlineData("\"supplier\": {\"name\": \"Technologies Huawei\"}", Outcome.Possible, MatchKinds.Reordered)]
    [InlineData("\"supplier\": {\"name\": \"Megvii Beijing\"}", Outcome.Possible, MatchKinds.DistinctiveWords)]
    [InlineData("\"supplier\": {\"name\": \"Megvii Technology Limited\"}", Outcome.Confident, MatchKinds.ExactName)]
    [InlineData("\"supplier\": {\"name\": \"Megvii (Beijing)\"}", Outcome.Confident, MatchKinds.Alias)]
    [InlineData("\"supplier\": {\"name\": \"Huawei Technologies Co., Ltd. (华为)\"}", Outcome.Confident, MatchKinds.ExactName)]
    [InlineData("\"supplier\": {\"name\": \"megvii.com\"}", Outcome.Possible, MatchKinds.Contained)]
    [InlineData("\"supplier\": {\"name\": \"DJI-Huawei\"}", Outcome.Possible, MatchKinds.Contained)]
    [InlineData("\"supplier\": {\"name\": \"Huawei Device Co., Ltd.\"}", Outcome.Possible, MatchKinds.Contained)]
    [InlineData("\"supplier\": {\"name\": \"华为终端有限公司\"}", Outcome.Possible, MatchKinds.Contained)]
    [InlineData("\"supplier\": {\"name\": \"Huawey Technologies\"}", Outcome.Possible, MatchKinds.NearSpelling)]
    [InlineData("\"purl\": \"pkg:maven/com.huawei.hms/push@6.11.0.300\"", Outcome.Confident, MatchKinds.PurlNamespace)]
    [InlineData("\"purl\": \"pkg:npm/%40huaweicloud/sdk@1.0.0\"", Outcome.Confident, MatchKinds.PurlNamespace)]
    [InlineData("\"group\": \"com.huawei.agconnect\"", Outcome.Confident, MatchKinds.PurlNamespace)]
    [InlineData("\"externalReferences\": [{\"type\": \"vcs\", \"url\": \"https://github.com/huawei/example\"}]", Outcome.Confident, MatchKinds.PurlNamespace)]
    [InlineData("\"externalReferences\": [{\"type\": \"website\", \"url\": \"https://developer.huawei.com/consumer\"}]", Outcome.Confident, MatchKinds.Domain)]
    [InlineData("\"supplier\": {\"contact\": [{\"email\": \"sdk@huawei.com\"}]}", Outcome.Confident, MatchKinds.EmailDomain)]
    [InlineData("\"cpe\": \"cpe:2.3:a:huawei:eudemon:1.0:*:*:*:*:*:*:*\"", Outcome.Confident, MatchKinds.CpeVendor)]
    [InlineData("\"purl\": \"pkg:pypi/megvii-sdk@1.0\", \"group\": \"ai.megvii\"", Outcome.Possible, MatchKinds.InferredBrand)]
    [InlineData("\"externalReferences\": [{\"type\": \"website\", \"url\": \"https://www.megvii.com/\"}]", Outcome.Possible, MatchKinds.InferredBrand)]
    [InlineData("\"purl\": \"pkg:nuget/Megvii.FacePlusPlus@1.0.0\"", Outcome.Possible, MatchKinds.InferredBrand)]
    [InlineData("\"supplier\": {\"name\": \"China Mobile International USA Inc.\"}", Outcome.Confident, MatchKinds.ExactName)]
    [InlineData("\"supplier\": {\"name\": \"Hikvision\"}", Outcome.Possible, MatchKinds.DistinctiveWords)]
    [InlineData("\"supplier\": {\"name\": \"Hikvision USA Inc.\"}", Outcome.Possible, MatchKinds.DistinctiveWords)]
    [InlineData("\"supplier\": {\"name\": \"Hua\"}, \"manufacturer\": {\"name\": \"wei\"}", Outcome.Possible, MatchKinds.SplitFields)]
    [InlineData("\"publisher\": \"Meg\", \"author\": \"vii\"", Outcome.Possible, MatchKinds.SplitFields)]
    [InlineData("\"supplier\": {\"name\": \"Kalashnikov Group\"}", Outcome.Possible, MatchKinds.DistinctiveWords)]
    [InlineData("\"externalReferences\": [{\"type\": \"website\", \"url\": \"https://www.kalashnikovgroup.ru/\"}]", Outcome.Possible, MatchKinds.InferredBrand)]
    [InlineData("\"supplier\": {\"name\": \"Gulf Eagle Contracting LLC\"}", Outcome.Confident, MatchKinds.ExactName)]
    [InlineData("\"supplier\": {\"name\": \"ICBC\"}", Outcome.Possible, MatchKinds.DistinctiveWords)]
    [InlineData("\"supplier\": {\"name\": \"China Telecom International Limited\"}", Outcome.Possible, MatchKinds.Contained)]
    [InlineData("\"supplier\": {\"name\": \"Sairan Bekova LLC\"}", Outcome.Possible, MatchKinds.Contained)]
    [InlineData("\"supplier\": {\"name\": \"Tsinghua Tongfang Megvii\"}", Outcome.Possible, MatchKinds.Contained)]
    [InlineData("\"supplier\": {\"name\": \"Megvii Brain\"}", Outcome.Possible, MatchKinds.Contained)]
    [InlineData("\"supplier\": {\"name\": \"Huawei Megvii\"}", Outcome.Possible, MatchKinds.Contained)]
    [InlineData("\"supplier\": {\"name\": \"Kalashnikov Kontsern\"}", Outcome.Confident, MatchKinds.ExactName)]
    [InlineData("\"supplier\": {\"name\": \"Hikvision Digital Technology (Hangzhou) Co., Ltd.\"}", Outcome.Confident, MatchKinds.ExactName)]
    [InlineData("\"supplier\": {\"name\": \"Hikvision Digital Technology (Shanghai) Co., Ltd.\"}", Outcome.Possible, MatchKinds.DistinctiveWords)]
    [InlineData("\"purl\": \"pkg:pypi/megvii-sdk@1.0\"", Outcome.Possible, MatchKinds.InferredBrand)]
    [InlineData("\"purl\": \"pkg:pypi/huaweicloudsdkcore@3.1.0\"", Outcome.Possible, MatchKinds.InferredBrand)]
    [InlineData("\"supplier\": {\"name\": \"ROSTEC STATE CORPORATION\"}", Outcome.Confident, MatchKinds.ExactName)]
    [InlineData("\"supplier\": {\"name\": \"Goskorporatsiya Rostec\"}", Outcome.Confident, MatchKinds.ExactName)]
    public void Evidence_matches_with_the_expected_kind_and_outcome(string component, Outcome outcome, string kind)
    {
        var result = Screen(component);

        Assert.True(result.Outcome == outcome && result.Kind == kind, $"got {result.Outcome} {result.Kind}: {result.Message}");
    }

    [Theory]
    [InlineData("\"supplier\": {\"name\": \"China Mobile\"}")]
    [InlineData("\"supplier\": {\"name\": \"Technology\"}")]
    [InlineData("\"supplier\": {\"name\": \"Digital Technology Group Company\"}")]
    [InlineData("\"supplier\": {\"name\": \"International\"}")]
    [InlineData("\"copyright\": \"Copyright 2020 Huawei Technologies Co., Ltd.\"")]
    [InlineData("\"purl\": \"pkg:maven/org.hawaii/lib@1.0\"")]
    [InlineData("\"externalReferences\": [{\"type\": \"website\", \"url\": \"https://nothuawei.com/\"}]")]
    [InlineData("\"supplier\": {\"name\": \"Huwaii Hotels\"}")]
    [InlineData("\"supplier\": {\"name\": \"Hikvision Electronics Ltd.\"}")]
    [InlineData("\"supplier\": {\"name\": \"ICBC (Asia) Limited\"}")]
    [InlineData("\"supplier\": {\"name\": \"Technologies\"}, \"manufacturer\": {\"name\": \"Co., Ltd.\"}")]
    [InlineData("\"authors\": [{\"name\": \"Hua\"}, {\"name\": \"Wei\"}]")]
    [InlineData("\"supplier\": {\"name\": \"Kalashnikov Electronics\"}")]
    [InlineData("\"externalReferences\": [{\"type\": \"website\", \"url\": \"https://kalashnikovsoft.ru/\"}]")]
    [InlineData("\"supplier\": {\"name\": \"China Telecom Games Company\"}")]
    [InlineData("\"supplier\": {\"name\": \"China Telecom Foundation\"}")]
    [InlineData("\"supplier\": {\"name\": \"Sairan Bekova\"}")]
    [InlineData("\"supplier\": {\"name\": \"Megvii Lin\"}")]
    [InlineData("\"purl\": \"pkg:pypi/moment-megvii@1.0\"")]
    [InlineData("\"purl\": \"pkg:pypi/megvii@1.0\"")]
    [InlineData("\"author\": \"Hua Wei\"")]
    public void Generic_words_copyright_text_and_lookalike_identifiers_raise_nothing(string component)
    {
        var result = Screen(component);

        Assert.True(result.Outcome == Outcome.None, $"got {result.Outcome} {result.Kind}: {result.Message}");
    }

    [Fact]
    public void A_name_split_across_spdx_supplier_and_originator_is_read_together()
    {
        var bom = BomReader.ReadText("split.spdx.json", """
            {"spdxVersion": "SPDX-2.3", "packages": [
              {"SPDXID": "SPDXRef-c", "name": "c", "supplier": "Organization: Hua", "originator": "Organization: wei"}]}
            """);

        var finding = Assert.Single(Screening.Screen(bom, Screening.List(List)), f => f.Id == "SCC002");

        Assert.Equal(MatchKinds.SplitFields, finding.MatchKind);
        Assert.Equal("huawei", finding.EntityId);
        Assert.Contains("supplier 'Hua' read together with originator 'wei' matches the alias 'Huawei'", finding.Message);
    }

    [Fact]
    public void A_possible_match_explains_itself_and_gives_its_score()
    {
        var result = Screen("\"supplier\": {\"name\": \"Huawei Device Co., Ltd.\"}");

        Assert.Contains("supplier.name 'Huawei Device Co., Ltd.' contains the alias 'Huawei' (contained match, score 0.", result.Message);
    }

    [Theory]
    [InlineData("inspure", "inspur", 1)]
    [InlineData("hauwei", "huawei", 1)]
    [InlineData("megvi", "megvii", 1)]
    [InlineData("inspire", "inspur", 2)]
    public void Near_spelling_distance_counts_a_swap_of_neighbours_as_one_edit(string a, string b, int distance)
    {
        Assert.Equal(distance, NearSpelling.Distance(a, b));
    }
}
