using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Compliance.Boms;
using Compliance.Entities;

namespace Compliance.Matching;

/// <summary>
/// Matches identifiers and addresses: purls, CycloneDX groups, CPEs, URLs and e-mail addresses. Identifiers the
/// list gives (domains, e-mail domains, purl prefixes, CPE vendors) match confidently; otherwise the owner label
/// (<see cref="BrandLabels"/>) is compared with the organisations' whole names and distinctive words, an inferred match for review.
/// </summary>
internal sealed class IdentifierMatcher
{
    private readonly EntityIndex _index;
    private readonly NameMatcher _names;
    // The brand matches of each owner label, per kind of label: the kind only changes the explanation.
    private readonly BrandCache _purlOwners = new("purl namespace owner");
    private readonly BrandCache _cpeVendors = new("CPE vendor");
    private readonly BrandCache _groupOwners = new("group owner");
    private readonly BrandCache _urlOwners = new("URL owner");
    private readonly BrandCache _emailDomains = new("e-mail domain");
    private readonly BrandCache _packageNames = new("package name");

    private static readonly Func<ValueHit, bool> IsOrganization = hit => hit.Entity.Type == EntityType.Organization;

    private static readonly char[] AddressEnds = { '>', ')', '.' };

    private sealed class BrandCache
    {
        public BrandCache(string source) => Source = source;

        /// <summary>What the label is, for explanations: "purl namespace owner", "URL owner", ...</summary>
        public string Source { get; }

        public ConcurrentDictionary<string, IReadOnlyList<ValueHit>> ByLabel { get; } = new(StringComparer.Ordinal);
    }

    public IdentifierMatcher(EntityIndex index, NameMatcher names)
    {
        _index = index;
        _names = names;
    }

    public void MatchIdentifier(string value, ValueHits hits)
    {
        if (Purl.TryParse(value, out var purl))
        {
            if (_index.ListsPurlType(purl.Type))
            {
                AddListedPrefixes(purl.Namespace.Length > 0 ? purl.Namespace + "/" + purl.Name : purl.Name, purl.Type, hits);
            }
            if (BrandLabels.OfPurl(purl) is { } owner) hits.AddAll(Brand(_purlOwners, owner));
            else if (BrandLabels.OfOnePartName(purl) is { } name) hits.AddAll(BrandPrefix(_packageNames, name));
            return;
        }
        if (Cpe.TryGetVendor(value, out var vendor))
        {
            foreach (var (entity, listed) in _index.CpeVendors(vendor.ToLowerInvariant()))
            {
                hits.Add(new ValueHit(entity, listed, MatchKinds.CpeVendor, MatchScores.ListedIdentifier, true, $"names the listed CPE vendor '{listed}'"));
            }
            // As a name, a vendor label matches only as a whole, and only organisations: "structured" is no near
            // spelling of "Global Structure", and "helm" names no vessel.
            var named = new ValueHits(IsOrganization);
            _names.Match(NameAnalyzer.Analyze(vendor.Replace('_', ' ')), named, partial: false, nearSpellings: false);
            foreach (var hit in named.ToList())
            {
                hits.Add(hit with
                {
                    Kind = MatchKinds.InferredBrand,
                    Score = Math.Min(hit.Score, MatchScores.InferredBrand),
                    ConfidentKind = false,
                    Explanation = $"has the CPE vendor '{vendor}', which {hit.Explanation} (inferred: the list gives no CPE vendor for it)",
                });
            }
            hits.AddAll(Brand(_cpeVendors, vendor.ToLowerInvariant()));
            return;
        }
        // A CycloneDX group: a Maven groupId, an npm scope, a Go module path.
        if (_index.ListsNamespaces) AddListedPrefixes(value.Trim(), null, hits);
        hits.AddAll(Brand(_groupOwners, BrandLabels.OfNamespace(value)));
    }

    public void MatchUrl(string value, ValueHits hits)
    {
        if (!Domains.TryParse(value, out var host, out var firstSegment)) return;
        if (_index.ListsDomains)
        {
            foreach (var candidate in Domains.SelfAndParents(host, _index.LongestIdentifierKey))
            {
                foreach (var (entity, listed) in _index.Domains(candidate))
                {
                    hits.Add(new ValueHit(entity, listed, MatchKinds.Domain, MatchScores.ListedIdentifier, true, $"is on the listed domain '{listed}'"));
                }
            }
        }
        string? owner = BrandLabels.OfUrl(value, host, firstSegment);
        if (owner is null) return;
        // An owner on GitHub is what a pkg:github purl names: a listed pkg:github prefix covers it.
        if (host == "github.com")
        {
            foreach (var (entity, listed) in _index.PurlPrefixes("github:" + owner))
            {
                hits.Add(new ValueHit(entity, listed, MatchKinds.PurlNamespace, MatchScores.ListedIdentifier, true, $"is owned by '{owner}', under the listed purl prefix '{listed}'"));
            }
        }
        hits.AddAll(Brand(_urlOwners, owner));
    }

    public void MatchEmail(string value, ValueHits hits)
    {
        int at = value.LastIndexOf('@');
        if (at < 0) return;
        string host = value.Substring(at + 1).Trim().TrimEnd(AddressEnds).ToLowerInvariant();
        var candidates = _index.ListsEmailDomains ? Domains.SelfAndParents(host, _index.LongestIdentifierKey) : Array.Empty<string>();
        foreach (var candidate in candidates)
        {
            foreach (var (entity, listed) in _index.EmailDomains(candidate))
            {
                hits.Add(new ValueHit(entity, listed, MatchKinds.EmailDomain, MatchScores.ListedIdentifier, true, $"is an address at the listed e-mail domain '{listed}'"));
            }
            foreach (var (entity, listed) in _index.Domains(candidate))
            {
                hits.Add(new ValueHit(entity, listed, MatchKinds.EmailDomain, MatchScores.ListedIdentifier, true, $"is an address at the listed domain '{listed}'"));
            }
        }
        hits.AddAll(Brand(_emailDomains, BrandLabels.OfHost(host)));
    }

    /// <summary>
    /// An organisation an owner label names: the label (or its first hyphenated part, "dji" in "dji-sdk") is one of
    /// its names or aliases run together without legal forms ("sensetime", "dji"), or the one distinctive word of a
    /// longer name ("megvii" of "Beijing Megvii Technology") when that is no ordinary word and has five letters; or a
    /// whole name of six letters or more that is no ordinary word starts the label ("huawei" in "huaweicloud"). A
    /// label is never taken for one word of a longer name that is an ordinary word ("spring" for "Spring Shipping").
    /// </summary>
    private IReadOnlyList<ValueHit> Brand(BrandCache cache, string? label)
    {
        if (label is null) return Array.Empty<ValueHit>();
        if (cache.ByLabel.TryGetValue(label, out var cached)) return cached;
        string source = cache.Source;
        var hits = new ValueHits();
        var parts = label.Split(LabelSeparators, StringSplitOptions.RemoveEmptyEntries);
        string compact = string.Concat(parts);
        AddBrands(compact, label, source, hits);
        // The first part alone stands for an owner only when it is not an ordinary word: "dji-sdk", not "stream-utils".
        if (parts.Length > 1 && !GenericWords.IsOrdinary(parts[0])) AddBrands(parts[0], label, source, hits);
        AddBrandPrefixes(compact, label, source, hits);
        AddDistinctiveWithGenericWord(compact, label, source, hits);
        var result = hits.ToList();
        cache.ByLabel[label] = result;
        return result;
    }

    /// <summary>
    /// A package name of one part ("huaweicloudsdkcore") names a product, not an owner ("morgan" is a logger, not
    /// MORGAN ADDITIVES): only a whole organisation name that it opens with, and is longer than, points at one.
    /// </summary>
    private IReadOnlyList<ValueHit> BrandPrefix(BrandCache cache, string name)
    {
        if (cache.ByLabel.TryGetValue(name, out var cached)) return cached;
        var hits = new ValueHits();
        AddBrandPrefixes(name, name, cache.Source, hits);
        var result = hits.ToList();
        cache.ByLabel[name] = result;
        return result;
    }

    /// <summary>Whole organisation names of <see cref="MatchScores.BrandPrefixMinimumLength"/> letters or more that open a longer label.</summary>
    private void AddBrandPrefixes(string compact, string label, string source, ValueHits hits)
    {
        for (int length = MatchScores.BrandPrefixMinimumLength; length < compact.Length && length <= _index.LongestIdentifierKey; length++)
        {
            string prefix = compact.Substring(0, length);
            var named = _index.ByWholeBrand(prefix);
            if (named.Count == 0 || GenericWords.IsOrdinary(prefix)) continue;
            foreach (var listed in named)
            {
                hits.Add(new ValueHit(listed.Entity, listed.Text, MatchKinds.InferredBrand, MatchScores.InferredBrandPrefix, false,
                    $"has the {source} '{label}', which starts with '{prefix}' from the {listed.Description} (inferred: the list gives no identifier that covers it)"));
            }
        }
    }

    /// <summary>
    /// The one distinctive word of a longer name followed by one generic word: "kalashnikovgroup" for "Kalashnikov
    /// Concern", "megviitech" for "Beijing Megvii Technology". Any other rest is another word ("atlassian").
    /// </summary>
    private void AddDistinctiveWithGenericWord(string compact, string label, string source, ValueHits hits)
    {
        for (int length = EntityIndex.MinimumDistinctiveBrandLength; length <= compact.Length - 2 && length <= _index.LongestIdentifierKey; length++)
        {
            string rest = compact.Substring(length);
            if (!GenericWords.IsIndustryOrPlace(GenericWords.Canonical(rest))) continue;
            string prefix = compact.Substring(0, length);
            foreach (var listed in _index.ByDistinctiveBrand(prefix))
            {
                hits.Add(new ValueHit(listed.Entity, listed.Text, MatchKinds.InferredBrand, MatchScores.InferredBrandPrefix, false,
                    $"has the {source} '{label}', which is '{prefix}' from the {listed.Description} and the generic word '{rest}' (inferred: the list gives no identifier that covers it)"));
            }
        }
    }

    private static readonly char[] LabelSeparators = { '-', '_', '.' };

    private void AddBrands(string candidate, string label, string source, ValueHits hits)
    {
        foreach (var listed in _index.ByWholeBrand(candidate))
        {
            hits.Add(new ValueHit(listed.Entity, listed.Text, MatchKinds.InferredBrand, MatchScores.InferredBrand, false,
                $"has the {source} '{label}', which names '{candidate}', the {listed.Description} (inferred: the list gives no identifier that covers it)"));
        }
        foreach (var listed in _index.ByDistinctiveBrand(candidate))
        {
            hits.Add(new ValueHit(listed.Entity, listed.Text, MatchKinds.InferredBrand, MatchScores.InferredBrand, false,
                $"has the {source} '{label}', which names '{candidate}' from the {listed.Description} (inferred: the list gives no identifier that covers it)"));
        }
    }

    /// <summary>
    /// Listed purl prefixes (of <paramref name="type"/>, or of any type for a group) that the path falls under:
    /// "com.huawei.hms/push" is looked up as "com", "com.huawei", "com.huawei.hms" and "com.huawei.hms/push",
    /// lower-cased, where a listed prefix has that length (a hostile path of a million parts would otherwise cost the
    /// square of its length).
    /// </summary>
    private void AddListedPrefixes(string path, string? type, ValueHits hits)
    {
        string lower = path.ToLowerInvariant().TrimStart('/');
        for (int i = 1; i <= lower.Length && i <= _index.LongestIdentifierKey; i++)
        {
            if (!(i == lower.Length || lower[i] is '.' or '/') || !_index.ListsPrefixOfLength(i)) continue;
            string prefix = lower.Substring(0, i);
            foreach (var (entity, listed) in type is null ? _index.Namespaces(prefix) : _index.PurlPrefixes(type + ":" + prefix))
            {
                hits.Add(new ValueHit(entity, listed, MatchKinds.PurlNamespace, MatchScores.ListedIdentifier, true, $"falls under the listed purl prefix '{listed}'"));
            }
        }
    }
}
