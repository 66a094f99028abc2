using System.Linq;
using System.Text;
using Compliance.Boms;
using Compliance.Entities;
using Compliance.Json;

namespace Compliance.Core.Tests.Reliability;

/// <summary>A file that is not UTF-8 is never read as if it were, wherever the bad byte sits; a UTF-8 byte-order mark is fine.</summary>
public class EncodingTests
{
    private const string Bom = "{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.6\",\n \"x-note\": \"caf\u00e9 #\", \"components\": []}";
    private const string List = "{\"entities\": [],\n \"x-note\": \"caf\u00e9 #\"}";

    [Theory]
    [InlineData(new byte[] { 0xA3 }, "lone continuation byte")]
    [InlineData(new byte[] { 0xC0, 0xAF }, "overlong '/'")]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, "UTF-16 surrogate encoded in UTF-8")]
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 }, "above U+10FFFF")]
    [InlineData(new byte[] { 0xE2, 0x82 }, "sequence cut short")]
    [InlineData(new byte[] { 0xFF }, "byte never used in UTF-8")]
    public void Invalid_utf8_in_a_value_no_reader_looks_at_is_still_an_error_at_that_byte(byte[] bad, string what)
    {
        var bom = BomReader.Read(new JsonText("bom.json", WithBadBytes(Bom, bad)));
        var list = EntityListLoader.Load(new JsonText("list.json", WithBadBytes(List, bad)));

        var bomProblem = Assert.Single(bom.Problems);
        Assert.Equal((2, 18), (bomProblem.Location.StartLine, bomProblem.Location.StartColumn));
        Assert.StartsWith("the file is not valid UTF-8", bomProblem.Message);
        var listProblem = Assert.Single(list.Problems);
        Assert.Equal((2, 18), (listProblem.Location.StartLine, listProblem.Location.StartColumn));
        Assert.True(bom.Components.Count == 0 && list.Entities.Count == 0, what);
    }

    [Fact]
    public void Every_well_formed_sequence_before_a_bad_byte_is_accepted()
    {
        // Boundary code points of each sequence length, so that the byte-by-byte check (the one netstandard2.0 runs)
        // walks all of them before it meets the bad byte at the end.
        int[] codePoints = { 0x0, 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFD, 0xFFFF, 0x10000, 0x10FFFF, 0x4E3A, 0x1D11E };
        var text = new StringBuilder();
        foreach (int codePoint in codePoints) text.Append(char.ConvertFromUtf32(codePoint));
        var valid = Encoding.UTF8.GetBytes(text.ToString());

        var json = new JsonText("f", valid.Concat(new byte[] { 0xFF }).ToArray());

        Assert.Equal(valid.Length, json.InvalidUtf8Offset);
        Assert.Equal(-1, new JsonText("f", valid).InvalidUtf8Offset);
    }

    /// <summary>UTF-16 and UTF-32 without a byte-order mark are valid UTF-8 (zero bytes are), so only their pattern of zero bytes tells them.</summary>
    [Theory]
    [InlineData("utf-16", true, "UTF-16")]
    [InlineData("utf-16", false, "UTF-16")]
    [InlineData("utf-16BE", true, "UTF-16")]
    [InlineData("utf-16BE", false, "UTF-16")]
    [InlineData("utf-32", true, "UTF-32")]
    [InlineData("utf-32", false, "UTF-32")]
    [InlineData("utf-32BE", true, "UTF-32")]
    [InlineData("utf-32BE", false, "UTF-32")]
    public void A_utf16_or_utf32_file_is_named_as_such_with_or_without_a_byte_order_mark(string encodingName, bool byteOrderMark, string named)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var text = encoding.GetBytes(Bom);
        var bytes = byteOrderMark ? encoding.GetPreamble().Concat(text).ToArray() : text;

        var bom = BomReader.Read(new JsonText("bom.json", bytes));
        var list = EntityListLoader.Load(new JsonText("list.json", bytes));

        foreach (var problem in new[] { Assert.Single(bom.Problems), Assert.Single(list.Problems) })
        {
            Assert.Equal($"the file is {named}, not UTF-8: save it as UTF-8", problem.Message);
            Assert.Equal((1, 1), (problem.Location.StartLine, problem.Location.StartColumn));
        }
    }

    [Theory]
    [InlineData(new byte[] { 0x1F, 0x8B, 0x08, 0x00 }, 1, "the file is gzip-compressed")]
    [InlineData(new byte[] { (byte)'P', (byte)'K', 3, 4, 20, 0 }, 1, "the file is a zip archive")]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, (byte)' ', (byte)'<', (byte)'b', (byte)'o', (byte)'m', (byte)'/', (byte)'>' }, 2, "the file is XML, not JSON")]
    public void An_archive_or_xml_file_is_named_as_such(byte[] bytes, int column, string message)
    {
        var problem = Assert.Single(BomReader.Read(new JsonText("bom.json", bytes)).Problems);

        Assert.StartsWith(message, problem.Message);
        Assert.Equal((1, column), (problem.Location.StartLine, problem.Location.StartColumn));
    }

    [Theory]
    [InlineData("SPDXVersion: SPDX-2.3\nDataLicense: CC0-1.0\nPackageName: push\nPackageSupplier: Organization: Huawei\n", "the file is SPDX tag-value, not JSON")]
    [InlineData("\n  bomFormat: CycloneDX\nspecVersion: \"1.6\"\n", "the file is 'key: value' text such as YAML ('bomFormat:'), not JSON")]
    public void Tag_value_and_yaml_files_are_named_as_such(string text, string message)
    {
        var problem = Assert.Single(BomReader.ReadText("bom.spdx", text).Problems);

        Assert.StartsWith(message, problem.Message);
        Assert.Equal(text.TrimStart().Length == text.Length ? (1, 1) : (2, 3), (problem.Location.StartLine, problem.Location.StartColumn));
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_skipped_and_columns_do_not_count_it()
    {
        string json = "{\"bomFormat\": \"CycloneDX\", \"components\": [{\"name\": \"a\", \"supplier\": {\"name\": \"Huawei\"}}]}";
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(json)).ToArray();

        var bom = BomReader.Read(new JsonText("bom.json", bytes));

        Assert.Empty(bom.Problems);
        var evidence = Assert.Single(bom.Components.Single().Evidence);
        Assert.Equal(json.IndexOf("Huawei") + 1, evidence.Location.StartColumn);
    }

    private static byte[] WithBadBytes(string json, byte[] bad)
    {
        var bytes = Encoding.UTF8.GetBytes(json).ToList();
        int at = bytes.IndexOf((byte)'#');
        bytes.RemoveAt(at);
        bytes.InsertRange(at, bad);
        return bytes.ToArray();
    }
}
