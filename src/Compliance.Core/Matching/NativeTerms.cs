using System;
using System.Collections.Generic;
using System.Text;

namespace Compliance.Matching;

/// <summary>
/// Legal forms and common words written in Chinese, Japanese, Korean and Cyrillic, replaced by their English
/// words before transliteration: "华为技术有限公司" becomes "华为 technology ltd", which then compares equal to
/// "Huawei Technologies Co., Ltd.". Done in the original script because a transliteration ("YouXianGongSi") no
/// longer shows where one word ends.
/// </summary>
internal static class NativeTerms
{
    private static readonly (string Term, string English)[] Table =
    {
        // Legal forms
        ("股份有限公司", "ltd"), ("有限责任公司", "ltd"), ("有限責任公司", "ltd"), ("有限公司", "ltd"), ("股份公司", "ltd"),
        ("公司", "company"), ("株式会社", "kk"), ("有限会社", "ltd"), ("合同会社", "llc"), ("(株)", "kk"), ("㈱", "kk"),
        ("주식회사", "ltd"), ("(주)", "ltd"), ("㈜", "ltd"), ("유한회사", "ltd"), ("유한책임회사", "llc"),
        ("общество с ограниченной ответственностью", "ooo"), ("публичное акционерное общество", "pao"),
        ("открытое акционерное общество", "oao"), ("закрытое акционерное общество", "zao"), ("акционерное общество", "ao"),
        ("товарищество с ограниченной ответственностью", "too"), ("товариство з обмеженою відповідальністю", "tov"),
        // Common words (generic: they never match on their own)
        ("集团", "group"), ("集團", "group"), ("控股", "holding"), ("科技", "technology"), ("技术", "technology"),
        ("技術", "technology"), ("数字", "digital"), ("數字", "digital"), ("国际", "international"), ("國際", "international"),
        ("中国", "china"), ("中國", "china"), ("通信", "communication"), ("通讯", "communication"), ("通訊", "communication"),
        ("电子", "electronic"), ("電子", "electronic"), ("信息", "information"), ("资讯", "information"), ("資訊", "information"),
        ("网络", "network"), ("網絡", "network"), ("软件", "software"), ("軟件", "software"), ("系统", "system"),
        ("系統", "system"), ("电信", "telecom"), ("電信", "telecom"), ("移动", "mobile"), ("移動", "mobile"),
        ("北京", "beijing"), ("上海", "shanghai"), ("深圳", "shenzhen"), ("杭州", "hangzhou"), ("浙江", "zhejiang"),
        ("广东", "guangdong"), ("廣東", "guangdong"), ("香港", "hong kong"),
    };

    private static readonly Dictionary<char, (string Term, string English)[]> ByFirstChar = Index();

    private static Dictionary<char, (string Term, string English)[]> Index()
    {
        var index = new Dictionary<char, List<(string, string)>>();
        foreach (var (term, english) in Table)
        {
            if (!index.TryGetValue(term[0], out var list)) index[term[0]] = list = new List<(string, string)>();
            list.Add((term, english));
        }
        var result = new Dictionary<char, (string, string)[]>();
        foreach (var pair in index)
        {
            pair.Value.Sort((a, b) => b.Item1.Length.CompareTo(a.Item1.Length));
            result[pair.Key] = pair.Value.ToArray();
        }
        return result;
    }

    public static string Replace(string text)
    {
        if (Scripts.IsAscii(text)) return text;
        string folded = FoldCyrillicCase(text);
        StringBuilder? result = null;
        int copied = 0;
        for (int i = 0; i < folded.Length; i++)
        {
            if (!ByFirstChar.TryGetValue(folded[i], out var candidates)) continue;
            foreach (var (term, english) in candidates)
            {
                if (string.CompareOrdinal(folded, i, term, 0, term.Length) != 0) continue;
                result ??= new StringBuilder(text.Length + 16);
                result.Append(text, copied, i - copied).Append(' ').Append(english).Append(' ');
                i += term.Length - 1;
                copied = i + 1;
                break;
            }
        }
        if (result is null) return text;
        return result.Append(text, copied, text.Length - copied).ToString();
    }


    /// <summary>Cyrillic capitals to small letters, one for one, so that positions stay the same.</summary>
    private static string FoldCyrillicCase(string text)
    {
        var chars = text.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            char c = chars[i];
            if (c is >= '\u0410' and <= '\u042F') chars[i] = (char)(c + 0x20);
            else if (c is >= '\u0400' and <= '\u040F') chars[i] = (char)(c + 0x50);
        }
        return new string(chars);
    }
}
