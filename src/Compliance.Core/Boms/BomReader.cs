using System;
using Compliance.Json;

namespace Compliance.Boms;

/// <summary>Reads a BOM file or text. Never throws for bad input: problems come back on the <see cref="Bom"/>.</summary>
public static class BomReader
{
    /// <summary>The default limit on a BOM's size; larger files are refused with a clear message rather than read.</summary>
    public const long DefaultMaxBytes = 512L * 1024 * 1024;

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
