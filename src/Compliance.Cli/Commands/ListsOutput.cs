using System;
using System.CommandLine;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Compliance.Diagnostics;

namespace Compliance.Cli.Commands;

/// <summary>What the <c>lists</c> subcommands share: the --format option, message lines, and JSON output.</summary>
internal static class ListsOutput
{
    public static Option<string> FormatOption()
    {
        var format = new Option<string>("--format") { Description = "text (for people) or json (for machines).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        return format;
    }

    /// <summary>A message in the compiler's form, <c>path(line,col): error: message</c> (no position for a file as a whole).</summary>
    public static string Line(Severity severity, SourceSpan location, string message, string? code = null)
    {
        string place = location.HasPosition ? $"{location.Path}({location.StartLine},{location.StartColumn})" : location.Path;
        string kind = code is null ? severity.ToBuildWord() : $"{severity.ToBuildWord()} {code}";
        return $"{place}: {kind}: {message.Replace("\r", " ").Replace("\n", " ")}";
    }

    public static void WriteLocation(Utf8JsonWriter json, SourceSpan location)
    {
        json.WriteString("file", location.Path);
        if (!location.HasPosition) return;
        json.WriteNumber("line", location.StartLine);
        json.WriteNumber("column", location.StartColumn);
    }

    /// <summary>Writes a JSON document to the output, indented, with a final line break.</summary>
    public static void WriteJson(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" }))
        {
            write(json);
        }
        output.Write(Encoding.UTF8.GetString(stream.ToArray()));
        output.Write('\n');
    }

    public static int ArgumentError(TextWriter error, string message)
    {
        error.WriteLine($"error: {message}");
        return Program.ToolFailure;
    }
}
