using System;

namespace Compliance.Matching;

/// <summary>Host names out of URLs, and their parent domains.</summary>
public static class Domains
{
    public static bool TryGetHost(string url, out string host)
    {
        host = string.Empty;
        string text = url.Trim();
        if (text.StartsWith("git+", StringComparison.OrdinalIgnoreCase)) text = text.Substring(4);
        if (!text.Contains("://")) text = "https://" + text;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host)) return false;
        host = uri.Host.ToLowerInvariant().TrimEnd('.');
        if (host.StartsWith("www.", StringComparison.Ordinal)) host = host.Substring(4);
        return host.Contains(".");
    }

    /// <summary>"a.example.com" gives "example.com"; a two-label domain gives null.</summary>
    public static string? Parent(string host)
    {
        int dot = host.IndexOf('.');
        if (dot < 0) return null;
        string parent = host.Substring(dot + 1);
        return parent.Contains(".") ? parent : null;
    }
}
