using System;
using Compliance.Json;

namespace Compliance.Boms;

/// <summary>Reads a BOM file or text. Never throws for bad input: problems come back on the <see cref="Bom"/>.</summary>
public static class BomReader
{
    /// <summary>The default limit on a BOM's size; larger files are refused with a clear message rather than read.</summary>
    public const long DefaultMaxBytes = 512L * 1024 * 1024;

    /// <summary>
    /// The most components (and packages) read from one BOM: far more than real BOMs hold, yet a bound on memory
    /// (about 1 KiB each with its findings) for a file of empty components, three bytes apiece. More is SCC007.
    /// </summary>
    public const int MaxComponents = 1_000_000;

    /// <summary>The most pieces of vendor evidence read from one BOM (about 150 bytes each in memory). More is SCC007.</summary>
    public const int MaxEvidenceValues = 5_000_000;

    public static Bom ReadFile(string path, long maxBytes = DefaultMaxBytes)
    {
        if (!InputFile.TryReadAllBytes(path, maxBytes, "BOM", out var bytes, out var problem))
        {
            return new Bom(path, BomFormat.Unknown, null, Array.Empty<Component>(), new[] { problem! });
        }
        return Read(new JsonText(path, bytes!));
    }

    public static Bom Read(JsonText text) => new BomParser(text).Parse();

    public static Bom ReadText(string path, string json) => Read(new JsonText(path, System.Text.Encoding.UTF8.GetBytes(json)));
}
