using System;
using System.Collections.Generic;

namespace Compliance.Exemptions;

/// <summary>
/// A package URL pattern: <c>pkg:type/namespace/name</c> where a <c>*</c> matches any run of characters inside one
/// path segment and a <c>**</c> segment matches any number of segments, optionally followed by <c>@</c> and a
/// <see cref="VersionRange"/>. Segments are percent-decoded and compared without regard to case; a component's
/// qualifiers and subpath are ignored. Examples: <c>pkg:maven/com.huawei.hms/*</c>,
/// <c>pkg:maven/com.huawei.hms/push@[6.0,7.0)</c>, <c>pkg:npm/@huaweicloud/**</c>.
/// </summary>
public sealed class PurlPattern
{
    private readonly string _type;
    private readonly string[] _segments;

    private PurlPattern(string text, string type, string[] segments, VersionRange? versions)
    {
        Text = text;
        _type = type;
        _segments = segments;
        Versions = versions;
    }

    public string Text { get; }

    /// <summary>The versions allowed; null means any version.</summary>
    public VersionRange? Versions { get; }

    public static bool TryParse(string text, out PurlPattern pattern, out string? error)
    {
        pattern = null!;
        text = text.Trim();
        if (!text.StartsWith("pkg:", StringComparison.OrdinalIgnoreCase))
        {
            error = $"'{text}' is not a purl pattern: it must start with 'pkg:', as in pkg:maven/com.huawei.hms/*";
            return false;
        }
        if (text.IndexOfAny(new[] { '?', '#' }) >= 0)
        {
            error = $"'{text}' is not a purl pattern: qualifiers ('?') and subpaths ('#') cannot be used in a pattern";
            return false;
        }
        int at = VersionSeparator(text);
        string path = (at >= 0 ? text.Substring(4, at - 4) : text.Substring(4)).Trim('/');
        string[] parts = path.Split('/');
        if (parts.Length < 2 || Array.Exists(parts, p => p.Length == 0))
        {
            error = $"'{text}' is not a purl pattern: expected pkg:type/namespace/name, with '*' for any name";
            return false;
        }
        VersionRange? versions = null;
        if (at >= 0 && !VersionRange.TryParse(text.Substring(at + 1), out versions, out error)) return false;
        var segments = new string[parts.Length - 1];
        for (int i = 1; i < parts.Length; i++) segments[i - 1] = Uri.UnescapeDataString(parts[i]);
        error = null;
        pattern = new PurlPattern(text, parts[0].ToLowerInvariant(), segments, versions);
        return true;
    }

    /// <summary>
    /// The <c>@</c> that starts the version: the first one that does not open a path segment (an npm scope such as
    /// <c>@huaweicloud</c> does). Returns -1 when there is none.
    /// </summary>
    private static int VersionSeparator(string purl)
    {
        for (int i = 4; i < purl.Length; i++)
        {
            if (purl[i] == '@' && purl[i - 1] != '/' && purl[i - 1] != ':') return i;
        }
        return -1;
    }

    /// <param name="purl">The component's purl.</param>
    /// <param name="fallbackVersion">The component's version, used when its purl carries none.</param>
    public bool Matches(string purl, string? fallbackVersion) =>
        MatchesPackage(purl, out string? version) && (Versions is null || (version ?? fallbackVersion) is { Length: > 0 } v && Versions.Contains(v));

    /// <summary>True when the purl names a package the pattern covers, whatever its version; gives the purl's version.</summary>
    public bool MatchesPackage(string purl, out string? version)
    {
        if (!TrySplit(purl, out string type, out var segments, out version)) return false;
        return string.Equals(type, _type, StringComparison.OrdinalIgnoreCase) && SegmentsMatch(0, segments, 0);
    }

    private bool SegmentsMatch(int p, List<string> segments, int s)
    {
        if (p == _segments.Length) return s == segments.Count;
        if (_segments[p] == "**")
        {
            for (int skip = s; skip <= segments.Count; skip++)
            {
                if (SegmentsMatch(p + 1, segments, skip)) return true;
            }
            return false;
        }
        return s < segments.Count && Glob.IsMatch(_segments[p], segments[s]) && SegmentsMatch(p + 1, segments, s + 1);
    }

    /// <summary>Splits a component's purl into type, decoded path segments and decoded version.</summary>
    private static bool TrySplit(string purl, out string type, out List<string> segments, out string? version)
    {
        type = string.Empty;
        segments = new List<string>();
        version = null;
        purl = purl.Trim();
        if (!purl.StartsWith("pkg:", StringComparison.OrdinalIgnoreCase)) return false;
        string rest = purl.Substring(4).TrimStart('/');
        int cut = rest.IndexOfAny(new[] { '?', '#' });
        if (cut >= 0) rest = rest.Substring(0, cut);
        int at = VersionSeparator("pkg:" + rest);
        if (at >= 0)
        {
            version = Uri.UnescapeDataString(rest.Substring(at - 4 + 1));
            rest = rest.Substring(0, at - 4);
        }
        string[] parts = rest.Trim('/').Split('/');
        if (parts.Length < 2) return false;
        type = parts[0];
        for (int i = 1; i < parts.Length; i++)
        {
            if (parts[i].Length > 0) segments.Add(Uri.UnescapeDataString(parts[i]));
        }
        return segments.Count > 0;
    }

    public override string ToString() => Text;
}
