using System.Text;
using Compliance.Json;

namespace Compliance.Core.Tests.Json;

public class JsonTextTests
{
    [Fact]
    public void Columns_count_utf16_characters_not_bytes()
    {
        var text = new JsonText("f", Encoding.UTF8.GetBytes("\"华为\": \"x\""));
        int xByte = Encoding.UTF8.GetByteCount("\"华为\": \"");

        var span = text.At(xByte);

        Assert.Equal(1, span.StartLine);
        Assert.Equal(8, span.StartColumn);
        Assert.Equal(7, span.StartOffset);
    }

    [Fact]
    public void Crlf_lf_cr_and_unicode_line_separators_start_lines_as_in_roslyn()
    {
        var text = new JsonText("f", Encoding.UTF8.GetBytes("a\r\nb\nc\rd\u2028e"));

        Assert.Equal(5, text.LineCount);
        var e = text.At(Encoding.UTF8.GetByteCount("a\r\nb\nc\rd\u2028"));
        Assert.Equal((5, 1), (e.StartLine, e.StartColumn));
        Assert.Equal(9, e.StartOffset);
    }

    [Fact]
    public void Positions_late_in_a_long_single_line_are_exact()
    {
        var builder = new StringBuilder();
        for (int i = 0; i < 5000; i++) builder.Append("é");
        builder.Append('X');
        var text = new JsonText("f", Encoding.UTF8.GetBytes(builder.ToString()));

        var span = text.At(10000);

        Assert.Equal(5001, span.StartColumn);
        Assert.Equal(5000, span.StartOffset);
    }
}
