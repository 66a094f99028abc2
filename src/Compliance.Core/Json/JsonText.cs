using System;
using System.Collections.Generic;
using Compliance.Diagnostics;

namespace Compliance.Json;

/// <summary>
/// The bytes of a JSON file with an index that turns byte offsets into compiler-style positions
/// (1-based line and UTF-16 column, and UTF-16 offsets for Roslyn) in time independent of line length.
/// Line breaks are those Roslyn recognises: LF, CR, CRLF, U+0085, U+2028 and U+2029.
/// </summary>
public sealed class JsonText
{
    // A position costs a scan of at most one block: small blocks keep that cheap for files with many values (6 % extra memory).
    private const int BlockSize = 64;
    private static readonly byte[] Utf8ByteOrderMark = { 0xEF, 0xBB, 0xBF };

    private readonly List<int> _lineStartBytes = new() { 0 };
    private readonly List<int> _lineStartChars = new() { 0 };
    private readonly int[] _blockStartChars;

    public JsonText(string path, byte[] bytes)
    {
        Path = path;
        int start = bytes.AsSpan().StartsWith(Utf8ByteOrderMark) ? Utf8ByteOrderMark.Length : 0;
        Utf8 = new ReadOnlyMemory<byte>(bytes, start, bytes.Length - start);
        _blockStartChars = new int[Utf8.Length / BlockSize + 1];
        IndexLines(Utf8.Span);
    }

    public string Path { get; }

    /// <summary>The UTF-8 text, without a byte-order mark.</summary>
    public ReadOnlyMemory<byte> Utf8 { get; }

    public int LineCount => _lineStartBytes.Count;

    private void IndexLines(ReadOnlySpan<byte> text)
    {
        int chars = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if ((i & (BlockSize - 1)) == 0) _blockStartChars[i / BlockSize] = chars;
            byte b = text[i];
            if ((b & 0xC0) != 0x80) chars++;
            if (b >= 0xF0) chars++; // a four-byte sequence is a surrogate pair in UTF-16
            int next = -1;
            if (b == (byte)'\n') next = i + 1;
            else if (b == (byte)'\r' && (i + 1 >= text.Length || text[i + 1] != (byte)'\n')) next = i + 1;
            else if (b == 0xC2 && i + 1 < text.Length && text[i + 1] == 0x85) next = i + 2;
            else if (b == 0xE2 && i + 2 < text.Length && text[i + 1] == 0x80 && (text[i + 2] == 0xA8 || text[i + 2] == 0xA9)) next = i + 3;
            if (next < 0) continue;
            if (next > i + 1)
            {
                // Count the rest of the multi-byte line break before the new line starts.
                for (int k = i + 1; k < next; k++)
                {
                    if ((k & (BlockSize - 1)) == 0) _blockStartChars[k / BlockSize] = chars;
                }
                i = next - 1;
            }
            _lineStartBytes.Add(next);
            _lineStartChars.Add(chars);
        }
    }

    /// <summary>The UTF-16 offset of a byte offset (which must start a character).</summary>
    public int CharOffset(int byteOffset)
    {
        byteOffset = Math.Max(0, Math.Min(byteOffset, Utf8.Length));
        int block = byteOffset / BlockSize;
        int chars = block < _blockStartChars.Length ? _blockStartChars[block] : 0;
        var text = Utf8.Span;
        for (int i = block * BlockSize; i < byteOffset; i++)
        {
            byte b = text[i];
            if ((b & 0xC0) != 0x80) chars++;
            if (b >= 0xF0) chars++;
        }
        return chars;
    }

    private int LineIndex(int byteOffset)
    {
        int index = _lineStartBytes.BinarySearch(byteOffset);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>The span of the bytes from <paramref name="startByte"/> up to, not including, <paramref name="endByte"/>.</summary>
    public SourceSpan Span(int startByte, int endByte)
    {
        int startChar = CharOffset(startByte);
        int endChar = endByte == startByte ? startChar : CharOffset(endByte);
        int startLine = LineIndex(startByte);
        int endLine = endByte == startByte ? startLine : LineIndex(endByte);
        return new SourceSpan(
            Path,
            startLine + 1,
            startChar - _lineStartChars[startLine] + 1,
            endLine + 1,
            endChar - _lineStartChars[endLine] + 1,
            startChar,
            endChar);
    }

    /// <summary>An empty span at a byte offset.</summary>
    public SourceSpan At(int byteOffset) => Span(byteOffset, byteOffset);

    /// <summary>
    /// The byte offset of a 0-based line and byte position as <c>JsonException</c> reports them
    /// (System.Text.Json counts only LF as a line break).
    /// </summary>
    public int ByteOffset(long line, long bytePositionInLine)
    {
        var text = Utf8.Span;
        int offset = 0;
        for (long seen = 0; seen < line; seen++)
        {
            int next = text.Slice(offset).IndexOf((byte)'\n');
            if (next < 0) return text.Length;
            offset += next + 1;
        }
        return (int)Math.Min(offset + bytePositionInLine, text.Length);
    }
}
