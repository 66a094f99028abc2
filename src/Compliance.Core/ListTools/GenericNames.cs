using Compliance.Matching;

namespace Compliance.ListTools;

/// <summary>
/// Names too generic to stand for one vendor, judged as the matcher reads them (<see cref="NameAnalyzer"/>): only a
/// legal form ("Ltd", "Co., Ltd."), a single generic word or place once legal forms and small words are removed
/// ("Technology", "China", "Digital Co., Ltd."), or fewer than three letters. The matcher never matches a generic word
/// on its own, so such an alias gives no protection, and a short one matches by accident. Several words together
/// ("China Mobile", "Central Bank of Iran") are a name, however common each word is.
/// </summary>
public static class GenericNames
{
    /// <summary>Names with fewer letters and digits than this (as normalised) are too short to be a vendor.</summary>
    public const int MinimumLength = 3;

    public static bool IsGeneric(string name)
    {
        var analysis = NameAnalyzer.Analyze(name);
        return analysis.IsEmpty
            || analysis.IsSingleGenericWord
            || (analysis.Words.Length == 1 && LegalForms.IsLegalWord(analysis.Words[0]))
            || analysis.Compact.Length < MinimumLength;
    }
}
