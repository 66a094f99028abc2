using System.Linq;

namespace Compliance.Core.Tests.Reliability;

/// <summary>
/// A restricted vendor disguised in the BOM itself, screened with the embedded default list through the public
/// engine: JSON escapes, look-alike letters from other scripts, invisible and formatting characters, and the
/// vendor named only in fields other than the supplier's name. Each must give SCC001 or SCC002 for the entity.
/// </summary>
public class DisguiseTests
{
    private static string Component(string members) =>
        "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"components\":[{\"bom-ref\":\"x\",\"name\":\"lib\",\"version\":\"1\"," + members + "}]}";

    private static void AssertFlagged(string json, string entity)
    {
        var result = ScreeningHelper.Screen(json);

        Assert.True(result.Findings.Any(f => f.Id is "SCC001" or "SCC002" && f.EntityId == entity),
            $"not flagged as {entity}: {string.Join("; ", result.Findings.Select(f => $"{f.Id} {f.Message}"))}");
    }

    [Theory]
    [InlineData("Hu\\u0061wei Technologies Co., Ltd.", "huawei")] // an ASCII letter written as a JSON escape
    [InlineData("Hu\\u0430wei Technologies Co., Ltd.", "huawei")] // Cyrillic a, escaped
    [InlineData("Huаwei Technologies Co., Ltd.", "huawei")] // Cyrillic a, raw UTF-8
    [InlineData("Ηuawei Technologies", "huawei")] // Greek capital eta
    [InlineData("Ｈｕａｗｅｉ Ｔｅｃｈｎｏｌｏｇｉｅｓ", "huawei")] // full-width forms
    [InlineData("Hua\\u200Bwei Technologies Co., Ltd.", "huawei")] // zero-width space
    [InlineData("Hua\\u00ADwei Technologies Co., Ltd.", "huawei")] // soft hyphen
    [InlineData("Hua\\u200Dwei\\uFEFF Technologies", "huawei")] // zero-width joiner and byte-order mark
    [InlineData("H\\u0301uawei Technologies", "huawei")] // a combining accent
    [InlineData("\\u202AHuawei\\u202C Technologies", "huawei")] // bidirectional embedding around the name
    [InlineData("\\u202Eseigolonhcet iewauH", "huawei")] // stored backwards behind a right-to-left override: shown as "Huawei technologies"
    [InlineData("Shenzhen \\u202Eiewauh\\u202C Technologies", "huawei")] // only the overridden run is backwards
    [InlineData("HUAWEI TECHNOLOGIES CO.,LTD", "huawei")]
    [InlineData("华为技术有限公司", "huawei")]
    [InlineData("Z\\u0422E Corporation", "zte")] // Cyrillic Te
    [InlineData("Hik\\u200Cvision", "hikvision")] // zero-width non-joiner
    [InlineData("Kasper\\u0455ky Lab", "kaspersky")] // Cyrillic dze for s
    [InlineData("\\uD835\\uDC07\\uD835\\uDC2E\\uD835\\uDC1A\\uD835\\uDC30\\uD835\\uDC1E\\uD835\\uDC22", "huawei")] // mathematical bold
    [InlineData("\\u24BD\\u24E4\\u24D0\\u24E6\\u24D4\\u24D8", "huawei")] // circled letters
    [InlineData("\\u13BBuawei Technologies", "huawei")] // Cherokee MI for H
    [InlineData("H\\u057Dawei Technologies", "huawei")] // Armenian seh for u
    [InlineData("Hua&#119;ei Technologies", "huawei")] // HTML character references
    [InlineData("&#x48;uawei", "huawei")]
    [InlineData("Huawei&nbsp;Technologies&amp;Co.", "huawei")]
    [InlineData("Hua%77ei Technologies", "huawei")] // percent-encoding
    public void A_disguised_supplier_name_is_still_flagged(string name, string entity)
    {
        AssertFlagged(Component($"\"supplier\":{{\"name\":\"{name}\"}}"), entity);
    }

    [Theory]
    [InlineData("\"supplier\":{\"name\":\"Technologies Co., Ltd.\",\"url\":[\"https://consumer.huawei.com/en/\"]}")]
    [InlineData("\"supplier\":{\"name\":\"Shenzhen Devices\",\"contact\":[{\"name\":\"Sales\",\"email\":\"sales@huawei.com\"}]}")]
    [InlineData("\"supplier\":{\"name\":\"Acme Distribution\"},\"manufacturer\":{\"name\":\"Huawei Technologies Co., Ltd.\"}")]
    [InlineData("\"publisher\":\"HW Tech\",\"purl\":\"pkg:maven/com.huawei.hms/push@6.1\"")]
    [InlineData("\"group\":\"com.huawei.hms\"")]
    [InlineData("\"cpe\":\"cpe:2.3:h:huawei:ar_router:-:*:*:*:*:*:*:*\"")]
    [InlineData("\"externalReferences\":[{\"type\":\"website\",\"url\":\"https://developer.huawei.com/consumer/\"}]")]
    [InlineData("\"authors\":[{\"name\":\"Build Team\",\"email\":\"build@huawei.com\"}]")]
    [InlineData("\"licenses\":[{\"license\":{\"name\":\"Proprietary\",\"licensing\":{\"licensor\":{\"organization\":{\"name\":\"Huawei Technologies Co., Ltd.\"}}}}}]")] // the licensor of a commercial licence
    [InlineData("\"licenses\":[{\"expression\":\"MIT\"},{\"license\":{\"id\":\"MIT\",\"licensing\":{\"licensor\":{\"individual\":{\"name\":\"Sales\",\"email\":\"sales@huawei.com\"}}}}}]")]
    [InlineData("\"purl\":\" pkg:maven/com.huawei.hms/push@6.1 \"")] // white space around the purl
    [InlineData("\"purl\":\"pkg:maven/com%2Ehuawei%2Ehms/push@6.1\"")] // percent-encoded namespace
    [InlineData("\"purl\":\"pkg:MAVEN/COM.HUAWEI.HMS/push@6.1?type=aar#sub/path\"")] // upper case, qualifiers, subpath
    [InlineData("\"supplier\":{\"name\":\"Acme\",\"contact\":[{\"email\":\"Build <sdk+ci@Huawei.COM>\"}]}")] // display name, plus-addressing
    [InlineData("\"supplier\":{\"name\":\"Acme\",\"url\":[\"https://user:pw@developer.huawei.com:8443/x\"]}")] // userinfo and port
    [InlineData("\"supplier\":{\"name\":\"Acme\",\"url\":[\"https://developer.huawei.com./x\"]}")] // trailing dot
    [InlineData("\"supplier\":{\"name\":\"Acme\",\"url\":[\"https://cdn.huawei.com\"]}")]
    [InlineData("\"supplier\":{\"name\":\"Acme\",\"url\":[\"https://developer.hua\\twei.com/x\"]}")] // a tab a browser drops
    [InlineData("\"supplier\":{\"name\":\"Acme\",\"url\":[\"https:\\\\\\\\developer.huawei.com\\\\x\"]}")] // backslashes a browser reads as slashes
    [InlineData("\"supplier\":{\"name\":\"Acme\",\"url\":[\"https://developer.hua%77ei.com/\"]}")] // percent-encoded host
    [InlineData("\"supplier\":{\"name\":\"Acme\",\"url\":[\"https://developer.huawei\\uFF0Ecom/\"]}")] // full-width full stop
    [InlineData("\"supplier\":{\"name\":\"Acme\",\"url\":[\"https://developer.huawei\\u3002com/\"]}")] // ideographic full stop
    [InlineData("\"supplier\":{\"name\":\"Acme\",\"url\":[\"https://developer.xn--huwei-5ve.com/\"]}")] // punycode of a homograph (Cyrillic a)
    [InlineData("\"supplier\":{\"name\":\"Acme\",\"url\":[\"https://developer.hu\\u0430wei.com/\"]}")] // the homograph itself
    public void A_vendor_named_only_in_fields_other_than_the_supplier_name_is_still_flagged(string members)
    {
        AssertFlagged(Component(members), "huawei");
    }

    [Theory]
    [InlineData("Organization: Hu\\u0430wei Technologies Co., Ltd. (info@huawei.com)")]
    [InlineData("Organization: Hua\\u200Bwei")]
    [InlineData("Organization: Acme (sales@huawei.com)")]
    [InlineData("NOASSERTION (sdk@huawei.com)")] // no name asserted, but the address is the vendor's
    [InlineData("Organization: NOASSERTION (sdk@huawei.com)")]
    [InlineData("Tool: Huawei Technologies Co., Ltd.")] // not a valid supplier, still a name
    public void A_disguised_spdx_supplier_is_still_flagged(string supplier)
    {
        AssertFlagged("{\"spdxVersion\":\"SPDX-2.3\",\"packages\":[{\"SPDXID\":\"SPDXRef-x\",\"name\":\"x\",\"supplier\":\"" + supplier + "\"}]}", "huawei");
    }

    [Theory]
    [InlineData("https://huawei.com.evil.example/")]
    [InlineData("https://nothuawei.com/")]
    [InlineData("https://huawei.com@evil.example/")]
    [InlineData("https://evil.example/huawei.com")]
    public void A_host_that_only_contains_a_vendor_domain_is_not_that_vendor(string url)
    {
        var result = ScreeningHelper.Screen(Component($"\"supplier\":{{\"name\":\"Acme\",\"url\":[\"{url}\"],\"contact\":[{{\"email\":\"a@{url.Substring(8).TrimEnd('/')}\"}}]}}"));

        Assert.DoesNotContain(result.Findings, f => f.EntityId == "huawei");
    }

    /// <summary>A character that is not shown changes nothing: the finding is the one for the name without it.</summary>
    [Theory]
    [InlineData("Hua\\u0000wei")] // control characters: NUL, BEL, ESC, DEL, a C1 control
    [InlineData("Hu\\u0007a\\u001Bw\\u007Fe\\u009Bi")]
    [InlineData("Hua\\uFFF9wei\\uFFFB")] // interlinear annotation marks
    [InlineData("H\\uFE0Fu\\uFE0Ea\\uDB40\\uDD00wei")] // variation selectors
    [InlineData("H\\uDB40\\uDC41u\\uDB40\\uDC41awei\\uDB40\\uDC7F")] // tag characters
    [InlineData("Hua\\u00ADwei")] // soft hyphen
    public void An_invisible_character_in_a_name_gives_the_finding_of_the_name_without_it(string name)
    {
        var plain = Assert.Single(ScreeningHelper.Screen(Component("\"supplier\":{\"name\":\"Huawei\"}")).Findings);

        var disguised = Assert.Single(ScreeningHelper.Screen(Component($"\"supplier\":{{\"name\":\"{name}\"}}")).Findings);

        Assert.Equal((plain.Id, plain.EntityId, plain.MatchKind, plain.Score), (disguised.Id, disguised.EntityId, disguised.MatchKind, disguised.Score));
    }

    [Fact]
    public void An_spdx_external_reference_that_is_a_web_address_is_read_whatever_its_type()
    {
        AssertFlagged("{\"spdxVersion\":\"SPDX-2.3\",\"packages\":[{\"SPDXID\":\"SPDXRef-x\",\"name\":\"x\",\"externalRefs\":[" +
            "{\"referenceCategory\":\"OTHER\",\"referenceType\":\"website\",\"referenceLocator\":\"https://developer.huawei.com/consumer/\"}]}]}", "huawei");
    }
}
