using System;
using System.Collections.Generic;
using System.Text.Json;
using Compliance.Diagnostics;

namespace Compliance.Json;

/// <summary>
/// Shared helpers for the one-pass readers of BOMs and entity lists: typed reads that record a located problem
/// (instead of throwing) when a value has the wrong JSON type, and the reader options every input is read with.
/// </summary>
public sealed class JsonReading
{
    /// <summary>
    /// Deeper than any real BOM (components nest a few levels) yet shallow enough that a hostile file cannot
    /// exhaust the stack of the recursive readers.
    /// </summary>
    public const int MaxDepth = 256;

    /// <summary>
    /// The longest string value a reader turns into text (1 MiB as written): far beyond any name, URL or notice, and a
    /// bound on what matching one value costs (the matcher makes a few normalised copies of it). Longer is a problem.
    /// </summary>
    public const int MaxStringBytes = 1 << 20;

    public JsonReading(JsonText text) => Text = text;

    public JsonText Text { get; }

    public List<JsonProblem> Problems { get; } = new();

    /// <summary>Comments and trailing commas are accepted: hand-edited lists and some generators produce them.</summary>
    public static JsonReaderOptions ReaderOptions => new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = MaxDepth,
    };

    public Utf8JsonReader CreateReader() => new(Text.Utf8.Span, ReaderOptions);

    public void Problem(SourceSpan location, string message) => Problems.Add(new JsonProblem(location, message));

    /// <summary>
    /// Records a problem and returns false when the text cannot hold a JSON document at all: it is plainly another
    /// encoding or format (<see cref="ForeignFormat"/>), it is not UTF-8 (the problem is at the first bad byte), or it
    /// is empty or only white space.
    /// </summary>
    public bool CheckText()
    {
        var bytes = Text.Utf8.Span;
        if (ForeignFormat.Describe(bytes) is { } foreign)
        {
            Problem(Text.At(foreign.Offset), foreign.Message);
            return false;
        }
        int offset = Text.InvalidUtf8Offset;
        if (offset >= 0)
        {
            Problem(Text.At(offset), $"the file is not valid UTF-8: byte 0x{bytes[offset]:X2} cannot appear here (JSON files must be UTF-8)");
            return false;
        }
        foreach (byte b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')) return true;
        }
        Problem(Text.At(0), "the file is empty");
        return false;
    }

    /// <summary>
    /// Records a problem at every property name that repeats an earlier one of the same object. Strict formats call
    /// it so that a repeated key (a second "expires") cannot silently override the first. Syntax errors are left to
    /// the reading pass, which reports them with their location.
    /// </summary>
    public void CheckDuplicateKeys()
    {
        var reader = CreateReader();
        // One set of names per nesting level, reused: a list of many small objects allocates no set per object.
        var levels = new List<Dictionary<string, int>?>();
        int depth = 0;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        if (levels.Count == depth) levels.Add(null);
                        if (reader.TokenType == JsonTokenType.StartObject) (levels[depth] ??= new Dictionary<string, int>(StringComparer.Ordinal)).Clear();
                        depth++;
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        depth--;
                        break;
                    case JsonTokenType.PropertyName:
                        var seen = levels[depth - 1]!;
                        string name = reader.GetString()!;
                        if (seen.TryGetValue(name, out int first))
                        {
                            var earlier = Text.At(first);
                            Problem(TokenSpan(ref reader),
                                $"'{name}' is repeated in this object (first at line {earlier.StartLine}, column {earlier.StartColumn}): which value counts would be ambiguous");
                        }
                        else seen.Add(name, (int)reader.TokenStartIndex + 1);
                        break;
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Malformed JSON or a name that is not text: the reading pass reports it where it is.
        }
    }

    /// <summary>The span of the current token; for a string, the characters inside the quotes.</summary>
    public SourceSpan TokenSpan(ref Utf8JsonReader reader)
    {
        int start = (int)reader.TokenStartIndex;
        int length = reader.HasValueSequence ? (int)reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
        {
            return Text.Span(start + 1, start + 1 + length);
        }
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            return Text.At(start);
        }
        return Text.Span(start, start + length);
    }

    /// <summary>
    /// Reads the current string token. A string longer than <see cref="MaxStringBytes"/>, or one with an escaped
    /// unpaired surrogate (<c>"\uD800"</c>: valid JSON syntax, but not text), is a problem at the string and false.
    /// </summary>
    public bool TryCurrentString(ref Utf8JsonReader reader, out StringValue value)
    {
        string? problem = null;
        string text = string.Empty;
        if (reader.ValueSpan.Length > MaxStringBytes)
        {
            problem = $"a string of {reader.ValueSpan.Length:N0} bytes where a value is read, more than the {MaxStringBytes:N0} this tool reads (a bound on the memory it uses)";
        }
        else if (!TryGetString(ref reader, out text))
        {
            problem = "the string holds an unpaired UTF-16 surrogate escape (such as \\uD800), which is not text";
        }
        int start = (int)reader.TokenStartIndex + 1;
        int length = reader.HasValueSequence ? (int)reader.ValueSequence.Length : reader.ValueSpan.Length;
        value = new StringValue(text, new DeferredSpan(Text, start, start + length), !reader.ValueIsEscaped);
        if (problem is null) return true;
        Problem(value.Span, problem);
        return false;
    }

    /// <summary>Decodes the current string or property name; false (and empty) for an unpaired surrogate escape.</summary>
    public static bool TryGetString(ref Utf8JsonReader reader, out string value)
    {
        try
        {
            value = reader.GetString() ?? string.Empty;
            return true;
        }
        catch (InvalidOperationException)
        {
            value = string.Empty;
            return false;
        }
    }

    /// <summary>
    /// Reads the value of the property the reader is on. Returns false for null, and after recording a problem for
    /// any other non-string value (naming <paramref name="field"/>) and for a string it cannot take (see <see cref="TryCurrentString"/>).
    /// </summary>
    public bool TryReadString(ref Utf8JsonReader reader, string field, out StringValue value)
    {
        reader.Read();
        return TryTakeString(ref reader, field, out value);
    }

    /// <summary>As <see cref="TryReadString"/>, for the token the reader is on (an array element).</summary>
    public bool TryTakeString(ref Utf8JsonReader reader, string field, out StringValue value)
    {
        value = default;
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return TryCurrentString(ref reader, out value);
            case JsonTokenType.Null:
                return false;
            default:
                WrongType(ref reader, field, "a string");
                return false;
        }
    }

    /// <summary>Reads the value of the current property and returns true if it is an object (null is skipped quietly).</summary>
    public bool TryReadObject(ref Utf8JsonReader reader, string field)
    {
        reader.Read();
        return TryTake(ref reader, field, JsonTokenType.StartObject, "an object");
    }

    /// <summary>Reads the value of the current property and returns true if it is an array (null is skipped quietly).</summary>
    public bool TryReadArray(ref Utf8JsonReader reader, string field)
    {
        reader.Read();
        return TryTake(ref reader, field, JsonTokenType.StartArray, "an array");
    }

    /// <summary>Returns true if the current token (an array element) is an object; records a problem otherwise.</summary>
    public bool TryTakeObject(ref Utf8JsonReader reader, string field) =>
        TryTake(ref reader, field, JsonTokenType.StartObject, "an object");

    private bool TryTake(ref Utf8JsonReader reader, string field, JsonTokenType expected, string expectedName)
    {
        if (reader.TokenType == expected) return true;
        if (reader.TokenType != JsonTokenType.Null) WrongType(ref reader, field, expectedName);
        return false;
    }

    /// <summary>Skips the value of the current property.</summary>
    public static void SkipValue(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.Skip();
    }

    private void WrongType(ref Utf8JsonReader reader, string field, string expected)
    {
        Problem(TokenSpan(ref reader), $"'{field}' must be {expected}, not {Describe(reader.TokenType)}");
        reader.Skip();
    }

    public static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => type.ToString(),
    };

    /// <summary>
    /// Records a syntax error (or invalid UTF-8) at the place System.Text.Json reports it, with a message
    /// free of the library's internals.
    /// </summary>
    public void SyntaxError(Exception exception, long fallbackByteOffset)
    {
        if (exception is JsonException { LineNumber: not null } json)
        {
            int offset = Text.ByteOffset(json.LineNumber.Value, json.BytePositionInLine ?? 0);
            Problem(Text.At(offset), "invalid JSON: " + CleanMessage(json.Message));
            return;
        }
        Problem(Text.At((int)Math.Min(fallbackByteOffset, Text.Utf8.Length)), "invalid JSON: " + CleanMessage(exception.Message));
    }

    private static string CleanMessage(string message)
    {
        // System.Text.Json appends " LineNumber: 3 | BytePositionInLine: 7." which the location already gives.
        int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        string text = cut >= 0 ? message.Substring(0, cut) : message;
        if (text.StartsWith("The input does not contain any JSON tokens", StringComparison.Ordinal)) return "the file holds no JSON value";
        return text.Trim().TrimEnd('.');
    }
}
