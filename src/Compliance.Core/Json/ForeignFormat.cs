using System;

namespace Compliance.Json;

/// <summary>
/// Names what a file is when it is plainly not UTF-8 JSON, so that the message says what to do rather than where
/// the JSON reader gave up: UTF-16 or UTF-32 text (with or without a byte-order mark; RFC 4627 section 3 tells them
/// apart by where the zero bytes of the first characters fall), a gzip or zip archive, XML (CycloneDX or SPDX XML),
/// and <c>key: value</c> text (SPDX tag-value, YAML). None of these can start a JSON document.
/// </summary>
internal static class ForeignFormat
{
    /// <summary>The byte offset to report at and the message, or null when the bytes may be JSON.</summary>
    public static (int Offset, string Message)? Describe(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 4 && ((bytes[0] == 0 && bytes[1] == 0) || (bytes[2] == 0 && bytes[3] == 0 && (bytes[1] == 0 || IsUtf16ByteOrderMark(bytes[0], bytes[1])))))
        {
            return (0, "the file is UTF-32, not UTF-8: save it as UTF-8");
        }
        if (bytes.Length >= 2 && (bytes[0] == 0 || bytes[1] == 0 || IsUtf16ByteOrderMark(bytes[0], bytes[1])))
        {
            return (0, "the file is UTF-16, not UTF-8: save it as UTF-8");
        }
        if (bytes.Length >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B) return (0, "the file is gzip-compressed: decompress it first");
        if (bytes.Length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) return (0, "the file is a zip archive: extract the file from it first");
        int first = 0;
        while (first < bytes.Length && bytes[first] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') first++;
        if (first == bytes.Length) return null;
        if (bytes[first] == '<') return (first, "the file is XML, not JSON: only JSON is read (convert a CycloneDX or SPDX XML file to JSON)");
        int end = first;
        while (end < bytes.Length && end - first < 64 && (IsAsciiLetterOrDigit(bytes[end]) || bytes[end] is (byte)'_' or (byte)'-')) end++;
        if (end == first || !IsAsciiLetter(bytes[first])) return null;
        int colon = end;
        while (colon < bytes.Length && bytes[colon] is (byte)' ' or (byte)'\t') colon++;
        if (colon == bytes.Length || bytes[colon] != ':') return null;
        string key = System.Text.Encoding.ASCII.GetString(bytes.Slice(first, end - first).ToArray());
        return (first, key.Equals("SPDXVersion", StringComparison.OrdinalIgnoreCase)
            ? "the file is SPDX tag-value, not JSON: only SPDX JSON is read (convert it to JSON)"
            : $"the file is 'key: value' text such as YAML ('{key}:'), not JSON: only JSON is read");
    }

    private static bool IsUtf16ByteOrderMark(byte first, byte second) => (first == 0xFF && second == 0xFE) || (first == 0xFE && second == 0xFF);

    private static bool IsAsciiLetter(byte b) => b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z';

    private static bool IsAsciiLetterOrDigit(byte b) => IsAsciiLetter(b) || b is >= (byte)'0' and <= (byte)'9';
}
