using System;
using System.Collections.Generic;

namespace Compliance.Exemptions;

/// <summary>
/// Orders package versions the way Maven and semantic versioning agree on: numeric parts numerically
/// (<c>6.10 &gt; 6.9</c>), missing trailing zeros equal (<c>6.0 = 6.0.0</c>), and a pre-release qualifier before its
/// release (<c>7.0-rc1 &lt; 7.0</c>, <c>1.0-SNAPSHOT &lt; 1.0</c>). Build metadata after <c>+</c> and a leading
/// <c>v</c> (<c>v3.1.0</c>) are ignored.
/// </summary>
public sealed class VersionComparer : IComparer<string>
{
    public static VersionComparer Instance { get; } = new();

    /// <summary>Qualifiers in release order; "" is the release itself. Unknown words sort after all of these.</summary>
    private static readonly string[] QualifierOrder = { "alpha", "beta", "milestone", "rc", "snapshot", "", "sp" };

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        var left = Tokenize(x);
        var right = Tokenize(y);
        int count = Math.Max(left.Count, right.Count);
        for (int i = 0; i < count; i++)
        {
            // A missing part compares as the release: 0 for a number, "" for a qualifier.
            var a = i < left.Count ? left[i] : Padding(right[i]);
            var b = i < right.Count ? right[i] : Padding(left[i]);
            int c = CompareTokens(a, b);
            if (c != 0) return c;
        }
        return 0;
    }

    private static Token Padding(Token other) => other.IsNumber ? new Token(true, "0") : new Token(false, string.Empty);

    private static int CompareTokens(Token a, Token b)
    {
        if (a.IsNumber && b.IsNumber)
        {
            string x = a.Text.TrimStart('0'), y = b.Text.TrimStart('0');
            return x.Length != y.Length ? x.Length.CompareTo(y.Length) : string.CompareOrdinal(x, y);
        }
        // A number where the other has a qualifier is a later release (6.0.1 > 6.0-rc1).
        if (a.IsNumber) return 1;
        if (b.IsNumber) return -1;
        int ra = Rank(a.Text), rb = Rank(b.Text);
        if (ra != rb) return ra.CompareTo(rb);
        return ra == QualifierOrder.Length ? string.CompareOrdinal(a.Text, b.Text) : 0;
    }

    private static bool IsZero(string digits) => digits.TrimStart('0').Length == 0;

    private static bool IsRelease(Token token) => token.IsNumber ? IsZero(token.Text) : Rank(token.Text) == ReleaseRank;

    private static readonly int ReleaseRank = Array.IndexOf(QualifierOrder, string.Empty);

    private static int Rank(string qualifier)
    {
        string q = qualifier switch
        {
            "a" => "alpha",
            "b" => "beta",
            "m" => "milestone",
            "cr" or "pre" or "preview" => "rc",
            "ga" or "final" or "release" => "",
            _ => qualifier,
        };
        int index = Array.IndexOf(QualifierOrder, q);
        return index >= 0 ? index : QualifierOrder.Length;
    }

    private readonly record struct Token(bool IsNumber, string Text);

    /// <summary>Runs of digits and runs of letters; any other character separates.</summary>
    private static List<Token> Tokenize(string version)
    {
        int plus = version.IndexOf('+');
        if (plus > 0) version = version.Substring(0, plus);
        // Go and many tags write v1.2.3 for 1.2.3.
        if (version.Length > 1 && version[0] is 'v' or 'V' && char.IsDigit(version[1])) version = version.Substring(1);
        var tokens = new List<Token>();
        int i = 0;
        while (i < version.Length)
        {
            char c = version[i];
            if (!char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }
            bool digit = char.IsDigit(c);
            int start = i;
            while (i < version.Length && char.IsLetterOrDigit(version[i]) && char.IsDigit(version[i]) == digit) i++;
            string text = version.Substring(start, i - start);
            tokens.Add(new Token(digit, digit ? text : text.ToLowerInvariant()));
        }
        // Trailing zeros and release words do not make a version later: 6.0.0 = 6.0 = 6.0.GA.
        while (tokens.Count > 0 && IsRelease(tokens[tokens.Count - 1])) tokens.RemoveAt(tokens.Count - 1);
        return tokens;
    }
}
