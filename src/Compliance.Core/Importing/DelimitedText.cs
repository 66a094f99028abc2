using System;
using System.Collections.Generic;
using System.Text;

namespace Compliance.Importing;

/// <summary>A record of a delimited file and the physical line it starts on (1-based).</summary>
public sealed record DelimitedRecord(int Line, IReadOnlyList<string> Fields);

/// <summary>A record that could not be read, by line.</summary>
public sealed record DelimitedProblem(int Line, string Message);

/// <summary>
/// Reads comma- or tab-separated text (RFC 4180 quoting, doubled quotes, LF/CRLF/CR line breaks) and keeps the line
/// of every record, so that an importer can report each unreadable row by its line and read the rest. Trailing
/// DOS end-of-file characters (0x1A, as in OFAC's files) and blank lines are ignored. When a record has the wrong
/// number of fields, only its first physical line is given up: a stray quote cannot swallow the rest of the file.
/// </summary>
public static class DelimitedText
{
    private const char DosEndOfFile = '\u001A';

    public static (List<DelimitedRecord> Records, List<DelimitedProblem> Problems) Read(string text, char separator, int? expectedFields = null)
    {
        var records = new List<DelimitedRecord>();
        var problems = new List<DelimitedProblem>();
        int end = text.Length;
        while (end > 0 && (text[end - 1] == DosEndOfFile || IsLineBreak(text[end - 1]))) end--;
        int position = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        int line = 1;
        var field = new StringBuilder();
        while (position < end)
        {
            if (IsLineBreak(text[position]))
            {
                position = SkipLineBreak(text, position);
                line++;
                continue;
            }
            int startPosition = position, startLine = line;
            var fields = new List<string>();
            bool closed = ReadRecord(text, end, separator, field, fields, ref position, ref line);
            bool spannedLines = line > startLine;
            if (!closed)
            {
                problems.Add(new DelimitedProblem(startLine, "a quoted field is not closed before the end of the file"));
            }
            else if (expectedFields is { } expected && fields.Count != expected)
            {
                problems.Add(new DelimitedProblem(startLine, spannedLines
                    ? $"a quoted field runs over several lines and the record has {fields.Count} fields instead of {expected}"
                    : $"the record has {fields.Count} fields instead of {expected}"));
            }
            else
            {
                records.Add(new DelimitedRecord(startLine, fields));
                continue;
            }
            if (spannedLines || !closed)
            {
                // Resume at the line after the one the bad record started on.
                position = NextLine(text, startPosition, end);
                line = startLine + 1;
            }
        }
        return (records, problems);
    }

    /// <summary>Reads one record; returns false if a quoted field is still open at the end of the text.</summary>
    private static bool ReadRecord(string text, int end, char separator, StringBuilder field, List<string> fields, ref int position, ref int line)
    {
        while (true)
        {
            field.Clear();
            if (position < end && text[position] == '"')
            {
                position++;
                while (true)
                {
                    if (position >= end) return false;
                    char c = text[position];
                    if (c == '"')
                    {
                        if (position + 1 < end && text[position + 1] == '"')
                        {
                            field.Append('"');
                            position += 2;
                            continue;
                        }
                        position++;
                        break;
                    }
                    if (IsLineBreak(c))
                    {
                        int next = SkipLineBreak(text, position);
                        field.Append(text, position, next - position);
                        position = next;
                        line++;
                        continue;
                    }
                    field.Append(c);
                    position++;
                }
            }
            // Unquoted text, or text after a closing quote (kept as written rather than rejected).
            while (position < end && text[position] != separator && !IsLineBreak(text[position]))
            {
                field.Append(text[position]);
                position++;
            }
            fields.Add(field.ToString());
            if (position < end && text[position] == separator)
            {
                position++;
                continue;
            }
            return true;
        }
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r';

    private static int SkipLineBreak(string text, int position) =>
        text[position] == '\r' && position + 1 < text.Length && text[position + 1] == '\n' ? position + 2 : position + 1;

    private static int NextLine(string text, int position, int end)
    {
        while (position < end && !IsLineBreak(text[position])) position++;
        return position < end ? SkipLineBreak(text, position) : end;
    }
}
