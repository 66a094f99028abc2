using System;
using System.Text;
using Compliance.Json;

namespace Compliance.Core.Tests.Reliability;

/// <summary>The position index stays small whatever the file holds, and gives the same answer in any lookup order.</summary>
public class JsonTextIndexTests
{
    [Fact]
    public void A_file_of_only_line_breaks_costs_an_index_of_a_fraction_of_its_size()
    {
        var bytes = new byte[8 * 1024 * 1024];
        bytes.AsSpan().Fill((byte)'\n');

        long before = GC.GetAllocatedBytesForCurrentThread();
        var text = new JsonText("lines.json", bytes);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(bytes.Length + 1, text.LineCount);
        Assert.True(allocated < bytes.Length / 50, $"{allocated:N0} bytes allocated to index {bytes.Length:N0} bytes");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Positions_match_a_naive_count_in_any_lookup_order(bool mostlyAscii)
    {
        var random = new Random(7);
        string[] pieces = mostlyAscii
            // Whole blocks of ASCII, counted at once, with CR LF pairs falling across block boundaries.
            ? new[] { "abcdefghij", "\n", "\r\n", "\r", " ", "{\"k\":1}", "abcdefghijklmnopqrstuvwxyz0123456789", "\r\r", "\n\n" }
            : new[] { "a", "é", "华", "𝄞", "\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029", " ", "{\"k\":1}" };
        var builder = new StringBuilder();
        while (builder.Length < 20_000) builder.Append(pieces[random.Next(pieces.Length)]);
        string source = builder.ToString();
        var bytes = Encoding.UTF8.GetBytes(source);
        var text = new JsonText("mixed.json", bytes);

        for (int round = 0; round < 3000; round++)
        {
            int charOffset = random.Next(source.Length + 1);
            if (charOffset < source.Length && char.IsLowSurrogate(source[charOffset])) charOffset--;
            int byteOffset = Encoding.UTF8.GetByteCount(source.AsSpan(0, charOffset));

            var span = text.At(byteOffset);

            var (line, column) = NaivePosition(source, charOffset);
            Assert.Equal((line, column, charOffset), (span.StartLine, span.StartColumn, span.StartOffset));
        }
    }

    private static (int Line, int Column) NaivePosition(string source, int offset)
    {
        int line = 1, lineStart = 0;
        for (int i = 0; i < offset; i++)
        {
            char c = source[i];
            bool breaks = c is '\n' or '\u0085' or '\u2028' or '\u2029' || (c == '\r' && (i + 1 >= source.Length || source[i + 1] != '\n'));
            if (!breaks) continue;
            line++;
            lineStart = i + 1;
        }
        return (line, offset - lineStart + 1);
    }
}
