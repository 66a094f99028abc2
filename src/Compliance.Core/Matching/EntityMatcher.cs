using System;
using System.Collections.Generic;
using Compliance.Boms;
using Compliance.Entities;

namespace Compliance.Matching;

/// <summary>
/// Finds the entities a component's evidence points at. The entities are indexed once per run
/// (<see cref="EntityIndex"/>); each distinct evidence value is matched once per run and the result cached, so a
/// BOM of many components with the same supplier costs one match. What a match means depends on the evidence:
/// an organisation named as supplier, manufacturer or publisher (or an author string that is clearly an
/// organisation) is strong and can give a confident match; a person, an author that may be a person, and an inferred
/// identifier never give more than a possible match; copyright text is not vendor evidence and is not matched.
/// </summary>
public sealed class EntityMatcher
{
    private readonly NameMatcher _names;
    private readonly IdentifierMatcher _identifiers;
    // Per kind of evidence (the same text means different things as a name and as a URL), by the text itself.
    private readonly Dictionary<string, MatchedValue>[] _cache = new Dictionary<string, MatchedValue>[Enum.GetValues(typeof(EvidenceKind)).Length];

    public EntityMatcher(IEnumerable<Entity> entities)
    {
        var index = new EntityIndex(entities);
        _names = new NameMatcher(index);
        _identifiers = new IdentifierMatcher(index, _names);
    }

    /// <summary>
    /// Matches every distinct evidence value of <paramref name="components"/> not matched yet, on all cores, so that
    /// <see cref="Match"/> finds them done. A value's result depends on the value alone, never on what was matched
    /// before it, so the order and the threads change nothing.
    /// </summary>
    public void Prepare(IReadOnlyList<Component> components)
    {
        var counts = new int[_cache.Length];
        int total = 0;
        foreach (var component in components)
        {
            foreach (var item in component.Evidence) counts[(int)item.Kind]++;
            total += component.Evidence.Count;
        }
        var pending = new List<Evidence>(total);
        foreach (var component in components)
        {
            foreach (var item in component.Evidence)
            {
                if (item.Kind == EvidenceKind.FreeText) continue;
                // Sized once for every value of the kind, rather than grown step by step over a large BOM.
                var cache = _cache[(int)item.Kind] ??= new Dictionary<string, MatchedValue>(counts[(int)item.Kind], StringComparer.Ordinal);
                if (cache.ContainsKey(item.Value)) continue;
                cache.Add(item.Value, NoMatch);
                pending.Add(item);
            }
        }
        var matched = new MatchedValue[pending.Count];
        ParallelWork.For(pending.Count, i => matched[i] = Compute(pending[i].Kind, pending[i].Value));
        for (int i = 0; i < pending.Count; i++) _cache[(int)pending[i].Kind][pending[i].Value] = matched[i];
    }

    public IReadOnlyList<EntityMatch> Match(Component component)
    {
        List<EntityMatch>? matches = null;
        foreach (var evidence in component.Evidence)
        {
            if (evidence.Kind == EvidenceKind.FreeText) continue;
            var value = MatchValue(evidence.Kind, evidence.Value);
            foreach (var hit in value.Hits)
            {
                bool strong = IsStrong(evidence.Kind, value.LooksLikeOrganization);
                bool confident = hit.ConfidentKind && strong;
                string explanation = hit.ConfidentKind && !strong ? hit.Explanation + WeakEvidenceNote(evidence.Kind) : hit.Explanation;
                (matches ??= new List<EntityMatch>()).Add(new EntityMatch(hit.Entity, evidence, hit.MatchedName, hit.Kind, hit.Score, confident, explanation));
            }
        }
        return matches ?? (IReadOnlyList<EntityMatch>)Array.Empty<EntityMatch>();
    }

    /// <summary>
    /// Strong evidence can carry a confident match: a named organisation, an identifier or address the list gives,
    /// or an author string that a legal form or organisation word shows to be an organisation ("SZ DJI Technology
    /// Co., Ltd." as author).
    /// </summary>
    private static bool IsStrong(EvidenceKind kind, bool looksLikeOrganization) => kind switch
    {
        EvidenceKind.Organization or EvidenceKind.Identifier or EvidenceKind.Url or EvidenceKind.Email => true,
        EvidenceKind.Party => looksLikeOrganization,
        _ => false,
    };

    private static string WeakEvidenceNote(EvidenceKind kind) => kind == EvidenceKind.Person
        ? " (a person's name is weak evidence)"
        : " (an author that may be a person is weak evidence)";

    private MatchedValue MatchValue(EvidenceKind kind, string value)
    {
        var cache = _cache[(int)kind] ??= new Dictionary<string, MatchedValue>(StringComparer.Ordinal);
        if (cache.TryGetValue(value, out var cached)) return cached;
        var matched = Compute(kind, value);
        cache[value] = matched;
        return matched;
    }

    private MatchedValue Compute(EvidenceKind kind, string value)
    {
        var hits = new ValueHits();
        bool looksLikeOrganization = false;
        switch (kind)
        {
            case EvidenceKind.Organization:
            case EvidenceKind.Person:
            case EvidenceKind.Party:
                var name = NameAnalyzer.Analyze(value);
                looksLikeOrganization = name.LooksLikeOrganization;
                _names.Match(name, hits, partial: IsStrong(kind, looksLikeOrganization));
                if (value.IndexOf('(') >= 0) _names.MatchQualified(value, hits);
                if (LooksLikeDomain(value)) _identifiers.MatchUrl(value, hits);
                break;
            case EvidenceKind.Url:
                _identifiers.MatchUrl(value, hits);
                break;
            case EvidenceKind.Email:
                _identifiers.MatchEmail(value, hits);
                break;
            case EvidenceKind.Identifier:
                _identifiers.MatchIdentifier(value, hits);
                break;
        }
        var found = hits.ToList();
        return found.Count == 0 && !looksLikeOrganization ? NoMatch : new MatchedValue(found, looksLikeOrganization);
    }

    private static readonly MatchedValue NoMatch = new(Array.Empty<ValueHit>(), false);

    /// <summary>A name written as a domain ("julialang.org", "dji.com") is also matched as one.</summary>
    private static bool LooksLikeDomain(string value)
    {
        string text = value.Trim();
        int dot = text.LastIndexOf('.');
        if (dot <= 0 || text.IndexOf(' ') >= 0 || text.Length - dot - 1 is < 2 or > 6) return false;
        for (int i = dot + 1; i < text.Length; i++)
        {
            if (text[i] is < 'a' or > 'z' && text[i] is < 'A' or > 'Z') return false;
        }
        return Domains.TryGetHost(text, out _);
    }

    private sealed record MatchedValue(IReadOnlyList<ValueHit> Hits, bool LooksLikeOrganization);
}
