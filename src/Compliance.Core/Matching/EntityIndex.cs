using System;
using System.Collections.Generic;
using Compliance.Entities;

namespace Compliance.Matching;

/// <summary>
/// Every entity's names, aliases and identifiers, analysed once and indexed by the keys the matcher looks up, so
/// that the cost of matching a value depends on the value, not on the size of the list.
/// </summary>
internal sealed class EntityIndex
{
    private static readonly List<IndexedName> NoNames = new();

    private readonly Dictionary<string, List<IndexedName>> _byKey;
    private readonly Dictionary<string, List<IndexedName>> _byKeyWithoutLeadingPlaces = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<IndexedName>> _byCompact;
    private readonly Dictionary<string, List<IndexedName>> _bySortedWords;
    private readonly Dictionary<string, List<IndexedName>> _byDistinctiveWords;
    private readonly Dictionary<string, List<IndexedName>> _byWholeBrand;
    private readonly Dictionary<string, List<IndexedName>> _byDistinctiveBrand;
    private readonly Dictionary<string, List<(Entity Entity, string Listed)>> _domains = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(Entity Entity, string Listed)>> _emailDomains = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(Entity Entity, string Listed)>> _purlPrefixes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(Entity Entity, string Listed)>> _namespaces = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(Entity Entity, string Listed)>> _cpeVendors = new(StringComparer.Ordinal);
    private readonly HashSet<string> _purlTypes = new(StringComparer.Ordinal);
    private readonly HashSet<int> _prefixLengths = new();

    public EntityIndex(IEnumerable<Entity> entities)
    {
        var all = new List<Entity>(entities);
        var names = new List<(Entity Entity, string Text, bool IsAlias)>();
        foreach (var entity in all)
        {
            names.Add((entity, entity.Name, false));
            foreach (var alias in entity.Aliases) names.Add((entity, alias, true));
        }
        // Sized once for every name: growing dictionaries of tens of thousands of keys step by step costs more.
        _byKey = new(names.Count, StringComparer.Ordinal);
        _byCompact = new(names.Count, StringComparer.Ordinal);
        _bySortedWords = new(names.Count, StringComparer.Ordinal);
        _byDistinctiveWords = new(names.Count, StringComparer.Ordinal);
        _byWholeBrand = new(names.Count, StringComparer.Ordinal);
        _byDistinctiveBrand = new(StringComparer.Ordinal);
        // Analysing the names is most of the work, and each analysis stands alone; adding them stays in list order.
        var indexed = new IndexedName[names.Count];
        var withoutParenthesised = new IndexedName?[names.Count];
        ParallelWork.For(names.Count, i =>
        {
            indexed[i] = new IndexedName(names[i].Entity, names[i].Text, names[i].IsAlias, NameAnalyzer.Analyze(names[i].Text));
            withoutParenthesised[i] = WithoutParenthesised(indexed[i]);
        });
        var spellings = new List<(string Spelling, string Word)>();
        for (int i = 0; i < indexed.Length; i++)
        {
            AddName(indexed[i], spellings);
            if (withoutParenthesised[i] is { } shorter) AddName(shorter, spellings);
        }
        NearSpelling = new NearSpelling(spellings);
        foreach (var entity in all)
        {
            foreach (var domain in entity.Identifiers.Domains) AddTo(_domains, Host(domain), (entity, domain));
            foreach (var domain in entity.Identifiers.EmailDomains) AddTo(_emailDomains, Host(domain), (entity, domain));
            foreach (var vendor in entity.Identifiers.CpeVendors) AddTo(_cpeVendors, vendor.Trim().ToLowerInvariant(), (entity, vendor));
            foreach (var purl in entity.Identifiers.Purls)
            {
                if (!PurlPrefix.TryParse(purl, out var type, out var ns)) continue;
                AddTo(_purlPrefixes, type + ":" + ns.ToLowerInvariant(), (entity, purl));
                _purlTypes.Add(type);
                _prefixLengths.Add(ns.Length);
                AddTo(_namespaces, ns.ToLowerInvariant(), (entity, purl));
            }
        }
        foreach (var keys in new IEnumerable<string>[] { _domains.Keys, _emailDomains.Keys, _namespaces.Keys, _byWholeBrand.Keys, _byDistinctiveBrand.Keys })
        {
            foreach (var key in keys) LongestIdentifierKey = Math.Max(LongestIdentifierKey, key.Length);
        }
    }

    public NearSpelling NearSpelling { get; }

    /// <summary>The length of the longest domain, namespace or brand key: longer prefixes and suffixes of a value cannot be found.</summary>
    public int LongestIdentifierKey { get; }

    public List<IndexedName> ByKey(string key) => _byKey.TryGetValue(key, out var names) ? names : NoNames;

    /// <summary>Names that open with places, by the rest: "megvii technology" finds "Beijing Megvii Technology Co., Ltd.".</summary>
    public List<IndexedName> ByKeyWithoutLeadingPlaces(string key) => _byKeyWithoutLeadingPlaces.TryGetValue(key, out var names) ? names : NoNames;
    public List<IndexedName> ByCompact(string compact) => _byCompact.TryGetValue(compact, out var names) ? names : NoNames;
    public List<IndexedName> BySortedWords(string key) => _bySortedWords.TryGetValue(key, out var names) ? names : NoNames;
    public List<IndexedName> ByDistinctiveWords(string key) => _byDistinctiveWords.TryGetValue(key, out var names) ? names : NoNames;
    /// <summary>Organisations' names and aliases by their words run together, legal forms left out: "sensetimegroup", "dji".</summary>
    public List<IndexedName> ByWholeBrand(string brand) => _byWholeBrand.TryGetValue(brand, out var names) ? names : NoNames;

    /// <summary>Organisations' names and aliases by their one distinctive word, when it is no ordinary word: "megvii" for "Beijing Megvii Technology".</summary>
    public List<IndexedName> ByDistinctiveBrand(string brand) => _byDistinctiveBrand.TryGetValue(brand, out var names) ? names : NoNames;

    /// <summary>Whether any entity gives a purl prefix of this type: most purls need no prefix lookups at all.</summary>
    public bool ListsPurlType(string type) => _purlTypes.Contains(type);

    /// <summary>Whether a listed purl prefix's namespace has this length: a value's other prefixes need no lookup.</summary>
    public bool ListsPrefixOfLength(int length) => _prefixLengths.Contains(length);

    public bool ListsNamespaces => _namespaces.Count > 0;
    public bool ListsDomains => _domains.Count > 0;
    public bool ListsEmailDomains => _emailDomains.Count > 0 || _domains.Count > 0;

    public IEnumerable<(Entity Entity, string Listed)> Domains(string host) => Lookup(_domains, host);
    public IEnumerable<(Entity Entity, string Listed)> EmailDomains(string host) => Lookup(_emailDomains, host);
    public IEnumerable<(Entity Entity, string Listed)> PurlPrefixes(string typeAndPrefix) => Lookup(_purlPrefixes, typeAndPrefix);
    public IEnumerable<(Entity Entity, string Listed)> Namespaces(string prefix) => Lookup(_namespaces, prefix);
    public IEnumerable<(Entity Entity, string Listed)> CpeVendors(string vendor) => Lookup(_cpeVendors, vendor);

    /// <summary>"zte corporation" and "corporation zte" share this key: the words sorted.</summary>
    public static string SortedWordsKey(string[] words)
    {
        var sorted = (string[])words.Clone();
        Array.Sort(sorted, StringComparer.Ordinal);
        return string.Join(" ", sorted);
    }

    /// <summary>The words that are not generic, joined: "megvii" for "Beijing Megvii Technology"; empty when all are generic.</summary>
    public static string DistinctiveWordsKey(string[] words)
    {
        var distinctive = new List<string>(words.Length);
        foreach (var word in words)
        {
            if (!GenericWords.IsGeneric(word)) distinctive.Add(word);
        }
        return string.Join(" ", distinctive);
    }

    /// <summary>
    /// A listed name with another name in parentheses ("... 13th Research Institute (CETC 13)", "Gulf Eagle Contracting
    /// (GEC)") is that name without it as well. Not when the part in parentheses is only generic words and places
    /// ("China Telecom (Americas)", "ICBC (London)"): that qualifier says which member of a group is listed.
    /// </summary>
    private static IndexedName? WithoutParenthesised(IndexedName name)
    {
        string text = name.Text;
        int open = text.IndexOf('(');
        int close = open < 0 ? -1 : text.IndexOf(')', open + 1);
        if (close < 0) return null;
        var inside = NameAnalyzer.Analyze(text.Substring(open + 1, close - open - 1));
        if (!inside.HasDistinctiveWord) return null;
        var outside = NameAnalyzer.Analyze(text.Substring(0, open) + " " + text.Substring(close + 1));
        if (!outside.CanBeContained || outside.Key == name.Analysis.Key) return null;
        return new IndexedName(name.Entity, text, name.IsAlias, outside, withoutParenthesised: true);
    }

    private void AddName(IndexedName name, List<(string Spelling, string Word)> spellings)
    {
        var analysis = name.Analysis;
        if (analysis.IsEmpty) return;
        AddTo(_byKey, analysis.Key, name);
        foreach (var word in analysis.Words)
        {
            spellings.Add((word, word));
            foreach (var spelling in GenericWords.SpellingsOf(word)) spellings.Add((spelling, word));
        }
        if (!analysis.HasDistinctiveWord) return;
        bool organization = name.Entity.Type == EntityType.Organization;
        int places = GenericWords.LeadingPlaceCount(analysis.Words);
        // Without its places, the rest must still name someone: "Megvii Technology", not "Sun Group" for "Asia Sun Group".
        if (places > 0 && HasUnordinaryWord(analysis.Words, places))
        {
            AddTo(_byKeyWithoutLeadingPlaces, string.Join(" ", analysis.Words, places, analysis.Words.Length - places), name);
        }
        string distinctive = DistinctiveWordsKey(analysis.Words);
        AddTo(_byDistinctiveWords, distinctive, name);
        if (organization && analysis.Compact.Length >= MinimumBrandLength) AddTo(_byWholeBrand, analysis.Compact, name);
        if (organization && distinctive.Length >= MinimumDistinctiveBrandLength && distinctive.IndexOf(' ') < 0 && distinctive != analysis.Compact
            && !GenericWords.IsOrdinary(distinctive))
        {
            AddTo(_byDistinctiveBrand, distinctive, name);
        }
        if (analysis.Words.Length < 2) return;
        AddTo(_byCompact, analysis.Compact, name);
        AddTo(_bySortedWords, SortedWordsKey(analysis.Words), name);
    }

    /// <summary>A whole name inferred from an owner label needs this many letters ("dji", "zte"); a shorter label is no owner.</summary>
    private const int MinimumBrandLength = 3;

    /// <summary>
    /// The one distinctive word of a longer name ("megvii" of "Beijing Megvii Technology") is inferred from an owner
    /// label only with this many letters: shorter ones ("saba" of "Saba Steel", "arta" of "Arta System") are as
    /// likely any short label.
    /// </summary>
    public const int MinimumDistinctiveBrandLength = 5;

    private static bool HasUnordinaryWord(string[] words, int from)
    {
        for (int i = from; i < words.Length; i++)
        {
            if (!GenericWords.IsOrdinary(words[i])) return true;
        }
        return false;
    }

    private static string Host(string domain) => domain.Trim().TrimStart('@', '.').TrimEnd('.').ToLowerInvariant();

    private static void AddTo<TValue>(Dictionary<string, List<TValue>> index, string key, TValue value)
    {
        if (key.Length == 0) return;
        if (!index.TryGetValue(key, out var list)) index[key] = list = new List<TValue>();
        if (!list.Contains(value)) list.Add(value);
    }

    private static IEnumerable<(Entity, string)> Lookup(Dictionary<string, List<(Entity, string)>> index, string key) =>
        index.TryGetValue(key, out var found) ? found : Array.Empty<(Entity, string)>();
}
