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
        if (text is null || !text.StartsWith("pkg:", StringComparison.OrdinalIgnoreCase)) return false;
        string rest = text.Substring(4).TrimStart('/');
        int cut = rest.IndexOfAny(QualifierStarts);
        if (cut >= 0) rest = rest.Substring(0, cut);
        int slash = rest.IndexOf('/');
        if (slash <= 0) return false;
        string type = rest.Substring(0, slash).ToLowerInvariant();
        string path = rest.Substring(slash + 1).Trim('/');
        int at = path.LastIndexOf('@');
        if (at > 0 && at > path.LastIndexOf('/')) path = path.Substring(0, at);
        int lastSlash = path.LastIndexOf('/');
        string ns = lastSlash >= 0 ? path.Substring(0, lastSlash) : string.Empty;
        string name = lastSlash >= 0 ? path.Substring(lastSlash + 1) : path;
        if (name.Length == 0) return false;
        purl = new Purl(type, Uri.UnescapeDataString(ns), Uri.UnescapeDataString(name));
        return true;
    }
}
