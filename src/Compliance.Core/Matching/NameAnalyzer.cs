using System;
using System.Collections.Generic;
using System.Text;
using Compliance.Matching.AnyAscii;

namespace Compliance.Matching;

/// <summary>
/// Turns a name into a <see cref="NameAnalysis"/>, undoing disguise on the way: invisible characters are dropped,
/// Cyrillic and Greek look-alikes inside Latin words (and words made only of look-alikes) become the Latin letters
/// they imitate, everything else is transliterated to ASCII after NFKC (full-width forms, ligatures, diacritics,
/// non-Latin scripts), case is folded, punctuation and spacing are normalised, legal forms are removed.
/// </summary>
internal static class NameAnalyzer
{
    // The working lists and buffers of one analysis, made once per thread and reused: an entity list has tens of
    // thousands of names, and making them afresh for each was most of what indexing one allocated.
    [ThreadStatic] private static Tokenizer? t_tokenizer;
    [ThreadStatic] private static List<(int Start, int End)>? t_wordPieces;

    /// <summary>Buffers larger than this (grown by a huge name) are not kept for the next one.</summary>
    private const int KeptBufferLength = 4096;

    public static NameAnalysis Analyze(string text)
    {
        var tokenizer = t_tokenizer ??= new Tokenizer();
        var wordPieces = t_wordPieces ??= new List<(int Start, int End)>();
        try
        {
            Tokenize(NativeTerms.Replace(DisplayOrder(Decoded(text))), tokenizer);
            GlueSingleLetters(tokenizer.Pieces, tokenizer.Glued, tokenizer.Syllables);
            return Core(tokenizer.Pieces, tokenizer.Glued, tokenizer.Syllables, wordPieces);
        }
        finally
        {
            tokenizer.Reset();
            wordPieces.Clear();
            if (wordPieces.Capacity > KeptBufferLength) wordPieces.Capacity = 0;
        }
    }

    /// <summary>
    /// The text as a browser or a URL would show it: HTML character references ("Hua&amp;#119;ei") and
    /// percent-encoded bytes ("Hua%77ei") are decoded, as a JSON escape is.
    /// </summary>
    private static string Decoded(string text)
    {
        if (text.IndexOf('&') >= 0) text = System.Net.WebUtility.HtmlDecode(text);
        if (text.IndexOf('%') >= 0) text = Uri.UnescapeDataString(text);
        return text;
    }

    private const char RightToLeftOverride = '\u202E';
    private const char PopDirectionalFormatting = '\u202C';

    /// <summary>
    /// The characters in the order they are shown: a right-to-left override (U+202E) displays what follows it, up to
    /// U+202C or the end, backwards, so "\u202Eiewauh" is read by a reviewer as "huawei" and is matched as such.
    /// </summary>
    private static string DisplayOrder(string text)
    {
        int start = text.IndexOf(RightToLeftOverride);
        if (start < 0) return text;
        var shown = new StringBuilder(text.Length);
        shown.Append(text, 0, start);
        while (start >= 0)
        {
            int end = text.IndexOf(PopDirectionalFormatting, start + 1);
            if (end < 0) end = text.Length;
            for (int i = end - 1; i > start; i--)
            {
                if (char.IsLowSurrogate(text[i]) && i - 1 > start && char.IsHighSurrogate(text[i - 1]))
                {
                    shown.Append(text[i - 1]).Append(text[i]);
                    i--;
                }
                else shown.Append(text[i]);
            }
            int next = end < text.Length ? text.IndexOf(RightToLeftOverride, end + 1) : -1;
            int copyEnd = next < 0 ? text.Length : next;
            if (end + 1 < copyEnd) shown.Append(text, end + 1, copyEnd - end - 1);
            start = next;
        }
        return shown.ToString();
    }

    // ---- pieces ----

    private sealed class Tokenizer
    {
        private readonly List<int> _word = new();
        private char[] _ascii = new char[64];
        private int _asciiLength;
        private char[] _piece = new char[32];
        private bool _onlyJoinersSincePiece = true;
        private bool _inSyllable;

        public List<string> Pieces { get; } = new();
        public List<bool> Glued { get; } = new();
        public List<bool> Syllables { get; } = new();

        /// <summary>Ready for the next name; what a huge one (hostile input) grew is let go rather than kept for the life of the thread.</summary>
        public void Reset()
        {
            Pieces.Clear();
            Glued.Clear();
            Syllables.Clear();
            _word.Clear();
            if (_ascii.Length > KeptBufferLength || _piece.Length > KeptBufferLength || _word.Capacity > KeptBufferLength || Pieces.Capacity > KeptBufferLength)
            {
                _ascii = new char[64];
                _piece = new char[32];
                _word.Capacity = 0;
                Pieces.Capacity = 0;
                Glued.Capacity = 0;
                Syllables.Capacity = 0;
            }
            _onlyJoinersSincePiece = true;
            _inSyllable = false;
        }


        public void Letter(int codePoint) => _word.Add(codePoint);

        public bool InWord => _word.Count > 0;

        public void Separator(char c)
        {
            FlushWord();
            NoteSeparator(c);
        }

        public void Separator(string text)
        {
            FlushWord();
            foreach (char c in text) NoteSeparator(c);
        }

        public void Syllable(int codePoint)
        {
            FlushWord();
            _inSyllable = true;
            _asciiLength = 0;
            AppendAscii(TransliterationTable.Of(codePoint));
            AddAscii();
            _inSyllable = false;
        }

        public void FlushWord()
        {
            if (_word.Count == 0) return;
            bool fold = ShouldFoldLookAlikes(_word);
            _asciiLength = 0;
            foreach (int c in _word)
            {
                if (c < 0x80) AppendAscii((char)c);
                else if (fold && Scripts.TryGetLatinLookAlike(c, out char latin)) AppendAscii(latin);
                else AppendAscii(TransliterationTable.Of(c));
            }
            _word.Clear();
            AddAscii();
        }

        /// <summary>Adds the ASCII text in the buffer as pieces: letters, digits and trailing '+' or '#' ("C++", "Face++") form pieces, the rest separates them.</summary>
        private void AddAscii()
        {
            var ascii = _ascii;
            int length = _asciiLength;
            int i = 0;
            while (i < length)
            {
                if (!IsWordChar(ascii[i]))
                {
                    NoteSeparator(ascii[i]);
                    i++;
                    continue;
                }
                int start = i;
                while (i < length && (IsWordChar(ascii[i]) || (ascii[i] is '+' or '#' && i > start))) i++;
                int pieceLength = i - start;
                if (_piece.Length < pieceLength) _piece = new char[Math.Max(pieceLength, 2 * _piece.Length)];
                for (int k = 0; k < pieceLength; k++)
                {
                    char c = ascii[start + k];
                    _piece[k] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
                }
                Glued.Add(Pieces.Count > 0 && _onlyJoinersSincePiece);
                Pieces.Add(new string(_piece, 0, pieceLength));
                Syllables.Add(_inSyllable);
                _onlyJoinersSincePiece = true;
            }
        }

        private void AppendAscii(char c)
        {
            if (_asciiLength == _ascii.Length) Array.Resize(ref _ascii, 2 * _ascii.Length);
            _ascii[_asciiLength++] = c;
        }

        private void AppendAscii(string text)
        {
            foreach (char c in text) AppendAscii(c);
        }

        private static bool IsWordChar(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9';

        /// <summary>Nothing at all, or only hyphens, dots, apostrophes and underscores, between two pieces glues them.</summary>
        private void NoteSeparator(char c)
        {
            if (c is not ('-' or '.' or '\'' or '_' or '`')) _onlyJoinersSincePiece = false;
        }
    }

    private static void Tokenize(string text, Tokenizer tokenizer)
    {
        for (int i = 0; i < text.Length; i++)
        {
            int c = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                c = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }
            if (Scripts.IsInvisible(c)) continue;
            if (c < 0x80)
            {
                if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9') tokenizer.Letter(c);
                else if (c is '+' or '#' && tokenizer.InWord) tokenizer.Letter(c);
                else tokenizer.Separator((char)c);
                continue;
            }
            if (Scripts.IsSyllabic(c))
            {
                tokenizer.Syllable(c);
                continue;
            }
            string form = TransliterationTable.Of(c);
            if (form.Length == 0) continue;
            if (HasLetterOrDigit(form) || Scripts.TryGetLatinLookAlike(c, out _) || (form is "+" or "#" && tokenizer.InWord)) tokenizer.Letter(c);
            else tokenizer.Separator(form);
        }
        tokenizer.FlushWord();
    }

    /// <summary>
    /// A word that mixes Latin letters with Cyrillic or Greek ones ("Ѕеnѕеtіmе" with Cyrillic Ѕ, е, і), or is made
    /// only of Cyrillic or Greek letters that all look Latin ("НUАWЕI" has no Latin letter but reads as one), is a
    /// disguise: its look-alikes are read as the Latin letters they imitate. Real Cyrillic words ("Касперского")
    /// contain letters without a Latin twin and are transliterated instead.
    /// </summary>
    private static bool ShouldFoldLookAlikes(List<int> word)
    {
        bool latin = false, other = false, allLookAlike = true;
        foreach (int c in word)
        {
            if (Scripts.IsLatinLetter(c)) latin = true;
            else if (Scripts.IsLookAlikeScript(c))
            {
                other = true;
                if (!Scripts.TryGetLatinLookAlike(c, out _)) allLookAlike = false;
            }
        }
        return other && (latin || allLookAlike);
    }

    private static bool HasLetterOrDigit(string ascii)
    {
        foreach (char c in ascii)
        {
            if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9') return true;
        }
        return false;
    }

    /// <summary>
    /// "i F L Y T E K", "D J I", "D.J.I.": a run of two or more single letters, standing apart or joined by dots,
    /// is one spelled-out word, and one piece: "A.B.C." must not be found inside "N.A.B.C.".
    /// </summary>
    private static void GlueSingleLetters(List<string> pieces, List<bool> glued, List<bool> syllables)
    {
        MarkSpacedLetters(pieces, glued);
        bool inLetterRun = pieces.Count > 0 && pieces[0].Length == 1 && !syllables[0];
        for (int i = 1; i < pieces.Count;)
        {
            if (glued[i] && pieces[i].Length == 1 && inLetterRun && !syllables[i] && !syllables[i - 1])
            {
                pieces[i - 1] += pieces[i];
                pieces.RemoveAt(i);
                glued.RemoveAt(i);
                syllables.RemoveAt(i);
                continue;
            }
            inLetterRun = pieces[i].Length == 1 && !syllables[i];
            i++;
        }
    }

    private static void MarkSpacedLetters(List<string> pieces, List<bool> glued)
    {
        int runStart = -1;
        for (int i = 0; i <= pieces.Count; i++)
        {
            bool single = i < pieces.Count && pieces[i].Length == 1 && !glued[i] && (i + 1 == pieces.Count || !glued[i + 1]);
            if (single)
            {
                if (runStart < 0) runStart = i;
                continue;
            }
            if (runStart >= 0 && i - runStart >= 2)
            {
                for (int j = runStart + 1; j < i; j++) glued[j] = true;
            }
            runStart = -1;
        }
    }

    // ---- words ----

    private static NameAnalysis Core(List<string> pieces, List<bool> glued, List<bool> syllables, List<(int Start, int End)> wordPieces)
    {
        var words = new List<string>();
        for (int i = 0; i < pieces.Count; i++)
        {
            if (i == 0 || !glued[i])
            {
                words.Add(pieces[i]);
                wordPieces.Add((i, i + 1));
            }
            else
            {
                words[words.Count - 1] += pieces[i];
                wordPieces[wordPieces.Count - 1] = (wordPieces[wordPieces.Count - 1].Start, i + 1);
            }
        }
        if (words.Count == 0) return NameAnalysis.Empty;
        for (int w = 0; w < words.Count; w++)
        {
            string canonical = GenericWords.Canonical(words[w]);
            if (ReferenceEquals(canonical, words[w])) continue;
            words[w] = canonical;
            var (start, end) = wordPieces[w];
            if (end - start == 1) pieces[start] = canonical;
        }

        var keep = new bool[words.Count];
        int first = 0, last = words.Count;
        bool hadLegalForm = false;
        while (true)
        {
            int atEnd = LegalForms.AtEnd(words, first, last);
            if (atEnd > 0) last -= atEnd;
            int atStart = LegalForms.AtStart(words, first, last);
            if (atStart > 0) first += atStart;
            if (atEnd == 0 && atStart == 0) break;
            hadLegalForm = true;
        }
        for (int w = first; w < last; w++) keep[w] = true;
        int kept = last - first;
        for (int w = first; w < last && kept > 1; w++)
        {
            if (!LegalForms.IsUnambiguous(words[w])) continue;
            keep[w] = false;
            kept--;
            hadLegalForm = true;
            // "Co." before an unambiguous form in the middle of a name ("Huawei Co., Ltd. Shenzhen") goes with it.
            if (w > first && keep[w - 1] && kept > 1 && LegalForms.IsLegalWord(words[w - 1]))
            {
                keep[w - 1] = false;
                kept--;
            }
        }
        for (int w = first; w < last && kept > 1; w++)
        {
            if (keep[w] && GenericWords.IsStopWord(words[w]))
            {
                keep[w] = false;
                kept--;
            }
        }

        int keptWords = 0, keptPieces = 0;
        for (int w = 0; w < words.Count; w++)
        {
            if (!keep[w]) continue;
            keptWords++;
            keptPieces += wordPieces[w].End - wordPieces[w].Start;
        }
        var coreWords = new string[keptWords];
        var corePieces = new string[keptPieces];
        var coreGlued = new bool[keptPieces];
        var coreSyllables = new bool[keptPieces];
        bool organizationWord = false;
        int nextWord = 0, nextPiece = 0;
        for (int w = 0; w < words.Count; w++)
        {
            if (!keep[w]) continue;
            coreWords[nextWord++] = words[w];
            if (GenericWords.IsOrganizationWord(words[w])) organizationWord = true;
            var (start, end) = wordPieces[w];
            for (int p = start; p < end; p++, nextPiece++)
            {
                corePieces[nextPiece] = pieces[p];
                coreGlued[nextPiece] = p > start;
                coreSyllables[nextPiece] = syllables[p];
            }
        }
        return new NameAnalysis(coreWords, corePieces, coreGlued, coreSyllables, hadLegalForm, organizationWord);
    }
}
