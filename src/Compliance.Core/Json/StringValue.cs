using Compliance.Diagnostics;

namespace Compliance.Json;

/// <summary>
/// A JSON string value and where its characters (inside the quotes) are in the file, kept as byte offsets until
/// <see cref="Span"/> or <see cref="Slice"/> asks for lines and columns: a large BOM holds hundreds of thousands of
/// values, and only the few that end in a finding need a position. <see cref="Verbatim"/> is true when the file holds
/// the value without escapes, so that positions inside the value map one to one onto the file.
/// </summary>
public readonly struct StringValue
{
    internal StringValue(string value, DeferredSpan place, bool verbatim)
    {
        Value = value;
        Place = place;
        Verbatim = verbatim;
    }

    public string Value { get; }

    public bool Verbatim { get; }

    public SourceSpan Span => Place.Resolve();

    internal DeferredSpan Place { get; }

    /// <summary>The span of part of the value, or of the whole value when the parts cannot be mapped exactly.</summary>
    public SourceSpan Slice(int start, int length) => PartPlace(start, length).Resolve();

    internal DeferredSpan PartPlace(int start, int length) =>
        Verbatim && start >= 0 && length >= 0 && start + length <= Value.Length ? Place.Part(start, length) : Place;
}
