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
/// identifier never give more than a possible match; copyright text is not vendor evidence and is not matched. What
/// the entity is matters too (<see cref="EntityTypeRules"/>): an individual is matched only by a whole name and never
/// confidently, a vessel or aircraft by no name.
/// </summary>
public sealed class EntityMatcher
{
    private readonly NameMatcher _names;
    private readonly IdentifierMatcher _identifiers;
    // Every distinct value matched so far, per kind of evidence (the same text means different things as a name and
    // as a URL): its slot in _matched.
    private readonly Dictionary<string, int>[] _slots = new Dictionary<string, int>[Enum.GetValues(typeof(EvidenceKind)).Length];
    private readonly List<MatchedValue> _matched = new();

    public EntityMatcher(IEnumerable<Entity> entities)
    {
        var index = new EntityIndex(entities);
        _names = new NameMatcher(index);
        _identifiers = new IdentifierMatcher(index, _names);
    }

    /// <summary>
    /// The matches of each component's evidence, in the order of <paramref name="components"/>. Each distinct value
    /// (kind and text) is matched once per matcher, the new ones on all cores: a value's result depends on the value
    /// alone, so neither the order nor the threads change anything.
    /// </summary>
    public IReadOnlyList<EntityMatch>[] MatchAll(IReadOnlyList<Component> components)
    {
        var counts = new int[_slots.Length];
        int total = 0;
        foreach (var component in components)
        {
            foreach (var item in component.Evidence) counts[(int)item.Kind]++;
            total += component.Evidence.Count;
        }
        var slotOfEvidence = new int[total];
        var pending = new List<Evidence>(total);
        _matched.Capacity = Math.Max(_matched.Capacity, _matched.Count + total);
        int at = 0;
        foreach (var component in components)
        {
            foreach (var item in component.Evidence) slotOfEvidence[at++] = Slot(item, counts, pending);
        }
        int first = _matched.Count - pending.Count;
        var matched = new MatchedValue[pending.Count];
        ParallelWork.For(pending.Count, i => matched[i] = Compute(pending[i].Kind, pending[i].Value));
        for (int i = 0; i < matched.Length; i++) _matched[first + i] = matched[i];

        var result = new IReadOnlyList<EntityMatch>[components.Count];
        at = 0;
        for (int c = 0; c < components.Count; c++)
        {
            List<EntityMatch>? matches = null;
            foreach (var item in components[c].Evidence)
            {
                int slot = slotOfEvidence[at++];
                if (slot >= 0) AddMatches(item, _matched[slot], ref matches);
            }
            result[c] = matches ?? (IReadOnlyList<EntityMatch>)Array.Empty<EntityMatch>();
        }
        AddSplitNames(components, result);
        return result;
    }

    /// <summary>
    /// A name written across two adjacent name fields of one component ("Hua" as supplier, "wei" as manufacturer) is
    /// read together too: a possible match for an entity neither field points at alone. Two people's names are not
    /// joined ("Zhang" and "Wei" as contacts), nor two entries of the same field.
    /// </summary>
    private void AddSplitNames(IReadOnlyList<Component> components, IReadOnlyList<EntityMatch>[] result)
    {
        var pairs = new List<(int Component, Evidence First, Evidence Second)>();
        for (int c = 0; c < components.Count; c++)
        {
            Evidence? previous = null;
            foreach (var item in components[c].Evidence)
            {
                if (!IsShortName(item)) continue;
                // Two entries of one field (two authors) are two parties, not one name in pieces.
                if (previous is not null && previous.Field != item.Field && previous.Value != item.Value
                    && (previous.Kind != EvidenceKind.Person || item.Kind != EvidenceKind.Person))
                {
                    pairs.Add((c, previous, item));
                }
                previous = item;
            }
        }
        var found = new IReadOnlyList<ValueHit>[pairs.Count];
        ParallelWork.For(pairs.Count, i =>
        {
            var (_, first, second) = pairs[i];
            var hits = new ValueHits(AdmitsForName);
            _names.MatchJoined(NameAnalyzer.Analyze(first.Value + " " + second.Value), $"{second.Field} '{second.Value}'", hits);
            found[i] = hits.ToList();
        });
        for (int i = 0; i < pairs.Count; i++)
        {
            if (found[i].Count == 0) continue;
            var (c, first, _) = pairs[i];
            var matches = new List<EntityMatch>(result[c]);
            foreach (var hit in found[i])
            {
                if (matches.Exists(m => m.Entity == hit.Entity)) continue;
                matches.Add(new EntityMatch(hit.Entity, first, hit.MatchedName, hit.Kind, hit.Score, false, hit.Explanation));
            }
            result[c] = matches;
        }
    }

    /// <summary>A name field of one to three words: the pieces a split name would leave.</summary>
    private static bool IsShortName(Evidence item)
    {
        if (item.Kind is not (EvidenceKind.Organization or EvidenceKind.Party or EvidenceKind.Person)) return false;
        int spaces = 0;
        foreach (char c in item.Value)
        {
            if (c == ' ' && ++spaces > 2) return false;
        }
        return item.Value.Length <= 64;
    }

    /// <summary>The slot of an evidence value's result, reserving one (and queueing the value) when it is new; -1 for copyright text.</summary>
    private int Slot(Evidence item, int[] counts, List<Evidence> pending)
    {
        if (item.Kind == EvidenceKind.FreeText) return -1;
        // Sized once for every value of the kind, rather than grown step by step over a large BOM.
        var slots = _slots[(int)item.Kind] ??= new Dictionary<string, int>(counts[(int)item.Kind], StringComparer.Ordinal);
        if (slots.TryGetValue(item.Value, out int slot)) return slot;
        slot = _matched.Count;
        slots.Add(item.Value, slot);
        _matched.Add(NoMatch);
        pending.Add(item);
        return slot;
    }

    private static void AddMatches(Evidence evidence, MatchedValue value, ref List<EntityMatch>? matches)
    {
        for (int i = 0; i < value.Hits.Count; i++)
        {
            var hit = value.Hits[i];
            bool strong = IsStrong(evidence.Kind, value.LooksLikeOrganization);
            bool confident = hit.ConfidentKind && strong && EntityTypeRules.CanBeConfident(hit.Entity, hit.Kind);
            string explanation = !hit.ConfidentKind || confident ? hit.Explanation
                : !strong ? hit.Explanation + WeakEvidenceNote(evidence.Kind)
                : hit.Explanation + EntityTypeRules.IndividualNote;
            (matches ??= new List<EntityMatch>()).Add(new EntityMatch(hit.Entity, evidence, hit.MatchedName, hit.Kind, hit.Score, confident, explanation));
        }
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

    private MatchedValue Compute(EvidenceKind kind, string value)
    {
        ValueHits hits;
        bool looksLikeOrganization = false;
        switch (kind)
        {
            case EvidenceKind.Organization:
            case EvidenceKind.Person:
            case EvidenceKind.Party:
                var name = NameAnalyzer.Analyze(value);
                looksLikeOrganization = name.LooksLikeOrganization;
                hits = new ValueHits(AdmitsForName);
                bool strong = IsStrong(kind, looksLikeOrganization);
                _names.Match(name, hits, partial: strong && !ReadsLikePersonName(name), spacedOut: strong);
                if (value.IndexOf('(') >= 0) _names.MatchQualified(value, hits);
                if (LooksLikeDomain(value)) _identifiers.MatchUrl(value, hits);
                break;
            case EvidenceKind.Url:
                _identifiers.MatchUrl(value, hits = new ValueHits());
                break;
            case EvidenceKind.Email:
                _identifiers.MatchEmail(value, hits = new ValueHits());
                break;
            case EvidenceKind.Identifier:
                _identifiers.MatchIdentifier(value, hits = new ValueHits());
                break;
            default:
                return NoMatch;
        }
        var found = hits.ToList();
        return found.Count == 0 && !looksLikeOrganization ? NoMatch : new MatchedValue(found, looksLikeOrganization);
    }

    /// <summary>
    /// Two plain words of a name's length, neither of them generic or an ordinary English word, with no legal form:
    /// "Sairan Bekova", "Dahua Lin" (not "Tsinghua Tongfang Nuctech", "iFlytek Speech", "Megvii Brain"). SBOM tools
    /// write people as organisations (SPDX <c>Organization: Jian Sun</c>), so such a name is matched only as a whole,
    /// like a person's: a listed one-word name inside it is a first or family name. A longer word is no given or family
    /// name ("Siemens Aktiengeselschaft", a misspelled legal form), and two listed brands side by side ("Hikvision
    /// Ezviz", "Dahua Imou") are no person's.
    /// </summary>
    private bool ReadsLikePersonName(NameAnalysis name)
    {
        if (name.Words.Length != 2 || name.LooksLikeOrganization || name.Pieces.Length != name.Words.Length) return false;
        foreach (var word in name.Words)
        {
            if (GenericWords.IsOrdinary(word) || word.Length > PersonNameWordMaximumLength) return false;
        }
        return !(_names.IsListedWord(name.Words[0]) && _names.IsListedWord(name.Words[1]));
    }

    private const int PersonNameWordMaximumLength = 12;

    private static readonly System.Func<ValueHit, bool> AdmitsForName = EntityTypeRules.Admits;

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
