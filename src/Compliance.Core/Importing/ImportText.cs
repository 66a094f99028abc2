using System;
using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Compliance.Entities;
using Compliance.Matching;

namespace Compliance.Importing;

/// <summary>Cleaning the text of official list files: null markers, joined lists, footnotes, ids, domains.</summary>
public static class ImportText
{
    /// <summary>Ids longer than this are cut and made unique with a hash of the whole name.</summary>
    private const int MaxSlugLength = 60;

    private static readonly Regex Whitespace = new(@"\s+", RegexOptions.Compiled);

    // Footnote markers copied from Federal Register tables into licence text: "§§ 734.9(g),3 746.8(a)(3)".
    private static readonly Regex FootnoteAfterComma = new(@"(?<=\)),\d{1,2}(?=\s)", RegexOptions.Compiled);
    private static readonly Regex FootnoteAfterParenthesis = new(@"(?<=\))\d{1,2}(?=[\s,;]|$)", RegexOptions.Compiled);

    private static readonly Regex SuccessorClause = new(
        @"[;,]?\s*(and\s+)?any\s+successor,\s*sub-unit,?\s*or\s+subsidiary\s+thereof\.?\s*$",
        RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>
    /// Trims, collapses runs of whitespace, repairs Windows-1252 punctuation that reached the file as C1 control
    /// characters ("Gui\u0092an" is "Gui’an"), and turns OFAC's "-0-" null marker and empty text into null.
    /// </summary>
    public static string? Clean(string? text)
    {
        if (text is null) return null;
        string cleaned = Whitespace.Replace(RepairWindows1252(text), " ").Trim();
        return cleaned.Length == 0 || cleaned == "-0-" ? null : cleaned;
    }

    // What Windows-1252 puts at 0x80-0x9F; '\0' where it has nothing (the character is dropped).
    private const string Windows1252High = "€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ";

    private static string RepairWindows1252(string text)
    {
        int first = 0;
        while (first < text.Length && text[first] is < '\u0080' or > '\u009F') first++;
        if (first == text.Length) return text;
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (c is < '\u0080' or > '\u009F') builder.Append(c);
            else if (Windows1252High[c - 0x80] != '\0') builder.Append(Windows1252High[c - 0x80]);
        }
        return builder.ToString();
    }

    /// <summary>
    /// Splits a CSL list cell. Arrays are joined with "; " and not escaped, and the last item of an English
    /// enumeration often starts with "and " ("Hebei Semiconductor; and CETC Research Institute 13").
    /// </summary>
    public static List<string> SplitList(string? text)
    {
        var items = new List<string>();
        if (Clean(text) is not { } cleaned) return items;
        foreach (var part in cleaned.Split(new[] { "; " }, StringSplitOptions.RemoveEmptyEntries))
        {
            string item = part.Trim().TrimEnd(';').Trim();
            if (item.StartsWith("and ", StringComparison.OrdinalIgnoreCase)) item = item.Substring(4).Trim();
            if (item.Length > 0) items.Add(item);
        }
        return items;
    }

    public static string? RemoveFootnotes(string? text)
    {
        if (Clean(text) is not { } cleaned) return null;
        return FootnoteAfterParenthesis.Replace(FootnoteAfterComma.Replace(cleaned, ","), string.Empty);
    }

    /// <summary>
    /// Splits off the boilerplate "; and any successor, sub-unit, or subsidiary thereof" that some State
    /// Department names carry, so that the name itself can match; the clause is returned for the notes.
    /// </summary>
    public static string WithoutSuccessorClause(string name, out string? clause)
    {
        var match = SuccessorClause.Match(name);
        clause = null;
        if (!match.Success || match.Index == 0) return name;
        clause = match.Value.Trim().TrimStart(';', ',').Trim();
        return name.Substring(0, match.Index).Trim();
    }

    /// <summary>
    /// The entity type an official list gives ("Entity", "Individual", "Vessel", "Aircraft" in the Consolidated
    /// Screening List; "individual", "vessel", "aircraft" in OFAC's sdn.csv, whose "-0-" is an entity); null for a
    /// value it does not know.
    /// </summary>
    public static EntityType? EntityTypeOf(string text) => text.Trim().ToLowerInvariant() switch
    {
        "entity" => EntityType.Organization,
        "individual" => EntityType.Individual,
        "vessel" => EntityType.Vessel,
        "aircraft" => EntityType.Aircraft,
        _ => null,
    };

    /// <summary>
    /// A stable id part from a name: lower-case ASCII letters and digits joined by '-' (accents dropped). Names
    /// that are long or have letters outside the Latin alphabet (which the slug cannot keep) get a short hash of
    /// the whole name, so that different names never share an id.
    /// </summary>
    public static string Slug(string name)
    {
        var builder = new StringBuilder(name.Length);
        bool dash = false, lostLetters = false;
        foreach (char c in name.Normalize(NormalizationForm.FormKD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            char lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (dash && builder.Length > 0) builder.Append('-');
                builder.Append(lower);
                dash = false;
            }
            else
            {
                lostLetters |= char.IsLetterOrDigit(c);
                dash = true;
            }
        }
        string slug = builder.ToString();
        if (slug.Length > 0 && slug.Length <= MaxSlugLength && !lostLetters) return slug;
        string hash = ShortHash(Whitespace.Replace(name.Trim(), " ").ToLowerInvariant());
        if (slug.Length > MaxSlugLength) slug = slug.Substring(0, MaxSlugLength).TrimEnd('-');
        return slug.Length == 0 ? hash : slug + "-" + hash;
    }

    private static string ShortHash(string text)
    {
        using var sha = SHA256.Create();
        var digest = sha.ComputeHash(Encoding.UTF8.GetBytes(text));
        return Hex(digest, 4);
    }

    public static string Sha256(byte[] bytes)
    {
        using var sha = SHA256.Create();
        return Hex(sha.ComputeHash(bytes), 32);
    }

    private static string Hex(byte[] bytes, int count)
    {
        var builder = new StringBuilder(count * 2);
        for (int i = 0; i < count; i++) builder.Append(bytes[i].ToString("x2", CultureInfo.InvariantCulture));
        return builder.ToString();
    }

    /// <summary>
    /// The domain of an organisation's own web site. A page on someone else's site ("facebook.com/x",
    /// "sharif.edu/jalili", "x.wixsite.com/y") has a path and is left out: its domain is not the entity's.
    /// </summary>
    public static string? WebsiteDomain(string? url)
    {
        if (Clean(url) is not { } text) return null;
        text = text.TrimEnd('.', ',', ';');
        int scheme = text.IndexOf("://", StringComparison.Ordinal);
        string rest = scheme >= 0 ? text.Substring(scheme + 3) : text;
        int slash = rest.IndexOf('/');
        if (slash >= 0 && rest.Substring(slash).Trim('/').Length > 0) return null;
        if (rest.IndexOf(' ') >= 0) return null;
        return Domains.TryGetHost(text, out var host) && IsHostName(host) ? host : null;
    }

    public static string? EmailDomain(string? address)
    {
        if (Clean(address) is not { } text) return null;
        text = text.TrimEnd('.', ',', ';');
        int at = text.LastIndexOf('@');
        if (at <= 0 || at == text.Length - 1) return null;
        string host = text.Substring(at + 1).ToLowerInvariant();
        return IsHostName(host) ? host : null;
    }

    private static bool IsHostName(string host)
    {
        if (!host.Contains(".") || host.StartsWith(".", StringComparison.Ordinal) || host.EndsWith(".", StringComparison.Ordinal)) return false;
        foreach (char c in host)
        {
            if (!(c is >= 'a' and <= 'z' or >= '0' and <= '9' or '.' or '-')) return false;
        }
        return true;
    }

    /// <summary>Reads a file's text as UTF-8, or as Latin-1 when it is not valid UTF-8 (older government exports).</summary>
    public static string Decode(byte[] bytes, out bool wasUtf8)
    {
        try
        {
            wasUtf8 = true;
            return new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            wasUtf8 = false;
            return Encoding.GetEncoding(28591).GetString(bytes);
        }
    }
}
