using System.Collections.Generic;
using System.IO;
using System.Text;
using Microsoft.VisualBasic.FileIO;

namespace Compliance.Core.Tests.Importing;

/// <summary>
/// The fixtures read by the framework's own CSV parser (TextFieldParser), so that the counts the importers are
/// checked against do not come from the importers' code.
/// </summary>
public static class RawCsv
{
    public static List<string[]> Read(string path, string delimiter = ",")
    {
        string text = File.ReadAllText(path, Encoding.UTF8).TrimEnd('\u001A', '\r', '\n');
        using var parser = new TextFieldParser(new StringReader(text))
        {
            HasFieldsEnclosedInQuotes = true,
            TrimWhiteSpace = true,
        };
        parser.SetDelimiters(delimiter);
        var rows = new List<string[]>();
        while (!parser.EndOfData) rows.Add(parser.ReadFields()!);
        return rows;
    }

    /// <summary>The cell as the lists mean it: OFAC's "-0-" and blanks are no value.</summary>
    public static string? Value(string cell)
    {
        string text = string.Join(" ", cell.Split((char[]?)null, System.StringSplitOptions.RemoveEmptyEntries));
        return text.Length == 0 || text == "-0-" ? null : text;
    }
}
