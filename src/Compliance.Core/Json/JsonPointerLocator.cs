using System;
using System.Collections.Generic;
using System.Text.Json;
using Compliance.Diagnostics;

namespace Compliance.Json;

/// <summary>Finds where the value a JSON Pointer (RFC 6901) names sits in a file, to locate schema errors.</summary>
public static class JsonPointerLocator
{
    public static SourceSpan Locate(JsonText text, string pointer)
    {
        var segments = Parse(pointer);
        var reader = new Utf8JsonReader(text.Utf8.Span, JsonReading.ReaderOptions);
        try
        {
            if (!reader.Read()) return text.At(0);
            int start = (int)reader.TokenStartIndex;
            foreach (var segment in segments)
            {
                if (!Step(ref reader, segment)) break;
                start = (int)reader.TokenStartIndex;
            }
            return reader.TokenType == JsonTokenType.String ? new JsonReading(text).TokenSpan(ref reader) : text.At(start);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return text.At(0);
        }
    }

    private static bool Step(ref Utf8JsonReader reader, string segment)
    {
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool found = reader.GetString() == segment;
                reader.Read();
                if (found) return true;
                reader.Skip();
            }
            return false;
        }
        if (reader.TokenType == JsonTokenType.StartArray && int.TryParse(segment, out int index))
        {
            for (int i = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++)
            {
                if (i == index) return true;
                reader.Skip();
            }
        }
        return false;
    }

    private static List<string> Parse(string pointer)
    {
        var segments = new List<string>();
        if (string.IsNullOrEmpty(pointer) || pointer == "#") return segments;
        string path = pointer.StartsWith("#", StringComparison.Ordinal) ? Uri.UnescapeDataString(pointer.Substring(1)) : pointer;
        foreach (var raw in path.TrimStart('/').Split('/'))
        {
            segments.Add(raw.Replace("~1", "/").Replace("~0", "~"));
        }
        return segments;
    }
}
