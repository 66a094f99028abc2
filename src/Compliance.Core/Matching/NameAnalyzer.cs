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
    public static NameAnalysis Analyze(string text)
    {
        var pieces = new List<string>();
        var glued = new List<bool>();
        var syllables = new List<bool>();
        Tokenize(NativeTerms.Replace(DisplayOrder(text)), pieces, glued, syllables);
        GlueSingleLetters(pieces, glued, syllables);
        return Core(pieces, glued, syllables);
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
        private readonly List<string> _pieces;
        private readonly List<bool> _glued;
        private readonly List<bool> _syllables;
        private readonly List<int> _word = new();
        private readonly StringBuilder _separator = new();
        private bool _inSyllable;

        public Tokenizer(List<string> pieces, List<bool> glued, List<bool> syllables)
        {
            _pieces = pieces;
            _glued = glued;
            _syllables = syllables;
        }

        public void Letter(int codePoint) => _word.Add(codePoint);

        public bool InWord => _word.Count > 0;

        public void Separator(string text)
        {
            FlushWord();
            _separator.Append(text);
        }

        public void Syllable(int codePoint)
        {
            FlushWord();
            _inSyllable = true;
            AddAscii(TransliterationTable.Of(codePoint));
            _inSyllable = false;
        }

        public void FlushWord()
        {
            if (_word.Count == 0) return;
            bool fold = ShouldFoldLookAlikes(_word);
            var ascii = new StringBuilder(_word.Count + 4);
            foreach (int c in _word)
            {
                if (c < 0x80) ascii.Append((char)c);
                else if (fold && Scripts.TryGetLatinLookAlike(c, out char latin)) ascii.Append(latin);
                else ascii.Append(TransliterationTable.Of(c));
            }
            _word.Clear();
            AddAscii(ascii.ToString());
        }

        /// <summary>Adds ASCII text as pieces: letters, digits and trailing '+' or '#' ("C++", "Face++") form pieces, the rest separates them.</summary>
        private void AddAscii(string ascii)
        {
            int i = 0;
            while (i < ascii.Length)
            {
                if (!IsWordChar(ascii[i]))
                {
                    _separator.Append(ascii[i] == ' ' ? ' ' : ascii[i]);
                    i++;
                    continue;
                }
                int start = i;
                while (i < ascii.Length && (IsWordChar(ascii[i]) || (ascii[i] is '+' or '#' && i > start))) i++;
                var piece = new char[i - start];
                for (int k = 0; k < piece.Length; k++)
                {
                    char c = ascii[start + k];
                    piece[k] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
                }
                _glued.Add(_pieces.Count > 0 && IsJoiner(_separator));
                _pieces.Add(new string(piece));
                _syllables.Add(_inSyllable);
                _separator.Clear();
            }
        }

        private static bool IsWordChar(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9';

        /// <summary>Nothing at all, or only hyphens, dots, apostrophes and underscores, between two pieces glues them.</summary>
        private static bool IsJoiner(StringBuilder separator)
        {
            for (int i = 0; i < separator.Length; i++)
            {
                if (separator[i] is not ('-' or '.' or '\'' or '_' or '`')) return false;
            }
            return true;
        }
    }

    private static void Tokenize(string text, List<string> pieces, List<bool> glued, List<bool> syllables)
    {
        var tokenizer = new Tokenizer(pieces, glued, syllables);
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
                else tokenizer.Separator(((char)c).ToString());
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
            else if (Scripts.IsCyrillicOrGreek(c))
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

    private static NameAnalysis Core(List<string> pieces, List<bool> glued, List<bool> syllables)
    {
        var words = new List<string>();
        var wordPieces = new List<(int Start, int End)>();
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

        var coreWords = new List<string>(kept);
        var corePieces = new List<string>();
        var coreGlued = new List<bool>();
        var coreSyllables = new List<bool>();
        bool organizationWord = false;
        for (int w = 0; w < words.Count; w++)
        {
            if (!keep[w]) continue;
            coreWords.Add(words[w]);
            if (GenericWords.IsOrganizationWord(words[w])) organizationWord = true;
            var (start, end) = wordPieces[w];
            for (int p = start; p < end; p++)
            {
                corePieces.Add(pieces[p]);
                coreGlued.Add(p > start);
                coreSyllables.Add(syllables[p]);
            }
        }
        return new NameAnalysis(coreWords.ToArray(), corePieces.ToArray(), coreGlued.ToArray(), coreSyllables.ToArray(), hadLegalForm, organizationWord);
    }
}
