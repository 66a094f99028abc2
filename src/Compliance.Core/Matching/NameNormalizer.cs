namespace Compliance.Matching;

/// <summary>
/// The form names are compared in (docs/matching.md): "HUAWEI TECHNOLOGIES CO.,LTD.", "Ηuawei Technologies" with a
/// Greek Eta and "华为技术有限公司" all give "huawei technology".
/// </summary>
public static class NameNormalizer
{
    public static string Normalize(string text) => NameAnalyzer.Analyze(text).Key;
}
