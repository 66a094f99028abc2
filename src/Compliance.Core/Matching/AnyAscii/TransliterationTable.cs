using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace Compliance.Matching.AnyAscii;

/// <summary>
/// The ASCII form of every Unicode code point, as AnyAscii 0.3.3 (ISC licence, see LICENSE.txt beside this file)
/// transliterates the code point's NFKC form: <c>华</c> gives "Hua", <c>Ж</c> "Zh", <c>é</c> "e", <c>Ｓ</c> "S",
/// a zero-width joiner "". The table is data generated from the AnyAscii package by a test in
/// Compliance.Core.Tests (<c>TransliterationTableFile</c>) and embedded, so that every target (netstandard2.0 inside an analyzer or
/// a .NET Framework MSBuild, net10.0 in the CLI) gives the same result, independent of the platform's Unicode data,
/// and nothing is loaded beside the engine.
/// </summary>
/// <remarks>
/// Resource format, raw deflate: for each code point with a non-empty form, in ascending order, the distance from
/// the previous one as a little-endian base-128 varint, one byte of length, then that many ASCII bytes.
/// </remarks>
internal static class TransliterationTable
{
    public const string ResourceName = "Compliance.transliteration.deflate";

    private const int BlockSize = 256;

    public static string Of(int codePoint)
    {
        if (codePoint < 0x80) return ((char)codePoint).ToString();
        var block = Blocks.Table[codePoint / BlockSize];
        return block?[codePoint % BlockSize] ?? string.Empty;
    }

    /// <summary>Every code point with a non-empty form, for the test that compares the table with AnyAscii.</summary>
    public static IEnumerable<KeyValuePair<int, string>> Entries()
    {
        for (int b = 0; b < Blocks.Table.Length; b++)
        {
            var block = Blocks.Table[b];
            if (block is null) continue;
            for (int i = 0; i < BlockSize; i++)
            {
                if (block[i] is { } form) yield return new KeyValuePair<int, string>(b * BlockSize + i, form);
            }
        }
    }

    /// <summary>Loaded on first use only: most names are ASCII and never need it.</summary>
    private static class Blocks
    {
        public static readonly string?[]?[] Table = Load();

        private static string?[]?[] Load()
        {
            var table = new string?[]?[0x110000 / BlockSize];
            using var resource = typeof(TransliterationTable).Assembly.GetManifestResourceStream(ResourceName)
                ?? throw new InvalidOperationException("the embedded transliteration table is missing from the assembly");
            using var inflated = new DeflateStream(resource, CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            inflated.CopyTo(buffer);
            byte[] data = buffer.ToArray();
            var shared = new Dictionary<string, string>(StringComparer.Ordinal);
            int position = 0, codePoint = 0;
            while (position < data.Length)
            {
                int delta = 0;
                for (int shift = 0; ; shift += 7)
                {
                    byte b = data[position++];
                    delta |= (b & 0x7F) << shift;
                    if (b < 0x80) break;
                }
                codePoint += delta;
                int length = data[position++];
                string form = Encoding.ASCII.GetString(data, position, length);
                position += length;
                if (shared.TryGetValue(form, out var existing)) form = existing;
                else shared.Add(form, form);
                var block = table[codePoint / BlockSize] ??= new string?[BlockSize];
                block[codePoint % BlockSize] = form;
            }
            return table;
        }
    }
}
