using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using Compliance.Diagnostics;
using Compliance.Json;

namespace Compliance.ListTools;

/// <summary>
/// The span of every string value in a JSON file by its JSON Pointer (<c>/entities/12/aliases/3</c>), found in one
/// pass, so that locating many problems costs one read of the file rather than one per problem.
/// </summary>
public sealed class JsonValueLocations
{
    private readonly Dictionary<string, (SourceSpan Span, string Value)> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _arrayLengths = new(StringComparer.Ordinal);

    private JsonValueLocations(JsonText text) => Text = text;

    public JsonText Text { get; }

    public bool TryGet(string pointer, out SourceSpan span)
    {
        bool found = _strings.TryGetValue(pointer, out var entry);
        span = entry.Span;
        return found;
    }

    /// <summary>The string at <paramref name="pointer"/> and its span.</summary>
    public bool TryGet(string pointer, out SourceSpan span, out string value)
    {
        bool found = _strings.TryGetValue(pointer, out var entry);
        span = entry.Span;
        value = entry.Value ?? string.Empty;
        return found;
    }

    /// <summary>The number of elements of the array at <paramref name="pointer"/> (0 if there is none).</summary>
    public int ArrayLength(string pointer) => _arrayLengths.TryGetValue(pointer, out int length) ? length : 0;

    /// <summary>Indexes a file; a file that is not well-formed JSON gets the spans read before the error.</summary>
    public static JsonValueLocations Build(JsonText text)
    {
        var locations = new JsonValueLocations(text);
        var json = new JsonReading(text);
        var reader = json.CreateReader();
        var path = new StringBuilder();
        try
        {
            if (reader.Read()) locations.Walk(ref reader, json, path);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // The loader reports the syntax error; the spans found so far still serve.
        }
        return locations;
    }

    private void Walk(ref Utf8JsonReader reader, JsonReading json, StringBuilder path)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                _strings[path.ToString()] = (json.TokenSpan(ref reader), reader.GetString()!);
                break;
            case JsonTokenType.StartObject:
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    int length = path.Length;
                    path.Append('/').Append(reader.GetString()!.Replace("~", "~0").Replace("/", "~1"));
                    reader.Read();
                    Walk(ref reader, json, path);
                    path.Length = length;
                }
                break;
            case JsonTokenType.StartArray:
                string arrayPath = path.ToString();
                int index = 0;
                for (; reader.Read() && reader.TokenType != JsonTokenType.EndArray; index++)
                {
                    int length = path.Length;
                    path.Append('/').Append(index);
                    Walk(ref reader, json, path);
                    path.Length = length;
                }
                _arrayLengths[arrayPath] = index;
                break;
        }
    }
}
