using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace Compliance.Tests.Reliability;

public enum MutationKind
{
    /// <summary>The file cut off after a random number of bytes.</summary>
    Truncation,

    /// <summary>One to four bytes XOR-ed with random values (which also makes invalid UTF-8).</summary>
    ByteFlip,

    /// <summary>A value replaced by one of another JSON type (a number where a string belongs, an object for an array...).</summary>
    TypeSwap,

    /// <summary>A property or array element removed.</summary>
    FieldDeletion,

    /// <summary>A property (a duplicate key) or array element repeated right after itself.</summary>
    Duplication,

    /// <summary>A string value or property name replaced by a hostile one: unpaired surrogate escapes, control and invisible characters, half a purl, a long string.</summary>
    StringSwap,

    /// <summary>Three of the above, one after another.</summary>
    Stacked,
}

/// <summary>A mutated copy of a file and what was done to it (to reproduce a failure from its message).</summary>
public sealed record Mutation(MutationKind Kind, byte[] Bytes, string Description);

/// <summary>Seeded random mutations of a well-formed JSON file: the same seed gives the same mutation.</summary>
public sealed class Mutator
{
    private static readonly string[] Replacements =
    {
        "\"x\"", "\"\"", "0", "-12.5e300", "123456789012345678901234567890", "true", "false", "null", "{}", "[]", "[1,\"a\"]", "{\"a\":{\"b\":[]}}",
    };

    private static readonly string[] HostileStrings =
    {
        "\"\\uD800\"", "\"x\\uDC00\"", "\"\\u0000\"", "\"\u202EiewauH\"", "\"Hua\u200Bwei\"", "\"\\\"\"", "\"\\u0041\\u0042\"",
        "\"NOASSERTION\"", "\"Organization: \"", "\"Person: ()\"", "\"<>\"", "\"(@)\"", "\"a@\"", "\"@\"",
        "\"pkg:\"", "\"pkg:/\"", "\"pkg:maven/%zz/%\"", "\"pkg:npm/%40/\"", "\"cpe:2.3:\"", "\"cpe:/\"", "\"cpe:/a:%\"",
        "\"https://\"", "\"http://[::1\"", "\"git+\"", "\"xn--\"", "\"" + new string('a', 100_000) + "\"",
        "\"/\"", "\"//\"", "\"?\"", "\"#x\"", "\"\\u001B[2K\\r\\n\"", "\"https://x%zz%.com/\"", "\"https://\\u3002/\"", "\"http://xn--zz--.com\"",
        "\"&#xD800;\"", "\"&#1114112;&#0;&;\"", "\"%\"", "\"%%41%C3%28\"",
    };

    private readonly byte[] _original;
    private readonly JsonValueMap _map;

    public Mutator(byte[] original)
    {
        _original = original;
        _map = JsonValueMap.Of(original);
    }

    public static readonly MutationKind[] Kinds = (MutationKind[])Enum.GetValues(typeof(MutationKind));

    public Mutation Mutate(MutationKind kind, int seed)
    {
        var random = new Random(seed);
        if (kind != MutationKind.Stacked) return Apply(kind, _original, _map, random);
        var bytes = _original;
        var steps = new List<string>();
        for (int i = 0; i < 3; i++)
        {
            var step = Kinds[random.Next(Kinds.Length - 1)];
            JsonValueMap map;
            try
            {
                map = ReferenceEquals(bytes, _original) ? _map : JsonValueMap.Of(bytes);
            }
            catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException)
            {
                // No longer well-formed: only byte-level mutations still apply.
                map = JsonValueMap.Empty;
                if (step is not MutationKind.Truncation) step = MutationKind.ByteFlip;
            }
            var applied = Apply(step, bytes, map, random);
            bytes = applied.Bytes;
            steps.Add(applied.Description);
        }
        return new Mutation(kind, bytes, string.Join(", then ", steps));
    }

    private static Mutation Apply(MutationKind kind, byte[] bytes, JsonValueMap map, Random random)
    {
        if (map.Values.Count == 0 && kind is not MutationKind.Truncation) kind = MutationKind.ByteFlip;
        switch (kind)
        {
            case MutationKind.Truncation:
            {
                int length = random.Next(bytes.Length);
                return new Mutation(kind, bytes.Take(length).ToArray(), $"truncated to {length} bytes");
            }
            case MutationKind.ByteFlip:
            {
                var copy = (byte[])bytes.Clone();
                var positions = new List<int>();
                for (int i = random.Next(1, 5); i > 0 && copy.Length > 0; i--)
                {
                    int at = random.Next(copy.Length);
                    copy[at] ^= (byte)random.Next(1, 256);
                    positions.Add(at);
                }
                return new Mutation(kind, copy, $"bytes flipped at {string.Join(", ", positions)}");
            }
            case MutationKind.TypeSwap:
            {
                var value = map.Values[random.Next(map.Values.Count)];
                string current = Encoding.UTF8.GetString(bytes, value.Start, value.End - value.Start);
                string replacement;
                do replacement = Replacements[random.Next(Replacements.Length)];
                while (SameType(current, replacement));
                return new Mutation(kind, Splice(bytes, value.Start, value.End, replacement),
                    $"value of '{value.Name ?? "[]"}' at {value.Start} replaced by {replacement}");
            }
            case MutationKind.FieldDeletion:
            {
                var members = map.Values.Where(v => v.Parent >= 0).ToList();
                if (members.Count == 0) goto case MutationKind.ByteFlip;
                var member = members[random.Next(members.Count)];
                var (start, end) = WithComma(bytes, member.MemberStart, member.End);
                return new Mutation(kind, Splice(bytes, start, end, string.Empty), $"'{member.Name ?? "[]"}' at {member.MemberStart} deleted");
            }
            case MutationKind.Duplication:
            {
                var members = map.Values.Where(v => v.Parent >= 0).ToList();
                if (members.Count == 0) goto case MutationKind.ByteFlip;
                var member = members[random.Next(members.Count)];
                string copy = "," + Encoding.UTF8.GetString(bytes, member.MemberStart, member.End - member.MemberStart);
                return new Mutation(kind, Splice(bytes, member.End, member.End, copy),
                    $"'{member.Name ?? "[]"}' at {member.MemberStart} repeated");
            }
            case MutationKind.StringSwap:
            {
                var strings = map.Values.Where(v => v.Type == JsonTokenType.String).Select(v => (v.Start, v.End))
                    .Concat(map.Values.Where(v => v.NameStart >= 0).Select(v => (Start: v.NameStart, End: v.NameEnd)))
                    .ToList();
                if (strings.Count == 0) goto case MutationKind.ByteFlip;
                var (start, end) = strings[random.Next(strings.Count)];
                string hostile = HostileStrings[random.Next(HostileStrings.Length)];
                return new Mutation(kind, Splice(bytes, start, end, hostile), $"string at {start} replaced by {(hostile.Length > 40 ? hostile.Substring(0, 40) + "..." : hostile)}");
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(kind));
        }
    }

    private static bool SameType(string current, string replacement)
    {
        char a = current[0], b = replacement[0];
        bool aNumber = a == '-' || char.IsDigit(a), bNumber = b == '-' || char.IsDigit(b);
        return a == b || (aNumber && bNumber) || (a is 't' or 'f' && b is 't' or 'f');
    }

    /// <summary>A member's range widened by the comma that separates it from its neighbour, so that deleting it stays well-formed.</summary>
    private static (int Start, int End) WithComma(byte[] bytes, int start, int end)
    {
        int after = end;
        while (after < bytes.Length && IsSpace(bytes[after])) after++;
        if (after < bytes.Length && bytes[after] == (byte)',') return (start, after + 1);
        int before = start - 1;
        while (before >= 0 && IsSpace(bytes[before])) before--;
        if (before >= 0 && bytes[before] == (byte)',') return (before, end);
        return (start, end);
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';

    public static byte[] Splice(byte[] bytes, int start, int end, string insert)
    {
        var inserted = Encoding.UTF8.GetBytes(insert);
        var result = new byte[bytes.Length - (end - start) + inserted.Length];
        Buffer.BlockCopy(bytes, 0, result, 0, start);
        Buffer.BlockCopy(inserted, 0, result, start, inserted.Length);
        Buffer.BlockCopy(bytes, end, result, start + inserted.Length, bytes.Length - end);
        return result;
    }
}
