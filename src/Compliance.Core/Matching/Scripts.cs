using System.Collections.Generic;

namespace Compliance.Matching;

/// <summary>
/// What the normaliser needs to know about a code point, from fixed Unicode ranges (not the platform's Unicode
/// data, so that every target agrees): whether it is invisible, whether it is a syllable of a script written without
/// spaces, and which Cyrillic and Greek letters look like Latin ones.
/// </summary>
internal static class Scripts
{
    /// <summary>Characters that render as nothing: control characters other than white space, zero-width spaces and joiners, direction marks, soft hyphens, variation selectors, fillers, interlinear annotation marks, tags.</summary>
    public static bool IsInvisible(int c) =>
        c is < 0x20 and not (>= 0x09 and <= 0x0D) || c is >= 0x7F and <= 0x9F and not 0x85
        || c is 0x00AD or 0x034F or 0x061C or 0x115F or 0x1160 or 0x17B4 or 0x17B5 or 0x3164 or 0xFEFF or 0xFFA0
        || c is >= 0x180B and <= 0x180F
        || c is >= 0x200B and <= 0x200F
        || c is >= 0x202A and <= 0x202E
        || c is >= 0x2060 and <= 0x206F
        || c is >= 0xFE00 and <= 0xFE0F
        || c is >= 0xFFF9 and <= 0xFFFB
        || c is >= 0x1D173 and <= 0x1D17A
        || c is >= 0xE0000 and <= 0xE0FFF;

    /// <summary>Han ideographs, kana, Hangul and Yi: each character is a syllable, and words are not separated by spaces.</summary>
    public static bool IsSyllabic(int c) =>
        c is >= 0x2E80 and <= 0x2FDF
        || c is >= 0x3040 and <= 0x31FF
        || c is >= 0x3400 and <= 0x4DBF
        || c is >= 0x4E00 and <= 0x9FFF
        || c is >= 0xA000 and <= 0xA4CF
        || c is >= 0xAC00 and <= 0xD7AF
        || c is >= 0xF900 and <= 0xFAFF
        || c is >= 0xFF66 and <= 0xFF9F
        || c is >= 0x20000 and <= 0x3FFFF;

    /// <summary>Scripts with letters drawn like Latin ones: Greek, Cyrillic, Armenian and Cherokee.</summary>
    public static bool IsLookAlikeScript(int c) =>
        c is >= 0x0370 and <= 0x03FF || c is >= 0x0400 and <= 0x052F || c is >= 0x1F00 and <= 0x1FFF
        || c is >= 0x0530 and <= 0x058F || c is >= 0x13A0 and <= 0x13FF || c is >= 0xAB70 and <= 0xABBF;

    public static bool IsAscii(string text)
    {
        foreach (char c in text)
        {
            if (c >= 0x80) return false;
        }
        return true;
    }

    public static bool IsLatinLetter(int c) =>
        c is >= 'a' and <= 'z' || c is >= 'A' and <= 'Z' || c is >= 0x00C0 and <= 0x024F and not (0x00D7 or 0x00F7) || c is >= 0x1E00 and <= 0x1EFF;

    /// <summary>The Latin letter a Greek, Cyrillic, Armenian or Cherokee letter is drawn like, if it is drawn like one.</summary>
    public static bool TryGetLatinLookAlike(int c, out char latin) => LookAlikes.TryGetValue(c, out latin);

    private static readonly Dictionary<int, char> LookAlikes = Build(
        // Cyrillic capitals and small letters
        "АA ВB ЕE ЁE ЅS ІI ЇI ЈJ КK МM НH ОO РP СC ТT УY ХX ҮY ҺH ӀI ԌG ԚQ ԜW "
        + "аa вb еe ёe ѕs іi їi јj кk мm нh оo рp сc тt уy хx үy һh ӏl ԁd ԛq ԝw "
        // Greek capitals and small letters
        + "ΑA ΒB ΕE ΖZ ΗH ΙI ΚK ΜM ΝN ΟO ΡP ΤT ΥY ΧX Ϲc Ϳj "
        + "αa βb εe ιi κk νv οo ρp τt υu χx ϲc ϳj "
        // Armenian
        + "ՍU ՕO Լl հh ոn սu օo ցg զq "
        // Cherokee capitals and their small letters
        + "ᎠD ᎡR ᎢT ᎥI ᎪA ᎫJ ᎬE ᎳW ᎷM ᎻH ᏀG ᏃZ ᏒR ᏚS ᏙV ᏞL ᏟC ᏢP ᏦK ᏴB "
        + "ꭰd ꭱr ꭲt ꭵi ꭺa ꭻj ꭼe ꮃw ꮇm ꮋh ꮐg ꮓz ꮢr ꮪs ꮩv ꮮl ꮯc ꮲp ꮶk ᏼb");

    private static Dictionary<int, char> Build(string pairs)
    {
        var map = new Dictionary<int, char>();
        foreach (var pair in pairs.Split(new[] { ' ' }, System.StringSplitOptions.RemoveEmptyEntries)) map[pair[0]] = pair[1];
        return map;
    }
}
