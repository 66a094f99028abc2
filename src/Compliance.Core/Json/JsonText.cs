using System;
using System.Runtime.InteropServices;
using Compliance.Diagnostics;

namespace Compliance.Json;

/// <summary>
/// The bytes of a JSON file and the means to turn byte offsets into compiler-style positions (1-based line and
/// UTF-16 column, and UTF-16 offsets for Roslyn). Line breaks are those Roslyn recognises: LF, CR, CRLF, U+0085,
/// U+2028 and U+2029.
/// </summary>
/// <remarks>
/// Memory: the bytes plus 12 bytes of index per <see cref="BlockSize"/> bytes, whatever the number of lines.
/// Time: one pass to build the index, on the first lookup (most values read never need a position; a block of ASCII
/// is counted at once); a lookup scans at most one block, and only the distance from the previous
/// lookup when that one lies earlier in the same block.
/// </remarks>
public sealed class JsonText
{
    private const int BlockSize = 1024;
    private static readonly byte[] Utf8ByteOrderMark = { 0xEF, 0xBB, 0xBF };

    // State at the start of each block: UTF-16 offset, 0-based line, and the UTF-16 offset at which that line starts.
    private int[]? _blockChars;
    private int[]? _blockLines;
    private int[]? _blockLineStarts;
    private int _lineCount;
    private readonly object _gate = new();
    private Position _last = new(0, 0, 0, 0);

    public JsonText(string path, byte[] bytes)
    {
        Path = path;
        int start = bytes.AsSpan().StartsWith(Utf8ByteOrderMark) ? Utf8ByteOrderMark.Length : 0;
        Utf8 = new ReadOnlyMemory<byte>(bytes, start, bytes.Length - start);
        InvalidUtf8Offset = Utf8Validation.FirstInvalidByte(Utf8.Span);
    }

    public string Path { get; }

    /// <summary>The UTF-8 text, without a byte-order mark.</summary>
    public ReadOnlyMemory<byte> Utf8 { get; }

    public int LineCount
    {
        get
        {
            lock (_gate)
            {
                EnsureIndexed();
                return _lineCount;
            }
        }
    }

    /// <summary>The offset of the first byte that is not well-formed UTF-8, or -1 when the whole text is.</summary>
    public int InvalidUtf8Offset { get; }

    private readonly struct Position
    {
        public Position(int bytes, int chars, int line, int lineStart)
        {
            Bytes = bytes;
            Chars = chars;
            Line = line;
            LineStart = lineStart;
        }

        public int Bytes { get; }
        public int Chars { get; }
        public int Line { get; }
        public int LineStart { get; }
    }

    /// <summary>Builds the block index on first use; the caller holds <c>_gate</c>.</summary>
    private void EnsureIndexed()
    {
        if (_blockChars is not null) return;
        var text = Utf8.Span;
        int blocks = text.Length / BlockSize + 1;
        var blockChars = new int[blocks];
        _blockLines = new int[blocks];
        _blockLineStarts = new int[blocks];
        int chars = 0, line = 0, lineStart = 0;
        for (int start = 0; start < text.Length; start += BlockSize)
        {
            int block = start / BlockSize;
            blockChars[block] = chars;
            _blockLines[block] = line;
            _blockLineStarts[block] = lineStart;
            int end = Math.Min(start + BlockSize, text.Length);
            if (IsAscii(text.Slice(start, end - start))) CountAsciiBlock(text, start, end, ref chars, ref line, ref lineStart);
            else
            {
                for (int i = start; i < end; i++) Step(text, i, ref chars, ref line, ref lineStart);
            }
        }
        if (text.Length % BlockSize == 0)
        {
            int block = text.Length / BlockSize;
            blockChars[block] = chars;
            _blockLines[block] = line;
            _blockLineStarts[block] = lineStart;
        }
        _lineCount = line + 1;
        _blockChars = blockChars;
    }

    /// <summary>What <see cref="Step"/> over every byte of an ASCII block gives: a character per byte, and a line at each LF and at each CR not followed by LF.</summary>
    private static void CountAsciiBlock(ReadOnlySpan<byte> text, int start, int end, ref int chars, ref int line, ref int lineStart)
    {
        int i = start;
        while (i < end)
        {
            int next = text.Slice(i, end - i).IndexOfAny((byte)'\n', (byte)'\r');
            if (next < 0) break;
            i += next;
            if (text[i] == (byte)'\n' || i + 1 >= text.Length || text[i + 1] != (byte)'\n')
            {
                line++;
                lineStart = chars + (i - start) + 1;
            }
            i++;
        }
        chars += end - start;
    }

    private static bool IsAscii(ReadOnlySpan<byte> bytes)
    {
        var words = MemoryMarshal.Cast<byte, ulong>(bytes);
        foreach (ulong word in words)
        {
            if ((word & 0x8080808080808080UL) != 0) return false;
        }
        for (int i = words.Length * sizeof(ulong); i < bytes.Length; i++)
        {
            if (bytes[i] >= 0x80) return false;
        }
        return true;
    }

    /// <summary>Counts byte <paramref name="i"/>: a character if it starts one, and a new line if it ends a line break.</summary>
    private static void Step(ReadOnlySpan<byte> text, int i, ref int chars, ref int line, ref int lineStart)
    {
        byte b = text[i];
        if ((b & 0xC0) != 0x80) chars++;
        if (b >= 0xF0) chars++; // a four-byte sequence is a surrogate pair in UTF-16
        bool endsLine = b switch
        {
            (byte)'\n' => true,
            (byte)'\r' => i + 1 >= text.Length || text[i + 1] != (byte)'\n',
            0x85 => i >= 1 && text[i - 1] == 0xC2,
            0xA8 or 0xA9 => i >= 2 && text[i - 1] == 0x80 && text[i - 2] == 0xE2,
            _ => false,
        };
        if (!endsLine) return;
        line++;
        lineStart = chars;
    }

    private Position Locate(int byteOffset)
    {
        byteOffset = Math.Max(0, Math.Min(byteOffset, Utf8.Length));
        int block = byteOffset / BlockSize;
        lock (_gate)
        {
            EnsureIndexed();
            var from = _last.Bytes <= byteOffset && _last.Bytes >= block * BlockSize
                ? _last
                : new Position(block * BlockSize, _blockChars![block], _blockLines![block], _blockLineStarts![block]);
            var text = Utf8.Span;
            int chars = from.Chars, line = from.Line, lineStart = from.LineStart;
            for (int i = from.Bytes; i < byteOffset; i++) Step(text, i, ref chars, ref line, ref lineStart);
            _last = new Position(byteOffset, chars, line, lineStart);
            return _last;
        }
    }

    /// <summary>The UTF-16 offset of a byte offset (which must start a character).</summary>
    public int CharOffset(int byteOffset) => Locate(byteOffset).Chars;

    /// <summary>The span of the bytes from <paramref name="startByte"/> up to, not including, <paramref name="endByte"/>.</summary>
    public SourceSpan Span(int startByte, int endByte)
    {
        var start = Locate(startByte);
        var end = endByte == startByte ? start : Locate(endByte);
        return new SourceSpan(
            Path,
            start.Line + 1,
            start.Chars - start.LineStart + 1,
            end.Line + 1,
            end.Chars - end.LineStart + 1,
            start.Chars,
            end.Chars);
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
