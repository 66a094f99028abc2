using System;
using System.Text;
using System.Text.Json;

namespace Compliance.Tests.Reliability;

/// <summary>
/// An independent judge of whether bytes are JSON text at all: valid UTF-8 (after an optional byte-order mark) and
/// well-formed with the documented leniencies (comments, trailing commas) and depth limit (256). A file it rejects
/// must never be screened as if it had been read.
/// </summary>
public static class JsonOracle
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    public static int ByteOrderMarkLength(byte[] bytes) =>
        bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;

    public static bool IsWellFormed(byte[] bytes)
    {
        int start = ByteOrderMarkLength(bytes);
        try
        {
            StrictUtf8.GetCharCount(bytes, start, bytes.Length - start);
            var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 256 };
            using var document = JsonDocument.Parse(bytes.AsMemory(start), options);
            return true;
        }
        catch (Exception e) when (e is DecoderFallbackException or JsonException)
        {
            return false;
        }
    }
}
