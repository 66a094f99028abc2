using System;
using System.IO;
using System.IO.Compression;
using System.Text;
using AnyAscii;

namespace Compliance.Core.Tests.Matching;

/// <summary>
/// What the embedded table must hold: AnyAscii's transliteration of each code point's NFKC form. The table test
/// compares Core's table with it and, run with COMPLIANCE_REGENERATE_TRANSLITERATION=1, first rewrites the table
/// file from it (format: <c>TransliterationTable</c>). To update AnyAscii, change its version in this project and
/// regenerate.
/// </summary>
public static class TransliterationTableFile
{
    public const string RegenerateVariable = "COMPLIANCE_REGENERATE_TRANSLITERATION";

    public static string Path => Compliance.Tests.TestPaths.Repo("src", "Compliance.Core", "Matching", "AnyAscii", "transliteration.deflate");

    public static string Expected(int codePoint)
    {
        string text = char.ConvertFromUtf32(codePoint);
        try
        {
            text = text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // Unassigned code points and noncharacters have no normal form: they keep their own.
        }
        return text.Transliterate();
    }

    public static void Write()
    {
        using var file = File.Create(Path);
        using var deflate = new DeflateStream(file, CompressionLevel.SmallestSize);
        int previous = 0;
        for (int codePoint = 0x80; codePoint <= 0x10FFFF; codePoint++)
        {
            if (codePoint is >= 0xD800 and <= 0xDFFF) continue;
            string form = Expected(codePoint);
            if (form.Length == 0) continue;
            if (form.Length > byte.MaxValue) throw new InvalidOperationException($"U+{codePoint:X4} transliterates to more than 255 characters");
            for (int delta = codePoint - previous; ; delta >>= 7)
            {
                if (delta < 0x80)
                {
                    deflate.WriteByte((byte)delta);
                    break;
                }
                deflate.WriteByte((byte)(delta | 0x80));
            }
            deflate.WriteByte((byte)form.Length);
            deflate.Write(Encoding.ASCII.GetBytes(form));
            previous = codePoint;
        }
    }
}
