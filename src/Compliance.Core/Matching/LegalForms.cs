using System;
using System.Collections.Generic;

namespace Compliance.Matching;

/// <summary>
/// Company legal forms in many languages, as words after transliteration and lower-casing ("Co., Ltd." is
/// "co ltd", "S.A." is "sa", "ООО" is "ooo", "有限公司" arrives as "ltd" from <see cref="NativeTerms"/>). A name is
/// compared without them: "Huawei Technologies Co., Ltd." and "HUAWEI TECHNOLOGIES CO.,LTD" are the same name.
/// </summary>
internal static class LegalForms
{
    /// <summary>Legal forms removed where they open or close a name.</summary>
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "co", "company", "corp", "corporation", "inc", "incorporated", "ltd", "limited", "llc", "llp", "lp", "plc", "pllc",
        "gmbh", "ag", "kg", "kgaa", "ug", "se", "aktiengesellschaft", "sa", "sas", "sasu", "sarl", "eurl", "sca", "snc",
        "spa", "srl", "sapa", "sl", "slu", "lda", "ltda", "bv", "nv", "bvba", "vof", "ab", "as", "asa", "aps", "oy", "oyj",
        "kk", "pte", "pty", "pvt", "jsc", "ojsc", "cjsc", "pjsc", "ao", "zao", "oao", "pao", "ooo", "too", "tov", "pt", "tbk",
        "bhd", "sdn", "doo", "sro", "zrt", "kft", "nyrt", "ead", "ood", "eood", "ehf", "hf", "cv", "sab", "sapi",
        "goskorporatsiya",
    };

    /// <summary>Legal forms removed wherever they stand, because they are never part of a brand.</summary>
    private static readonly HashSet<string> Unambiguous = new(StringComparer.Ordinal)
    {
        "ltd", "llc", "llp", "inc", "corp", "gmbh", "plc", "pte", "pty", "jsc", "ojsc", "cjsc", "pjsc", "zao", "oao", "ooo",
        "sarl", "ltda", "oyj", "bhd", "aktiengesellschaft",
    };

    /// <summary>Legal forms of several words that are not all legal forms on their own.</summary>
    private static readonly string[][] Phrases = Split(
        "limited liability company", "limited liability partnership", "joint stock company", "open joint stock company",
        "closed joint stock company", "public joint stock company", "public limited company", "private limited",
        "sp z oo", "sa de cv", "s de rl", "sa de rl", "kabushiki kaisha", "kabushikigaisha", "yugen kaisha", "godo kaisha",
        "gesellschaft mit beschrankter haftung", "societatea cu raspundere limitata", "societe anonyme", "sociedad anonima",
        "sociedade anonima", "societa per azioni", "societa a responsabilita limitata", "naamloze vennootschap",
        "besloten vennootschap", "aktiebolag", "osakeyhtio", "aksjeselskap", "aktieselskab", "sendirian berhad",
        "perseroan terbatas", "ltd sti", "anonim sirketi", "state corporation", "gosudarstvennaya korporatsiya");

    private static string[][] Split(params string[] phrases)
    {
        var result = Array.ConvertAll(phrases, p => p.Split(' '));
        Array.Sort(result, (a, b) => b.Length.CompareTo(a.Length));
        return result;
    }

    public static bool IsLegalWord(string word) => Words.Contains(word);

    public static bool IsUnambiguous(string word) => Unambiguous.Contains(word);

    /// <summary>How many words at the end of <c>words[start..end)</c> form a legal form (0 if none).</summary>
    public static int AtEnd(IReadOnlyList<string> words, int start, int end)
    {
        foreach (var phrase in Phrases)
        {
            if (end - start > phrase.Length && Matches(words, end - phrase.Length, phrase)) return phrase.Length;
        }
        return end - start > 1 && Words.Contains(words[end - 1]) ? 1 : 0;
    }

    /// <summary>How many words at the start of <c>words[start..end)</c> form a legal form (0 if none).</summary>
    public static int AtStart(IReadOnlyList<string> words, int start, int end)
    {
        foreach (var phrase in Phrases)
        {
            if (end - start > phrase.Length && Matches(words, start, phrase)) return phrase.Length;
        }
        return end - start > 1 && Words.Contains(words[start]) ? 1 : 0;
    }

    private static bool Matches(IReadOnlyList<string> words, int at, string[] phrase)
    {
        for (int i = 0; i < phrase.Length; i++)
        {
            if (!string.Equals(words[at + i], phrase[i], StringComparison.Ordinal)) return false;
        }
        return true;
    }
}
