using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Compliance.Matching;

/// <summary>
/// Turns a name into the form names are compared in: compatibility-normalised (NFKC), without diacritics,
/// lower case, punctuation as spaces, and trailing legal forms ("Co., Ltd.", "Inc.") removed.
/// </summary>
public static class NameNormalizer
{
    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "co", "company", "corp", "corporation", "inc", "incorporated", "ltd", "limited", "llc", "plc", "gmbh", "ag",
        "sa", "sas", "srl", "bv", "nv", "ab", "as", "oy", "kk", "pte", "pty", "jsc", "ojsc", "pjsc", "ao", "zao", "ooo", "pao",
    };

    public static string Normalize(string text)
    {
        var tokens = Tokens(text);
        int end = tokens.Count;
        while (end > 1 && LegalForms.Contains(tokens[end - 1])) end--;
        return string.Join(" ", tokens.GetRange(0, end));
    }

    public static List<string> Tokens(string text)
    {
        string composed = text.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(composed.Length);
        foreach (char c in composed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark || category == UnicodeCategory.Format) continue;
            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        var tokens = new List<string>();
        foreach (var token in builder.ToString().Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries)) tokens.Add(token);
        return tokens;
    }
}
