using System;
using System.Collections.Generic;
using Compliance.Boms;
using Compliance.Entities;
using Compliance.Matching;

namespace Compliance.Benchmarks;

/// <summary>
/// What a matcher without an index does: every name of the component against every name of every entity, with a
/// normalised edit distance (the trade.gov CSL search's method). Only the baseline the indexed engine is compared with.
/// </summary>
internal sealed class NaiveMatcher
{
    private readonly List<string> _names = new();

    public NaiveMatcher(IEnumerable<Entity> entities)
    {
        foreach (var entity in entities)
        {
            foreach (var name in entity.AllNames()) _names.Add(NameNormalizer.Normalize(name));
        }
    }

    public int NameCount => _names.Count;

    public int Match(Component component)
    {
        int hits = 0;
        foreach (var evidence in component.Evidence)
        {
            if (evidence.Kind is not (EvidenceKind.Organization or EvidenceKind.Party or EvidenceKind.Person)) continue;
            string value = NameNormalizer.Normalize(evidence.Value);
            foreach (var name in _names)
            {
                if (Similarity(value, name) >= 0.8) hits++;
            }
        }
        return hits;
    }

    private static double Similarity(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0) return 0;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
            (previous, current) = (current, previous);
        }
        return 1.0 - (double)previous[b.Length] / Math.Max(a.Length, b.Length);
    }
}
