using Compliance.Diagnostics;

namespace Compliance.Json;

/// <summary>
/// A JSON string value and the span of its characters (inside the quotes). <see cref="Verbatim"/> is true when
/// the file holds the value without escapes, so that positions inside the value map one to one onto the file.
/// </summary>
public readonly record struct StringValue(string Value, SourceSpan Span, bool Verbatim)
{
    /// <summary>The span of part of the value, or of the whole value when the parts cannot be mapped exactly.</summary>
    public SourceSpan Slice(int start, int length)
    {
        if (!Verbatim || Span.StartLine != Span.EndLine || start < 0 || length < 0 || start + length > Value.Length)
        {
            return Span;
        }
        return Span with
        {
            StartColumn = Span.StartColumn + start,
            EndColumn = Span.StartColumn + start + length,
            StartOffset = Span.StartOffset + start,
            EndOffset = Span.StartOffset + start + length,
        };
    }
}
