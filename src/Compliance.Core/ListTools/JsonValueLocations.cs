using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using Compliance.Diagnostics;
using Compliance.Json;

namespace Compliance.ListTools;

/// <summary>
/// Where every string value of a JSON file is, by its JSON Pointer (<c>/entities/12/aliases/3</c>), found in one
/// pass. Byte offsets are kept and turned into positions (and values) only when asked, so that a list of tens of
/// thousands of names costs one read, and each located problem one lookup.
/// </summary>
public sealed class JsonValueLocations
{
    private readonly Dictionary<string, (int Start, int End)> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _arrayLengths = new(StringComparer.Ordinal);

    private JsonValueLocations(JsonText text) => Text = text;

    public JsonText Text { get; }

    /// <summary>The span of the characters of the string at <paramref name="pointer"/> (inside its quotes).</summary>
    public bool TryGet(string pointer, out SourceSpan span)
    {
        bool found = _strings.TryGetValue(pointer, out var bytes);
        span = found ? Text.Span(bytes.Start, bytes.End) : default;
        return found;
    }

    /// <summary>The string at <paramref name="pointer"/>.</summary>
    public bool TryGetValue(string pointer, out string value)
    {
        value = string.Empty;
        if (!_strings.TryGetValue(pointer, out var bytes)) return false;
        // Read the value with its quotes, so that escapes are decoded as the loader decodes them.
        var reader = new Utf8JsonReader(Text.Utf8.Span.Slice(bytes.Start - 1, bytes.End - bytes.Start + 2));
        reader.Read();
        value = reader.GetString() ?? string.Empty;
        return true;
    }

    /// <summary>The number of elements of the array at <paramref name="pointer"/> (0 if there is none).</summary>
    public int ArrayLength(string pointer) => _arrayLengths.TryGetValue(pointer, out int length) ? length : 0;

    /// <summary>Indexes a file; a file that is not well-formed JSON gets the values read before the error.</summary>
    public static JsonValueLocations Build(JsonText text)
    {
        var locations = new JsonValueLocations(text);
        var reader = new JsonReading(text).CreateReader();
        var path = new StringBuilder();
        try
        {
            if (reader.Read()) locations.Walk(ref reader, path);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // The loader reports the syntax error; the values found so far still serve.
        }
        return locations;
    }

    private void Walk(ref Utf8JsonReader reader, StringBuilder path)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                int start = (int)reader.TokenStartIndex + 1;
                int length = reader.HasValueSequence ? (int)reader.ValueSequence.Length : reader.ValueSpan.Length;
                _strings[path.ToString()] = (start, start + length);
                break;
            case JsonTokenType.StartObject:
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    int mark = path.Length;
                    path.Append('/').Append(reader.GetString()!.Replace("~", "~0").Replace("/", "~1"));
                    reader.Read();
                    Walk(ref reader, path);
                    path.Length = mark;
                }
                break;
            case JsonTokenType.StartArray:
                string arrayPath = path.ToString();
                int index = 0;
                for (; reader.Read() && reader.TokenType != JsonTokenType.EndArray; index++)
                {
                    int mark = path.Length;
                    path.Append('/').Append(index);
                    Walk(ref reader, path);
                    path.Length = mark;
                }
                _arrayLengths[arrayPath] = index;
                break;
        }
    }
}
