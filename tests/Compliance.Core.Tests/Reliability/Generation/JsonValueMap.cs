using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Compliance.Tests.Reliability;

/// <summary>One JSON value of a file: where it starts and ends, and the property name before it, if any.</summary>
public sealed record JsonValueSpan(int Id, int Parent, string? Name, int NameStart, int NameEnd, int Start, int End, JsonTokenType Type)
{
    /// <summary>A property from its name to the end of its value, or an array element.</summary>
    public int MemberStart => NameStart >= 0 ? NameStart : Start;

    public bool IsContainer => Type is JsonTokenType.StartObject or JsonTokenType.StartArray;
}

/// <summary>Every value of a well-formed JSON file with its byte range, in document order (parents first).</summary>
public sealed class JsonValueMap
{
    private JsonValueMap(List<JsonValueSpan> values) => Values = values;

    public static JsonValueMap Empty { get; } = new(new List<JsonValueSpan>());

    public IReadOnlyList<JsonValueSpan> Values { get; }

    public static JsonValueMap Of(byte[] bytes)
    {
        var options = new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 1024 };
        int shift = JsonOracle.ByteOrderMarkLength(bytes);
        var reader = new Utf8JsonReader(bytes.AsSpan(shift), options);
        var values = new List<JsonValueSpan>();
        var open = new Stack<(int Id, int Parent, string? Name, int NameStart, int NameEnd, int Start)>();
        string? name = null;
        int nameStart = -1, nameEnd = -1, nextId = 0;
        while (reader.Read())
        {
            int start = (int)reader.TokenStartIndex + shift;
            int parent = open.Count > 0 ? open.Peek().Id : -1;
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    name = reader.GetString();
                    nameStart = start;
                    nameEnd = start + reader.ValueSpan.Length + 2;
                    continue;
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    open.Push((nextId++, parent, name, nameStart, nameEnd, start));
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    var frame = open.Pop();
                    var type = reader.TokenType == JsonTokenType.EndObject ? JsonTokenType.StartObject : JsonTokenType.StartArray;
                    values.Add(new JsonValueSpan(frame.Id, frame.Parent, frame.Name, frame.NameStart, frame.NameEnd, frame.Start, start + 1, type));
                    break;
                default:
                    int length = reader.ValueSpan.Length + (reader.TokenType == JsonTokenType.String ? 2 : 0);
                    values.Add(new JsonValueSpan(nextId++, parent, name, nameStart, nameEnd, start, start + length, reader.TokenType));
                    break;
            }
            name = null;
            nameStart = nameEnd = -1;
        }
        values.Sort((a, b) => a.Id.CompareTo(b.Id));
        return new JsonValueMap(values);
    }

    public IEnumerable<JsonValueSpan> Children(JsonValueSpan parent)
    {
        foreach (var value in Values)
        {
            if (value.Parent == parent.Id) yield return value;
        }
    }
}
