using System;
using System.IO;
using System.IO.Compression;
using System.Text;
using AnyAscii;

// Regenerates src/Compliance.Core/Matching/AnyAscii/transliteration.deflate (format: TransliterationTable.cs):
//   dotnet run --project tools/GenerateTransliterationTable -- src/Compliance.Core/Matching/AnyAscii/transliteration.deflate
// Compliance.Core.Tests checks the embedded table against the package for every code point.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: GenerateTransliterationTable OUTPUT_FILE");
    return 2;
}

int entries = 0;
using (var file = File.Create(args[0]))
using (var deflate = new DeflateStream(file, CompressionLevel.SmallestSize))
{
    int previous = 0;
    for (int codePoint = 0x80; codePoint <= 0x10FFFF; codePoint++)
    {
        if (codePoint is >= 0xD800 and <= 0xDFFF) continue;
        string form = Form(codePoint);
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
        entries++;
    }
}
Console.WriteLine($"{args[0]}: {entries} code points, {new FileInfo(args[0]).Length} bytes");
return 0;

static string Form(int codePoint)
{
    string text = char.ConvertFromUtf32(codePoint);
    // Unassigned code points and noncharacters have no normal form: ICU refuses them, so they keep their own.
    try
    {
        text = text.Normalize(NormalizationForm.FormKC);
    }
    catch (ArgumentException)
    {
    }
    return text.Transliterate();
}
