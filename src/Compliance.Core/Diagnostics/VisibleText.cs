using System.Text;

namespace Compliance.Diagnostics;

/// <summary>
/// Text from an input made safe to print in a diagnostic: control characters, line and paragraph separators and
/// bidirectional formatting characters are written as <c>\uXXXX</c>. A BOM value could otherwise move the cursor,
/// recolour or erase a terminal or CI log line (ESC sequences), start a line of its own that reads as another
/// diagnostic, or reorder how the message reads (a right-to-left override, as in "Trojan Source").
/// </summary>
public static class VisibleText
{
    public static string Escape(string text)
    {
        int first = 0;
        while (first < text.Length && !MustEscape(text[first])) first++;
        if (first == text.Length) return text;
        var escaped = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            if (MustEscape(c)) escaped.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            else escaped.Append(c);
        }
        return escaped.ToString();
    }

    private static bool MustEscape(char c) =>
        c < ' '
        || c is >= '\u007F' and <= '\u009F'
        || c is '\u061C' or '\u200E' or '\u200F' or '\u2028' or '\u2029'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';
}
