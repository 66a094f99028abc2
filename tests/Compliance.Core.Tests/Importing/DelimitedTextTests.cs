using System.Linq;
using Compliance.Importing;

namespace Compliance.Core.Tests.Importing;

public class DelimitedTextTests
{
    [Fact]
    public void Quoted_fields_keep_separators_doubled_quotes_and_line_breaks()
    {
        var (records, problems) = DelimitedText.Read("a,\"b, c\",\"say \"\"hi\"\"\"\r\n1,\"two\nlines\",3\r\n", ',', 3);

        Assert.Empty(problems);
        Assert.Equal(new[] { "a", "b, c", "say \"hi\"" }, records[0].Fields);
        Assert.Equal(new[] { "1", "two\nlines", "3" }, records[1].Fields);
        Assert.Equal(new[] { 1, 2 }, records.Select(r => r.Line));
    }

    [Fact]
    public void The_dos_end_of_file_mark_and_blank_lines_are_not_records()
    {
        var (records, problems) = DelimitedText.Read("1,x\r\n\r\n2,y\r\n\u001A", ',', 2);

        Assert.Empty(problems);
        Assert.Equal(new[] { 1, 3 }, records.Select(r => r.Line));
    }

    [Fact]
    public void Trailing_empty_tab_fields_of_the_last_record_are_kept()
    {
        var (records, problems) = DelimitedText.Read("a\tb\tc\nx\t\t", '\t', 3);

        Assert.Empty(problems);
        Assert.Equal(new[] { "x", "", "" }, records[1].Fields);
    }

    [Fact]
    public void A_stray_quote_costs_one_line_not_the_rest_of_the_file()
    {
        var (records, problems) = DelimitedText.Read("1,\"a\n2,b\n3,c\n", ',', 2);

        var problem = Assert.Single(problems);
        Assert.Equal(1, problem.Line);
        Assert.Equal(new[] { 2, 3 }, records.Select(r => r.Line));
    }

    [Fact]
    public void A_record_with_the_wrong_number_of_fields_is_reported_by_line()
    {
        var (records, problems) = DelimitedText.Read("1,a\n2,b,extra\n3,c\n", ',', 2);

        Assert.Equal("the record has 3 fields instead of 2", Assert.Single(problems).Message);
        Assert.Equal(2, problems[0].Line);
        Assert.Equal(new[] { 1, 3 }, records.Select(r => r.Line));
    }
}
