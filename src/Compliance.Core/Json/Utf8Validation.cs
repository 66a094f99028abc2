using System;

namespace Compliance.Json;

/// <summary>
/// Finds the first byte that is not well-formed UTF-8 (Unicode table 3-7: no overlong forms, no surrogates, nothing
/// above U+10FFFF). System.Text.Json checks only the strings it decodes, so a bad byte elsewhere would pass unseen.
/// </summary>
internal static class Utf8Validation
{
    public static int FirstInvalidByte(ReadOnlySpan<byte> text)
    {
#if NET8_0_OR_GREATER
        if (System.Text.Unicode.Utf8.IsValid(text)) return -1;
#endif
        int i = 0;
        while (i < text.Length)
        {
            byte b = text[i];
            if (b < 0x80)
            {
                i++;
                continue;
            }
            int length;
            byte min = 0x80, max = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) length = 2;
            else if (b >= 0xE0 && b <= 0xEF)
            {
                length = 3;
                if (b == 0xE0) min = 0xA0;
                else if (b == 0xED) max = 0x9F;
            }
            else if (b >= 0xF0 && b <= 0xF4)
            {
                length = 4;
                if (b == 0xF0) min = 0x90;
                else if (b == 0xF4) max = 0x8F;
            }
            else return i;
            if (i + length > text.Length || text[i + 1] < min || text[i + 1] > max) return i;
            for (int k = 2; k < length; k++)
            {
                if ((text[i + k] & 0xC0) != 0x80) return i;
            }
            i += length;
        }
        return -1;
    }
}
