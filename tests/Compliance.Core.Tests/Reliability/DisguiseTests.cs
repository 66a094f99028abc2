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
    public void A_vendor_named_only_in_fields_other_than_the_supplier_name_is_still_flagged(string members)
    {
        AssertFlagged(Component(members), "huawei");
    }

    [Theory]
    [InlineData("Organization: Hu\\u0430wei Technologies Co., Ltd. (info@huawei.com)")]
    [InlineData("Organization: Hua\\u200Bwei")]
    [InlineData("Organization: Acme (sales@huawei.com)")]
    public void A_disguised_spdx_supplier_is_still_flagged(string supplier)
    {
        AssertFlagged("{\"spdxVersion\":\"SPDX-2.3\",\"packages\":[{\"SPDXID\":\"SPDXRef-x\",\"name\":\"x\",\"supplier\":\"" + supplier + "\"}]}", "huawei");
    }
}
