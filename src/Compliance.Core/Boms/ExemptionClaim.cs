using System;
using Compliance.Diagnostics;

namespace Compliance.Boms;

/// <summary>
/// Something in a BOM that claims to exempt or suppress a finding: a property, field or annotation named or worded
/// like an exemption, suppression or waiver. Exemptions come only from the compliance team's list files, so the
/// screener ignores the claim and reports it (SCC004).
/// </summary>
/// <param name="Field">Where the claim is, for example <c>properties.name</c> or <c>annotations.text</c>.</param>
/// <param name="Text">The claim as written (a property's name and value, a field's name, an annotation's text).</param>
/// <param name="Component">The component that carries it; null for the BOM as a whole.</param>
public sealed record ExemptionClaim(string Field, string Text, SourceSpan Location, Component? Component)
{
    private static readonly string[] Words = { "exempt", "suppress", "waive", "licenseexception", "licenceexception" };
    private static readonly byte[][] WordBytes = Array.ConvertAll(Words, w => System.Text.Encoding.ASCII.GetBytes(w));

    /// <summary>True for names such as <c>compliance:exemption</c>, <c>suppressed</c>, <c>export-waiver</c>.</summary>
    public static bool LooksLikeExemption(string text)
    {
        var letters = new char[text.Length];
        int count = 0;
        foreach (char c in text)
        {
            if (char.IsLetter(c)) letters[count++] = char.ToLowerInvariant(c);
        }
        string squeezed = new(letters, 0, count);
        return Array.Exists(Words, w => squeezed.IndexOf(w, StringComparison.Ordinal) >= 0);
    }

    /// <summary>As <see cref="LooksLikeExemption(string)"/>, on unescaped UTF-8 (a JSON property name) without allocating.</summary>
    public static bool LooksLikeExemption(ReadOnlySpan<byte> utf8)
    {
        Span<byte> letters = utf8.Length <= 256 ? stackalloc byte[utf8.Length] : new byte[utf8.Length];
        int count = 0;
        foreach (byte b in utf8)
        {
            if (b is >= (byte)'a' and <= (byte)'z') letters[count++] = b;
            else if (b is >= (byte)'A' and <= (byte)'Z') letters[count++] = (byte)(b | 0x20);
        }
        var squeezed = letters.Slice(0, count);
        foreach (var word in WordBytes)
        {
            if (squeezed.IndexOf(word) >= 0) return true;
        }
        return false;
    }
}
