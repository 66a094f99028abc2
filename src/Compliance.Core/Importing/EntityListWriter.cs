using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Compliance.Importing;

/// <summary>
/// Writes an entity list document the same way every time: two-space indentation, LF line breaks, one value per
/// line (so that a version-control diff of two imports shows each changed alias), non-ASCII names as written
/// rather than as \u escapes, and a final line break.
/// </summary>
public static class EntityListWriter
{
    public static byte[] Write(JsonObject document)
    {
        using var stream = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var writer = new Utf8JsonWriter(stream, options))
        {
            document.WriteTo(writer);
        }
        stream.WriteByte((byte)'\n');
        if (Environment.NewLine == "\n") return stream.ToArray();
        // The writer breaks lines with Environment.NewLine; JSON strings hold no raw line breaks, so this is safe.
        return Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(stream.ToArray()).Replace(Environment.NewLine, "\n"));
    }
}
