using System;
using System.Collections.Generic;

namespace Compliance.Matching;

/// <summary>
/// Finds the words of the entity names that a word is a near spelling of ("inspure" of "inspur", "megvi" of
/// "megvii"), through a deletion index (SymSpell): every word of the list is indexed under the forms it takes with
/// one character deleted (two for long words), so a lookup costs a few hash probes whatever the size of the list.
/// </summary>
internal sealed class NearSpelling
{
    /// <summary>
    /// Two words are near spellings when their similarity, 1 - (optimal string alignment distance / length of the
    /// longer word), is at least this: one typo (insertion, deletion, substitution or swap of neighbours) from five
    /// letters on, two from ten. "inspure"/"inspur" is 0.86, "megvi"/"megvii" 0.83, "inspire"/"inspur" 0.71.
    /// </summary>
    public const double Threshold = 0.80;

    /// <summary>Both words need at least this many characters: shorter ones ("zte", "dji", "smic") match exactly or not at all.</summary>
    public const int MinimumLength = 5;

    /// <summary>Near spellings kept per word, most similar first.</summary>
    private const int MaximumVariants = 3;

    /// <summary>
    /// Words of this length or more are indexed, and looked up, with two deletions as well as one: two edits are
    /// within <see cref="Threshold"/> only when the longer word has ten letters, and then both words reach this
    /// length or differ in length, which one deletion on the shorter side covers.
    /// </summary>
    private const int TwoDeletionLength = 10;

    /// <summary>
    /// Longer listed words are not indexed: no name has a word of this length, and a hostile list's word of 100,000
    /// letters would take the square of its length in deletion forms (the index build never ended).
    /// </summary>
    private const int MaximumLength = 64;

    private readonly List<(string Spelling, string Word)> _words = new();
    private readonly int _longest;
    // Every deletion form's hash, sorted, and beside each the word it came from: one sort instead of hundreds of
    // thousands of hash-table inserts spread over memory.
    private readonly ulong[] _forms;
    private readonly int[] _formWords;
    private readonly int _formCount;

    /// <summary>Indexes listed words under their spellings (the word itself, and "networks" for the word "network").</summary>
    public NearSpelling(IEnumerable<(string Spelling, string Word)> spellings)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        int forms = 0;
        foreach (var (spelling, word) in spellings)
        {
            if (spelling.Length < MinimumLength || spelling.Length > MaximumLength || !known.Add(spelling)) continue;
            _words.Add((spelling, word));
            _longest = Math.Max(_longest, spelling.Length);
            forms += 1 + spelling.Length + (spelling.Length >= TwoDeletionLength ? spelling.Length * (spelling.Length - 1) / 2 : 0);
        }
        _forms = new ulong[forms];
        _formWords = new int[forms];
        var deletions = new HashSet<ulong>();
        for (int id = 0; id < _words.Count; id++)
        {
            foreach (ulong hash in Deletions(_words[id].Spelling, deletions))
            {
                _forms[_formCount] = hash;
                _formWords[_formCount++] = id;
            }
        }
        Array.Sort(_forms, _formWords, 0, _formCount);
    }

    /// <summary>The listed words <paramref name="word"/> is a near spelling of (not itself), with their similarity.</summary>
    public IReadOnlyList<(string Word, double Similarity)> Find(string word)
    {
        // A word longer than the longest listed one divided by the threshold is at least that many edits away from
        // every listed word; skipping it also keeps a hostile one-word value of megabytes from costing the cube of
        // its length in deletion forms.
        if (word.Length < MinimumLength || word.Length * Threshold > _longest) return Array.Empty<(string, double)>();
        List<(string Word, double Similarity)>? found = null;
        var seen = new HashSet<int>();
        foreach (ulong hash in Deletions(word, new HashSet<ulong>()))
        {
            for (int at = FirstForm(hash); at < _formCount && _forms[at] == hash; at++)
            {
                int id = _formWords[at];
                if (!seen.Add(id)) continue;
                var (spelling, listed) = _words[id];
                if (string.Equals(spelling, word, StringComparison.Ordinal) || string.Equals(listed, word, StringComparison.Ordinal)) continue;
                double similarity = Similarity(word, spelling);
                if (similarity < Threshold) continue;
                found ??= new List<(string, double)>();
                int existing = found.FindIndex(f => f.Word == listed);
                if (existing < 0) found.Add((listed, similarity));
                else if (found[existing].Similarity < similarity) found[existing] = (listed, similarity);
            }
        }
        if (found is null) return Array.Empty<(string, double)>();
        found.Sort((a, b) => b.Similarity != a.Similarity ? b.Similarity.CompareTo(a.Similarity) : string.CompareOrdinal(a.Word, b.Word));
        if (found.Count > MaximumVariants) found.RemoveRange(MaximumVariants, found.Count - MaximumVariants);
        return found;
    }

    /// <summary>The position of the first form with this hash, or of the first greater one.</summary>
    private int FirstForm(ulong hash)
    {
        int low = 0, high = _formCount;
        while (low < high)
        {
            int middle = low + (high - low) / 2;
            if (_forms[middle] < hash) low = middle + 1;
            else high = middle;
        }
        return low;
    }

    public static double Similarity(string a, string b) => 1.0 - (double)Distance(a, b) / Math.Max(a.Length, b.Length);

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.</summary>
    public static int Distance(string a, string b)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int best = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) best = Math.Min(best, previous2[j - 2] + 1);
                current[j] = best;
            }
            (previous2, previous, current) = (previous, current, previous2);
        }
        return previous[b.Length];
    }

    /// <summary>Hashes of the word and of its forms with one (and, when long, two) characters deleted, without duplicates.</summary>
    private static HashSet<ulong> Deletions(string word, HashSet<ulong> hashes)
    {
        hashes.Clear();
        hashes.Add(Hash(word, -1, -1));
        for (int i = 0; i < word.Length; i++)
        {
            hashes.Add(Hash(word, i, -1));
            if (word.Length < TwoDeletionLength) continue;
            for (int j = i + 1; j < word.Length; j++) hashes.Add(Hash(word, i, j));
        }
        return hashes;
    }

    /// <summary>FNV-1a over the word without the characters at <paramref name="skip1"/> and <paramref name="skip2"/>; a collision only costs a distance check.</summary>
    private static ulong Hash(string word, int skip1, int skip2)
    {
        ulong hash = 14695981039346656037UL;
        for (int i = 0; i < word.Length; i++)
        {
            if (i == skip1 || i == skip2) continue;
            hash = (hash ^ word[i]) * 1099511628211UL;
        }
        return hash;
    }
}
