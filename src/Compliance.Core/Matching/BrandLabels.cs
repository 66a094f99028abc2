using System;
using System.Collections.Generic;
using Compliance.Boms;

namespace Compliance.Matching;

/// <summary>
/// Where a package identifier or an address names its owner: the organisation label of a purl namespace or
/// CycloneDX group (<c>com.dji</c> gives "dji", <c>@sensetime</c> "sensetime", <c>github.com/dji-sdk</c> "dji-sdk"),
/// the owner on a code-hosting site, and the registrable label of a domain (<c>developer.dji.com</c> gives "dji",
/// <c>zte.com.cn</c> "zte"). The matcher compares these labels with the organisations' names.
/// </summary>
internal static class BrandLabels
{
    /// <summary>Labels that name a registry, a host or a top-level domain, never an owner.</summary>
    private static readonly HashSet<string> NotOwners = new(StringComparer.Ordinal)
    {
        "com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "io", "dev", "app", "xyz", "online", "site", "cloud",
        "github", "gitlab", "bitbucket", "gitee", "codeberg", "sourceforge", "googlecode", "googlesource", "golang", "gopkg",
        "npmjs", "pypi", "nuget", "maven", "jitpack", "www", "api", "docs", "developer", "developers", "download", "downloads",
        "cdn", "repo", "repos", "git", "svn", "raw", "pkg", "packages", "mirror", "mirrors", "static", "opensource", "oss",
    };

    private static readonly char[] NamespaceSeparators = { '/', '.' };
    private static readonly char[] OwnerMarks = { '@', '~' };

    /// <summary>Hosts where the first path segment is the owner.</summary>
    private static readonly HashSet<string> CodeHosts = new(StringComparer.Ordinal)
    {
        "github.com", "gitlab.com", "bitbucket.org", "gitee.com", "codeberg.org", "sourceforge.net", "hub.docker.com",
    };

    /// <summary>Second-level labels under a country code that are part of the suffix (<c>com.cn</c>, <c>co.uk</c>).</summary>
    private static readonly HashSet<string> SecondLevelSuffixes = new(StringComparer.Ordinal)
    {
        "com", "net", "org", "gov", "edu", "co", "ac", "or", "ne", "go", "gen", "ltd", "plc",
    };

    /// <summary>
    /// The owner label of a purl: its namespace's; for a NuGet package without one, the first part of the name; for
    /// another package without one, the first part of a name in parts ("nuctech" of <c>pkg:pypi/nuctech-sdk</c>)
    /// when it has <see cref="UnscopedOwnerMinimumLength"/> letters and is no ordinary word (<c>stream-utils</c>): a
    /// one-part name ("express") is a product, not an owner.
    /// </summary>
    public static string? OfPurl(Purl purl)
    {
        if (purl.Namespace.Length > 0) return OfNamespace(purl.Namespace);
        if (purl.Type == "nuget")
        {
            int dot = purl.Name.IndexOf('.');
            return Owner(dot > 0 ? purl.Name.Substring(0, dot) : purl.Name);
        }
        int separator = purl.Name.IndexOfAny(NameParts);
        if (separator <= 0) return null;
        string first = purl.Name.Substring(0, separator).ToLowerInvariant();
        return first.Length < UnscopedOwnerMinimumLength || GenericWords.IsOrdinary(first) ? null : Owner(first);
    }

    /// <summary>The name of a package without a namespace or parts, in lower case ("huaweicloudsdkcore"); NuGet names are owners already.</summary>
    public static string? OfOnePartName(Purl purl)
    {
        if (purl.Namespace.Length > 0 || purl.Type == "nuget" || purl.Name.IndexOfAny(NameParts) >= 0) return null;
        return purl.Name.Length > MatchScores.BrandPrefixMinimumLength ? purl.Name.ToLowerInvariant() : null;
    }

    /// <summary>
    /// A package name says less about its owner than a namespace: on the OFAC SDN list, first parts of four letters
    /// ("tara-api", "kala-sdk") met 58 short listed names in the benchmark's generated BOM, five letters and more 10.
    /// </summary>
    private const int UnscopedOwnerMinimumLength = 5;

    private static readonly char[] NameParts = { '-', '_', '.' };

    /// <summary>The owner label of a namespace or group: the first part that is not a top-level domain or a host.</summary>
    public static string? OfNamespace(string ns)
    {
        for (int start = 0; start < ns.Length;)
        {
            int end = ns.IndexOfAny(NamespaceSeparators, start);
            if (end < 0) end = ns.Length;
            if (end > start && Owner(ns.Substring(start, end - start)) is { } owner) return owner;
            start = end + 1;
        }
        return null;
    }

    /// <summary>The owner label of a URL: the owner on a code-hosting site, else the registrable label of its host.</summary>
    public static string? OfUrl(string url, string host, string firstSegment)
    {
        if (CodeHosts.Contains(host))
        {
            // sourceforge.net/projects/NAME, gitlab.com/u/NAME ... name the owner in the second segment.
            string owner = firstSegment is "projects" or "u" or "r" or "p" ? SecondSegment(url, firstSegment) : firstSegment;
            return Owner(Uri.UnescapeDataString(owner));
        }
        foreach (var pages in new[] { ".github.io", ".gitlab.io", ".gitee.io" })
        {
            if (host.EndsWith(pages, StringComparison.Ordinal)) return Owner(host.Substring(0, host.Length - pages.Length));
        }
        return OfHost(host);
    }

    private static string SecondSegment(string url, string firstSegment)
    {
        int at = url.IndexOf("/" + firstSegment + "/", StringComparison.Ordinal);
        if (at < 0) return string.Empty;
        string rest = url.Substring(at + firstSegment.Length + 2);
        int end = rest.IndexOfAny(PathEnds);
        return end < 0 ? rest : rest.Substring(0, end);
    }

    private static readonly char[] PathEnds = { '/', '?', '#' };

    /// <summary>The registrable label of a host: "dji" in <c>developer.dji.com</c>, "zte" in <c>zte.com.cn</c>.</summary>
    public static string? OfHost(string host)
    {
        var labels = host.Split('.');
        if (labels.Length < 2) return null;
        int index = labels.Length - 2;
        if (labels.Length >= 3 && labels[labels.Length - 1].Length == 2 && SecondLevelSuffixes.Contains(labels[labels.Length - 2])) index--;
        return Owner(labels[index]);
    }

    private static string? Owner(string label)
    {
        string owner = label.Trim().TrimStart(OwnerMarks).ToLowerInvariant();
        if (owner.Length < 3 || NotOwners.Contains(owner)) return null;
        return owner;
    }
}
