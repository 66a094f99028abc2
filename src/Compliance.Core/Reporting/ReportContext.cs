using System;
using System.IO;

namespace Compliance.Reporting;

/// <summary>What a report needs besides the findings: where paths are relative to, and the tool's identity.</summary>
public sealed class ReportContext
{
    public ReportContext(string baseDirectory) => BaseDirectory = Path.GetFullPath(baseDirectory);

    /// <summary>SARIF artifact URIs are relative to this folder (the repository root in CI).</summary>
    public string BaseDirectory { get; }

    public static string ToolName => "Compliance";

    public static string ToolVersion { get; } =
        typeof(ReportContext).Assembly.GetName().Version is { } v ? $"{v.Major}.{v.Minor}.{v.Build}" : "0.0.0";

    public const string InformationUri = "https://github.com/compliance-tool/compliance";

    /// <summary>A path relative to <see cref="BaseDirectory"/> with forward slashes, or null if it lies outside.</summary>
    public string? RelativePath(string path)
    {
        string full;
        try
        {
            full = Path.GetFullPath(Path.Combine(BaseDirectory, path));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
        string root = BaseDirectory.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal)
            ? BaseDirectory
            : BaseDirectory + Path.DirectorySeparatorChar;
        var comparison = Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (!full.StartsWith(root, comparison)) return null;
        return full.Substring(root.Length).Replace('\\', '/');
    }
}
