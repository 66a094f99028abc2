using Compliance.Diagnostics;

namespace Compliance.Json;

/// <summary>
/// A place in a JSON text kept as byte offsets, turned into a <see cref="SourceSpan"/> (lines and columns) only
/// when asked for. Optionally a part of a string value: characters <c>PartStart</c> to <c>PartStart + PartLength</c>
/// of a value the file holds without escapes, which map one to one onto the file when the value is on one line.
/// </summary>
internal readonly struct DeferredSpan
{
    private readonly JsonText _text;
    private readonly int _startByte;
    private readonly int _endByte;
    private readonly int _partStart;
    private readonly int _partLength;

    public DeferredSpan(JsonText text, int startByte, int endByte, int partStart = 0, int partLength = -1)
    {
        _text = text;
        _startByte = startByte;
        _endByte = endByte;
        _partStart = partStart;
        _partLength = partLength;
    }

    /// <summary>An empty span at a byte offset.</summary>
    public static DeferredSpan At(JsonText text, int byteOffset) => new(text, byteOffset, byteOffset);

    /// <summary>The same place narrowed to part of the value, in characters of the value.</summary>
    public DeferredSpan Part(int start, int length) => new(_text, _startByte, _endByte, start, length);

    public SourceSpan Resolve()
    {
        var span = _text.Span(_startByte, _endByte);
        if (_partLength < 0 || span.StartLine != span.EndLine) return span;
        return span with
        {
            StartColumn = span.StartColumn + _partStart,
            EndColumn = span.StartColumn + _partStart + _partLength,
            StartOffset = span.StartOffset + _partStart,
            EndOffset = span.StartOffset + _partStart + _partLength,
        };
    }
}
