using System;

namespace Compliance.Boms;

/// <summary>The parts of a package URL (<c>pkg:type/namespace/name@version</c>) that identify a vendor.</summary>
public readonly record struct Purl(string Type, string Namespace, string Name)
{
    private static readonly char[] QualifierStarts = { '?', '#' };

    /// <summary>Parses a purl; the namespace is percent-decoded (<c>%40scope</c> becomes <c>@scope</c>) and may be empty.</summary>
    public static bool TryParse(string? text, out Purl purl)
    {
        purl = default;
        if (text is null) return false;
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[text.Length - 1]))) text = text.Trim();
        if (!text.StartsWith("pkg:", StringComparison.OrdinalIgnoreCase)) return false;
        // Positions in the text rather than substrings: a BOM has a purl per component.
        int start = 4;
        while (start < text.Length && text[start] == '/') start++;
        int end = text.IndexOfAny(QualifierStarts, start);
        if (end < 0) end = text.Length;
        int slash = text.IndexOf('/', start, end - start);
        if (slash <= start) return false;
        int pathStart = slash + 1, pathEnd = end;
        while (pathStart < pathEnd && text[pathStart] == '/') pathStart++;
        while (pathEnd > pathStart && text[pathEnd - 1] == '/') pathEnd--;
        int at = pathEnd > pathStart ? text.LastIndexOf('@', pathEnd - 1, pathEnd - pathStart) : -1;
        if (at > pathStart && at > LastSlash(text, pathStart, pathEnd)) pathEnd = at;
        int lastSlash = LastSlash(text, pathStart, pathEnd);
        int nameStart = lastSlash >= 0 ? lastSlash + 1 : pathStart;
        if (nameStart >= pathEnd) return false;
        string ns = lastSlash >= 0 ? text.Substring(pathStart, lastSlash - pathStart) : string.Empty;
        string type = text.Substring(start, slash - start).ToLowerInvariant();
        purl = new Purl(type, Uri.UnescapeDataString(ns), Uri.UnescapeDataString(text.Substring(nameStart, pathEnd - nameStart)));
        return true;
    }

    private static int LastSlash(string text, int start, int end) => end > start ? text.LastIndexOf('/', end - 1, end - start) : -1;
}
