using System;
using Compliance.Boms;

namespace Compliance.Matching;

/// <summary>
/// A purl prefix from an entity list (<c>pkg:maven/com.huawei</c>, <c>pkg:npm/@huaweicloud</c>) and whether a
/// component's purl falls under it: same type, and a namespace equal to the prefix or below it
/// (<c>com.huawei.hms</c> is under <c>com.huawei</c>; <c>com.huaweix</c> is not).
/// </summary>
public static class PurlPrefix
{
    public static bool TryParse(string text, out string type, out string ns)
    {
        type = ns = string.Empty;
        if (!text.StartsWith("pkg:", StringComparison.OrdinalIgnoreCase)) return false;
        string rest = text.Substring(4).Trim('/');
        int slash = rest.IndexOf('/');
        if (slash <= 0) return false;
        type = rest.Substring(0, slash).ToLowerInvariant();
        ns = Uri.UnescapeDataString(rest.Substring(slash + 1)).Trim('/');
        return ns.Length > 0;
    }

    public static bool Covers(string type, string ns, Purl purl)
    {
        if (!string.Equals(type, purl.Type, StringComparison.OrdinalIgnoreCase)) return false;
        string full = purl.Namespace.Length > 0 ? purl.Namespace + "/" + purl.Name : purl.Name;
        foreach (var candidate in new[] { purl.Namespace, full })
        {
            if (candidate.Length == 0) continue;
            if (candidate.Equals(ns, StringComparison.OrdinalIgnoreCase)) return true;
            if (candidate.Length > ns.Length && candidate.StartsWith(ns, StringComparison.OrdinalIgnoreCase)
                && candidate[ns.Length] is '.' or '/')
            {
                return true;
            }
        }
        return false;
    }
}
