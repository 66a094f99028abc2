using System;

namespace Compliance.Matching;

/// <summary>
/// A name as the matcher compares it: its core words (normalised, without legal forms and small words) and the
/// pieces the words are made of. A piece is glued to the one before it when only a joiner stood between them
/// ("Hua-wei", "Z.T.E.", "i F L Y T E K") or both are syllables of a script written without spaces ("华为" is
/// "hua"+"wei"); glued pieces form one word ("huawei").
/// </summary>
internal sealed class NameAnalysis
{
    public static readonly NameAnalysis Empty = new(Array.Empty<string>(), Array.Empty<string>(), Array.Empty<bool>(), Array.Empty<bool>(), false, false);

    public NameAnalysis(string[] words, string[] pieces, bool[] gluedToPrevious, bool[] syllables, bool hadLegalForm, bool hasOrganizationWord)
    {
        Words = words;
        Pieces = pieces;
        GluedToPrevious = gluedToPrevious;
        Syllables = syllables;
        HadLegalForm = hadLegalForm;
        HasOrganizationWord = hasOrganizationWord;
        Key = string.Join(" ", words);
        Compact = string.Concat(words);
        foreach (var word in words)
        {
            if (!GenericWords.IsGeneric(word)) HasDistinctiveWord = true;
        }
    }

    public string[] Words { get; }
    public string[] Pieces { get; }
    public bool[] GluedToPrevious { get; }

    /// <summary>Per piece: a syllable of a script written without spaces (one Han character, kana or Hangul syllable).</summary>
    public bool[] Syllables { get; }

    /// <summary>The words joined by spaces: the form names are indexed and looked up by.</summary>
    public string Key { get; }

    /// <summary>The words with no space between them, for names that differ only in spacing ("Sense Time", "SenseTime").</summary>
    public string Compact { get; }

    public bool HadLegalForm { get; }
    public bool HasOrganizationWord { get; }

    /// <summary>True when at least one word is not generic: only such names may match in part, nearly or by inference.</summary>
    public bool HasDistinctiveWord { get; }

    /// <summary>A legal form or an organisation word says this is an organisation, whatever field it came from.</summary>
    public bool LooksLikeOrganization => HadLegalForm || HasOrganizationWord;

    public bool IsEmpty => Words.Length == 0;

    /// <summary>
    /// Whether the name may be found inside a longer one: it has a distinctive word, or it is a phrase of three or
    /// more generic words ("Semiconductor Manufacturing International"), specific as a whole. "Pacific Networks" or
    /// "China Telecom" inside a longer name is only generic words; a name of one ordinary word ("Day Company",
    /// "Spring") inside a longer name is that word used as a word.
    /// </summary>
    public bool CanBeContained => Words.Length == 1 ? !GenericWords.IsOrdinary(Words[0]) : HasDistinctiveWord || Words.Length >= 3;

    /// <summary>Whether a near spelling of the whole name may match: it has a distinctive word, or two or more generic words.</summary>
    public bool CanBeNearSpelled => HasDistinctiveWord || Words.Length >= 2;

    /// <summary>True for a name that is a single generic word ("Technology", "China"): it never matches on its own.</summary>
    public bool IsSingleGenericWord => Words.Length == 1 && !HasDistinctiveWord;
}
