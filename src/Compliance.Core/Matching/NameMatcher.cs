using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Compliance.Matching;

/// <summary>
/// Matches a name (a supplier, manufacturer, publisher, author, originator) against the index: exactly, by spacing,
/// by word order, by its distinctive words, by containing a listed name, and by near spelling. Every candidate
/// comes from a dictionary lookup of a key built from the name itself.
/// </summary>
internal sealed class NameMatcher
{
    /// <summary>Longest run of pieces tried as a contained name.</summary>
    private const int MaximumWindowPieces = 12;

    /// <summary>Longest run of words tried with near spellings.</summary>
    private const int MaximumWindowWords = 8;

    /// <summary>Combinations of near spellings tried per run of words.</summary>
    private const int MaximumCombinations = 64;

    private readonly EntityIndex _index;
    private readonly ConcurrentDictionary<string, IReadOnlyList<(string Word, double Similarity)>> _nearCache = new(StringComparer.Ordinal);

    public NameMatcher(EntityIndex index) => _index = index;

    /// <param name="partial">
    /// Whether a listed name may match part of <paramref name="name"/> (contained, or a near spelling of a part). Not
    /// for weak evidence: a person's name that contains a listed one-word name ("Maria Chen", "Noah Silva") or a near
    /// spelling of one ("Fatima Smith" for "Fagima SpA") is a first or family name, not the listed entity.
    /// </param>
    /// <param name="nearSpellings">Whether near spellings are tried (not for a CPE vendor, a label rather than a written name).</param>
    /// <param name="spacedOut">
    /// Whether the name may be a one-word listed name written in parts ("Hua Wei" for "Huawei"). Not for weak
    /// evidence: a person's given and family names can spell a brand together ("Yi Tu", "Hua Wei").
    /// </param>
    public void Match(NameAnalysis name, ValueHits hits, bool partial = true, bool nearSpellings = true, bool spacedOut = true)
    {
        if (name.IsEmpty) return;
        foreach (var listed in _index.ByKey(name.Key))
        {
            if (listed.Analysis.IsSingleGenericWord) continue;
            hits.Add(Hit(listed, listed.IsAlias ? MatchKinds.Alias : MatchKinds.ExactName, MatchScores.Exact, true,
                $"matches the {listed.Description} after normalisation"));
        }
        foreach (var listed in _index.ByKeyWithoutLeadingPlaces(name.Key))
        {
            hits.Add(Hit(listed, listed.IsAlias ? MatchKinds.Alias : MatchKinds.ExactName, MatchScores.Exact, true,
                $"matches the {listed.Description} after normalisation, without the place it opens with"));
        }
        if (name.Words.Length >= 2)
        {
            if (spacedOut)
            {
                foreach (var listed in _index.ByKey(name.Compact)) AddSpacing(listed, hits);
            }
            foreach (var listed in _index.BySortedWords(EntityIndex.SortedWordsKey(name.Words)))
            {
                if (listed.Analysis.Key != name.Key)
                {
                    hits.Add(Hit(listed, MatchKinds.Reordered, MatchScores.Reordered, false, $"has the words of the {listed.Description} in another order"));
                }
            }
        }
        foreach (var listed in _index.ByCompact(name.Compact))
        {
            if (listed.Analysis.Key != name.Key) AddSpacing(listed, hits);
        }
        if (name.HasDistinctiveWord) AddDistinctive(name.Words, name.Key, 1.0, null, hits);
        else if (partial) AddGenericOpening(name, hits);
        if (partial) AddContained(name, hits);
        if (nearSpellings) AddNearSpellings(name, partial, hits);
    }

    /// <summary>
    /// Two name fields of one component read together ("Hua" and "wei"): only an exact name, an alias or the same
    /// letters with other spacing count, so that two unrelated names side by side do not make a third.
    /// </summary>
    public void MatchJoined(NameAnalysis joined, string fields, ValueHits hits)
    {
        if (joined.IsEmpty) return;
        foreach (var listed in _index.ByKey(joined.Key).Concat(_index.ByKey(joined.Compact)).Concat(_index.ByCompact(joined.Compact)))
        {
            if (listed.Analysis.IsSingleGenericWord || !listed.Analysis.HasDistinctiveWord) continue;
            hits.Add(Hit(listed, MatchKinds.SplitFields, MatchScores.SplitFields, false,
                $"read together with {fields} matches the {listed.Description} (a name split across fields)"));
        }
    }

    /// <summary>
    /// A name with a part in parentheses ("Semiconductor Manufacturing International Corp. (SMIC)", "Huawei
    /// Technologies Co., Ltd. (Shenzhen)") matches exactly when one part is a name or alias of the entity and the
    /// other is one too, or only generic words, places and legal forms.
    /// </summary>
    public void MatchQualified(string value, ValueHits hits)
    {
        int open = value.IndexOf('(');
        int close = open < 0 ? -1 : value.IndexOf(')', open + 1);
        if (close < 0) return;
        var outside = NameAnalyzer.Analyze(value.Substring(0, open) + " " + value.Substring(close + 1));
        var inside = NameAnalyzer.Analyze(value.Substring(open + 1, close - open - 1));
        AddQualified(outside, inside, value.Substring(open, close - open + 1), hits);
        AddQualified(inside, outside, value.Substring(open, close - open + 1), hits);
    }

    private void AddQualified(NameAnalysis part, NameAnalysis other, string parenthesised, ValueHits hits)
    {
        if (part.IsEmpty) return;
        bool otherIsQualifier = other.IsEmpty || !other.HasDistinctiveWord;
        // "Hikvision Digital Technology (Hangzhou)": a listed name with the places it opens with moved into parentheses
        // (not another place: "Megvii Technology (Shanghai)" is not "Beijing Megvii Technology").
        var movedPlaces = _index.ByKeyWithoutLeadingPlaces(part.Key).Where(listed => other.Key == LeadingPlaces(listed.Analysis.Words));
        foreach (var listed in _index.ByKey(part.Key).Concat(movedPlaces))
        {
            if (listed.Analysis.IsSingleGenericWord) continue;
            if (!otherIsQualifier && !NamesEntity(other, listed.Entity)) continue;
            hits.Add(Hit(listed, listed.IsAlias ? MatchKinds.Alias : MatchKinds.ExactName, MatchScores.Exact, true,
                otherIsQualifier
                    ? $"matches the {listed.Description} after normalisation, with a qualifier"
                    : $"matches the {listed.Description} after normalisation, and names it again in {parenthesised}"));
        }
    }

    private static string LeadingPlaces(string[] words) => string.Join(" ", words, 0, GenericWords.LeadingPlaceCount(words));

    /// <summary>Whether a word is a listed name on its own, or the one distinctive word of one ("dahua" of "Dahua Technology").</summary>
    public bool IsListedWord(string word) => _index.ByKey(word).Count > 0 || _index.ByDistinctiveWords(word).Count > 0;

    private bool NamesEntity(NameAnalysis name, Compliance.Entities.Entity entity)
    {
        foreach (var listed in _index.ByKey(name.Key))
        {
            if (listed.Entity == entity) return true;
        }
        return false;
    }

    private void AddSpacing(IndexedName listed, ValueHits hits)
    {
        if (!listed.Analysis.HasDistinctiveWord) return;
        hits.Add(Hit(listed, MatchKinds.Spacing, MatchScores.Spacing, false, $"matches the {listed.Description} when spaces are ignored"));
    }

    private void AddDistinctive(string[] words, string key, double similarity, string? spelling, ValueHits hits)
    {
        string distinctive = EntityIndex.DistinctiveWordsKey(words);
        // "Spring" is not "Spring Shipping Limited" with its generic word left out: one ordinary word names nobody.
        if (distinctive.Length == 0 || (distinctive.IndexOf(' ') < 0 && GenericWords.IsOrdinary(distinctive))) return;
        foreach (var listed in _index.ByDistinctiveWords(distinctive))
        {
            if (listed.Analysis.Key == key) continue;
            var extra = ExtraGenericWords(words, listed.Analysis.Words);
            // A place or group word of its own is allowed only with the distinctive words spelled as listed: a near
            // spelling plus another place is too far from the listed name.
            if (extra == ExtraWords.Industry || (extra != ExtraWords.None && spelling is not null)) continue;
            double score = extra == ExtraWords.None ? MatchScores.DistinctiveWords : MatchScores.RegionalDistinctiveWords;
            string how = extra switch
            {
                ExtraWords.Places => "with some of its generic words and places left out and a place of its own added (a regional subsidiary?)",
                ExtraWords.Group => "with some of its generic words left out and a group word of its own added (its group or a member of it?)",
                _ => "with some of its generic words and places left out",
            };
            if (spelling is null)
            {
                hits.Add(Hit(listed, MatchKinds.DistinctiveWords, score, false, $"matches the {listed.Description} {how}"));
            }
            else
            {
                hits.Add(Hit(listed, MatchKinds.NearSpelling, score * MatchScores.NearSpellingFactor * similarity, false,
                    $"is a near spelling of the {listed.Description} {how} ({spelling})"));
            }
        }
    }

    /// <summary>
    /// A listed name of generic words only ("China Mobile") that opens a longer name of generic words, the rest only
    /// places or group words ("China Mobile International Limited", "China Mobile Hong Kong"): a regional arm or a
    /// member of its group. Any other word of its own makes it another firm ("Pacific Networks Foundation" is not
    /// "Pacific Networks Corp.").
    /// </summary>
    private void AddGenericOpening(NameAnalysis name, ValueHits hits)
    {
        var words = name.Words;
        for (int length = 2; length < words.Length; length++)
        {
            foreach (var listed in _index.ByKey(string.Join(" ", words, 0, length)))
            {
                if (listed.Analysis.HasDistinctiveWord || ExtraGenericWords(words, listed.Analysis.Words) is ExtraWords.None or ExtraWords.Industry) continue;
                hits.Add(Hit(listed, MatchKinds.Contained, MatchScores.RegionalDistinctiveWords, false,
                    $"opens with the {listed.Description} and adds only places or group words of its own (a regional arm or a group member?)"));
            }
        }
    }

    private enum ExtraWords { None, Places, Group, Industry }

    /// <summary>
    /// A name may leave out generic words of the listed name ("Megvii Technology" for "Beijing Megvii Technology")
    /// and add a place ("Hikvision USA" for "Hangzhou Hikvision Digital Technology": a regional subsidiary) or a word
    /// that names a group ("Kalashnikov Group" for "Kalashnikov Concern": its group or a member), but not bring
    /// industry words of its own ("Dahua Electronics Corporation" is another company than "Dahua Technology"), and
    /// not swap a place the listed name is qualified with for another ("ICBC (Asia)" is a sister of the listed "ICBC
    /// (London)"): only the places a listed name opens with, its seat, may be left out when one is added.
    /// </summary>
    private static ExtraWords ExtraGenericWords(string[] words, string[] listedWords)
    {
        bool places = false, group = false;
        foreach (var word in words)
        {
            if (!GenericWords.IsGeneric(word) || Array.IndexOf(listedWords, word) >= 0) continue;
            if (GenericWords.IsPlaceOrScope(word)) places = true;
            else if (GenericWords.IsGroupWord(word)) group = true;
            else return ExtraWords.Industry;
        }
        if (places && DropsQualifyingPlace(words, listedWords)) return ExtraWords.Industry;
        return places ? ExtraWords.Places : group ? ExtraWords.Group : ExtraWords.None;
    }

    private static bool DropsQualifyingPlace(string[] words, string[] listedWords)
    {
        int seat = 0;
        while (seat < listedWords.Length && GenericWords.IsPlace(listedWords[seat])) seat++;
        for (int i = seat; i < listedWords.Length; i++)
        {
            if (GenericWords.IsPlace(listedWords[i]) && Array.IndexOf(words, listedWords[i]) < 0) return true;
        }
        return false;
    }

    /// <summary>
    /// Every run of consecutive pieces is looked up as a name: "Huawei" in "Huawei Device", "DJI" in "DJI-Innovations",
    /// "海康威视" inside "杭州海康威视数字技术". A single syllable cut out of a longer word must have five letters, so
    /// that one character of a Chinese name does not match a short alias.
    /// </summary>
    private void AddContained(NameAnalysis name, ValueHits hits)
    {
        var pieces = name.Pieces;
        var glued = name.GluedToPrevious;
        var key = new StringBuilder();
        for (int start = 0; start < pieces.Length; start++)
        {
            key.Clear();
            for (int end = start + 1; end <= pieces.Length && end - start <= MaximumWindowPieces; end++)
            {
                if (end - 1 > start && !glued[end - 1]) key.Append(' ');
                key.Append(pieces[end - 1]);
                if (start == 0 && end == pieces.Length) continue;
                bool aligned = !glued[start] && (end == pieces.Length || !glued[end]);
                if (!aligned && end - start < 2 && key.Length < 5 && name.Syllables[start]) continue;
                string window = key.ToString();
                foreach (var listed in _index.ByKey(window))
                {
                    if (!listed.Analysis.CanBeContained || listed.Analysis.Compact.Length < 3) continue;
                    hits.Add(Hit(listed, MatchKinds.Contained, ContainedScore(listed.Analysis.Compact.Length, name.Compact.Length), false,
                        $"contains the {listed.Description}"));
                }
            }
        }
    }

    private static double ContainedScore(int containedLetters, int allLetters) =>
        MatchScores.ContainedBase + MatchScores.ContainedCoverage * Math.Min(1.0, (double)containedLetters / Math.Max(1, allLetters));

    /// <summary>
    /// Words replaced by the listed words they are near spellings of ("inspure" by "inspur"), then looked up whole,
    /// by distinctive words, and as runs contained in the name.
    /// </summary>
    private void AddNearSpellings(NameAnalysis name, bool partial, ValueHits hits)
    {
        var words = name.Words;
        var variants = new IReadOnlyList<(string Word, double Similarity)>[words.Length];
        bool any = false;
        for (int i = 0; i < words.Length; i++)
        {
            variants[i] = Near(words[i]);
            any |= variants[i].Count > 0;
        }
        if (!any) return;
        for (int start = 0; start < words.Length; start++)
        {
            for (int end = start + 1; end <= words.Length && end - start <= MaximumWindowWords; end++)
            {
                if (!partial && (start > 0 || end < words.Length)) continue;
                bool hasVariant = false;
                for (int i = start; i < end; i++) hasVariant |= variants[i].Count > 0;
                if (!hasVariant) continue;
                var chosen = new string[end - start];
                int combinations = 0;
                Combine(name, variants, start, end, start, chosen, 1.0, new List<string>(), ref combinations, hits);
            }
        }
    }

    private void Combine(NameAnalysis name, IReadOnlyList<(string Word, double Similarity)>[] variants, int start, int end, int at,
        string[] chosen, double similarity, List<string> spellings, ref int combinations, ValueHits hits)
    {
        if (combinations >= MaximumCombinations) return;
        if (at == end)
        {
            if (spellings.Count == 0) return;
            combinations++;
            Lookup(name, start, end, chosen, similarity, string.Join(", ", spellings), hits);
            return;
        }
        chosen[at - start] = name.Words[at];
        Combine(name, variants, start, end, at + 1, chosen, similarity, spellings, ref combinations, hits);
        foreach (var (word, wordSimilarity) in variants[at])
        {
            chosen[at - start] = word;
            spellings.Add($"'{name.Words[at]}' for '{word}', similarity {wordSimilarity.ToString("0.00", CultureInfo.InvariantCulture)}");
            Combine(name, variants, start, end, at + 1, chosen, Math.Min(similarity, wordSimilarity), spellings, ref combinations, hits);
            spellings.RemoveAt(spellings.Count - 1);
        }
    }

    private void Lookup(NameAnalysis name, int start, int end, string[] chosen, double similarity, string spelling, ValueHits hits)
    {
        bool whole = start == 0 && end == name.Words.Length;
        string key = string.Join(" ", chosen);
        foreach (var listed in _index.ByKey(key))
        {
            // Found nearly spelled inside a longer name, a listed name of one word is too often just a similar word
            // ("George" for "Gorge Limited", "Manela" for "Manel"): only names of two words or more are.
            if (whole ? !listed.Analysis.CanBeNearSpelled : !listed.Analysis.CanBeContained || listed.Analysis.Words.Length < 2) continue;
            double score = whole ? MatchScores.Exact : ContainedScore(listed.Analysis.Compact.Length, name.Compact.Length);
            hits.Add(Hit(listed, MatchKinds.NearSpelling, score * MatchScores.NearSpellingFactor * similarity, false,
                $"{(whole ? "is a near spelling of" : "contains a near spelling of")} the {listed.Description} ({spelling})"));
        }
        if (whole) AddDistinctive(chosen, key, similarity, spelling, hits);
    }

    /// <summary>
    /// The listed words this word may be a misspelling of; none for an industry or place word, which is spelled as
    /// meant ("development" is not "SG-Development").
    /// </summary>
    private IReadOnlyList<(string Word, double Similarity)> Near(string word)
    {
        if (word.Length < NearSpelling.MinimumLength || GenericWords.IsIndustryOrPlace(word)) return Array.Empty<(string, double)>();
        if (!_nearCache.TryGetValue(word, out var found)) found = _nearCache.GetOrAdd(word, _index.NearSpelling.Find(word));
        return found;
    }

    private static ValueHit Hit(IndexedName listed, string kind, double score, bool confident, string explanation) =>
        new(listed.Entity, listed.Text, kind, score, confident, explanation);
}
