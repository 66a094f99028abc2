using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Compliance.Matching;

/// <summary>
/// Host names out of URLs (<c>https://</c>, <c>git+https://</c>, <c>git@host:owner/repo</c>, or a bare
/// <c>host/path</c>), and their parent domains. A small parser rather than <see cref="Uri"/>: BOMs carry tens of
/// thousands of URLs, and only the host and the first path segment matter.
/// </summary>
public static class Domains
{
    public static bool TryGetHost(string url, out string host) => TryParse(url, out host, out _);

    /// <summary>The lower-case host without "www." and the first segment of the path ("" if none).</summary>
    public static bool TryParse(string url, out string host, out string firstSegment)
    {
        host = firstSegment = string.Empty;
        string text = url.Trim();
        // As a browser reads a URL: tabs and line breaks inside it are dropped, a backslash is a slash.
        if (text.IndexOfAny(BrowserNoise) >= 0) text = text.Replace("\t", "").Replace("\n", "").Replace("\r", "").Replace('\\', '/');
        if (text.StartsWith("git+", StringComparison.OrdinalIgnoreCase)) text = text.Substring(4);
        int start = 0;
        int scheme = text.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0) start = scheme + 3;
        else if (text.StartsWith("//", StringComparison.Ordinal)) start = 2;
        else if (text.StartsWith("git@", StringComparison.OrdinalIgnoreCase))
        {
            // scp-like "git@github.com:owner/repo.git"
            int colon = text.IndexOf(':');
            if (colon < 0) return false;
            text = text.Substring(4, colon - 4) + "/" + text.Substring(colon + 1);
        }
        int end = text.IndexOfAny(HostEnd, start);
        if (end < 0) end = text.Length;
        if (end <= start) return false;
        int at = text.LastIndexOf('@', end - 1, end - start);
        if (at >= start) start = at + 1;
        int hostEnd = end;
        int port = text.IndexOf(':', start, end - start);
        if (port >= 0) hostEnd = port;
        string candidate = HostForm(text.Substring(start, hostEnd - start)).TrimEnd('.').ToLowerInvariant();
        if (candidate.StartsWith("www.", StringComparison.Ordinal)) candidate = candidate.Substring(4);
        if (candidate.IndexOf('.') <= 0 || !IsHostName(candidate)) return false;
        host = candidate;
        if (end < text.Length && text[end] == '/')
        {
            int segmentEnd = text.IndexOfAny(SegmentEnd, end + 1);
            firstSegment = text.Substring(end + 1, (segmentEnd < 0 ? text.Length : segmentEnd) - end - 1);
        }
        return true;
    }

    private static readonly char[] BrowserNoise = { '\t', '\n', '\r', '\\' };
    private static readonly IdnMapping Idn = new();

    /// <summary>
    /// The host a browser would resolve: percent-escapes decoded, punycode labels ("xn--...") decoded, full-width
    /// forms and ideographic full stops made ASCII, and look-alike letters of other scripts read as the Latin
    /// letters they imitate, so that "hua%77ei.com", "huawei\uFF0Ecom" and a homograph of huawei.com name that host.
    /// </summary>
    private static string HostForm(string host)
    {
        if (host.IndexOf('%') >= 0) host = Uri.UnescapeDataString(host);
        if (host.IndexOf("xn--", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            try
            {
                host = Idn.GetUnicode(host);
            }
            catch (ArgumentException)
            {
                // Not valid punycode: kept as written, and no listed host looks like it.
            }
        }
        if (Scripts.IsAscii(host)) return host;
        var ascii = new StringBuilder(host.Length);
        foreach (char c in host.Normalize(NormalizationForm.FormKC))
        {
            if (c is '\u3002' or '\uFF61') ascii.Append('.');
            else if (Scripts.TryGetLatinLookAlike(c, out char latin)) ascii.Append(latin);
            else ascii.Append(c);
        }
        return ascii.ToString();
    }


    private static readonly char[] HostEnd = { '/', '?', '#' };
    private static readonly char[] SegmentEnd = { '/', '?', '#' };

    private static bool IsHostName(string host)
    {
        foreach (char c in host)
        {
            if (!(c is >= 'a' and <= 'z' or >= '0' and <= '9' or '.' or '-' or '_')) return false;
        }
        return true;
    }

    /// <summary>
    /// The host and its parent domains of two labels or more ("a.example.com", "example.com"), leaving out those
    /// longer than <paramref name="maxLength"/> (no listed domain is longer): cutting a hostile host of a million
    /// labels one label at a time would cost the square of its length.
    /// </summary>
    public static IEnumerable<string> SelfAndParents(string host, int maxLength)
    {
        if (host.Length <= maxLength) yield return host;
        for (int dot = host.IndexOf('.'); dot >= 0; dot = host.IndexOf('.', dot + 1))
        {
            if (host.Length - dot - 1 > maxLength) continue;
            string parent = host.Substring(dot + 1);
            if (parent.IndexOf('.') < 0) yield break;
            yield return parent;
        }
    }
}
