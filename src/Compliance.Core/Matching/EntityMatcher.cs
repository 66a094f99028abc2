using System;
using System.Collections.Generic;
using Compliance.Boms;
using Compliance.Entities;

namespace Compliance.Matching;

/// <summary>
/// Finds the entities a component's evidence points at, through an index built once per run: names and aliases
/// by normalised form, identifiers by domain, purl prefix and CPE vendor. Each distinct evidence string is matched
/// once per run and the result cached.
/// </summary>
public sealed class EntityMatcher
{
    private readonly Dictionary<string, List<(Entity Entity, string Name, bool IsAlias)>> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(Entity Entity, string Domain)>> _domains = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<(Entity Entity, string Domain)>> _emailDomains = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(Entity Entity, string Type, string Namespace, string Text)> _purls = new();
    private readonly Dictionary<string, List<Entity>> _cpeVendors = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<(EvidenceKind, string), List<(Entity Entity, string MatchedName, string Kind, double Score, bool ConfidentKind)>> _cache = new();

    public EntityMatcher(IEnumerable<Entity> entities)
    {
        foreach (var entity in entities)
        {
            AddName(entity, entity.Name, false);
            foreach (var alias in entity.Aliases) AddName(entity, alias, true);
            foreach (var domain in entity.Identifiers.Domains) AddTo(_domains, domain.Trim().TrimStart('.'), (entity, domain));
            foreach (var domain in entity.Identifiers.EmailDomains) AddTo(_emailDomains, domain.Trim().TrimStart('@', '.'), (entity, domain));
            foreach (var vendor in entity.Identifiers.CpeVendors) AddTo(_cpeVendors, vendor, entity);
            foreach (var purl in entity.Identifiers.Purls)
            {
                if (PurlPrefix.TryParse(purl, out var type, out var ns)) _purls.Add((entity, type, ns, purl));
            }
        }
    }

    private void AddName(Entity entity, string name, bool isAlias)
    {
        string key = NameNormalizer.Normalize(name);
        if (key.Length > 0) AddTo(_names, key, (entity, name, isAlias));
    }

    private static void AddTo<TKey, TValue>(Dictionary<TKey, List<TValue>> index, TKey key, TValue value) where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = new List<TValue>();
        list.Add(value);
    }

    public IReadOnlyList<EntityMatch> Match(Component component)
    {
        var matches = new List<EntityMatch>();
        foreach (var evidence in component.Evidence)
        {
            foreach (var hit in MatchValue(evidence.Kind, evidence.Value))
            {
                bool strongEvidence = evidence.Kind is EvidenceKind.Organization or EvidenceKind.Identifier or EvidenceKind.Url or EvidenceKind.Email;
                matches.Add(new EntityMatch(hit.Entity, evidence, hit.MatchedName, hit.Kind, hit.Score, hit.ConfidentKind && strongEvidence));
            }
        }
        return matches;
    }

    private List<(Entity Entity, string MatchedName, string Kind, double Score, bool ConfidentKind)> MatchValue(EvidenceKind kind, string value)
    {
        if (_cache.TryGetValue((kind, value), out var cached)) return cached;
        var hits = new List<(Entity, string, string, double, bool)>();
        switch (kind)
        {
            case EvidenceKind.Organization:
            case EvidenceKind.Person:
            case EvidenceKind.Party:
                if (_names.TryGetValue(NameNormalizer.Normalize(value), out var named))
                {
                    foreach (var (entity, name, isAlias) in named) hits.Add((entity, name, isAlias ? "alias" : "exact-name", 1.0, true));
                }
                break;
            case EvidenceKind.Url:
                if (Domains.TryGetHost(value, out var host)) MatchDomain(_domains, host, "domain", hits);
                break;
            case EvidenceKind.Email:
                int at = value.LastIndexOf('@');
                if (at > 0) MatchDomain(_emailDomains, value.Substring(at + 1).Trim().TrimEnd('>', ')'), "email-domain", hits);
                break;
            case EvidenceKind.Identifier:
                MatchIdentifier(value, hits);
                break;
        }
        _cache[(kind, value)] = hits;
        return hits;
    }

    private static void MatchDomain(Dictionary<string, List<(Entity Entity, string Domain)>> index, string host,
        string kind, List<(Entity, string, string, double, bool)> hits)
    {
        // A host matches a listed domain and its subdomains: try "a.b.example.com", "b.example.com", "example.com".
        for (string? candidate = host.ToLowerInvariant(); candidate is not null; candidate = Domains.Parent(candidate))
        {
            if (!index.TryGetValue(candidate, out var listed)) continue;
            foreach (var (entity, domain) in listed) hits.Add((entity, domain, kind, 1.0, true));
        }
    }

    private void MatchIdentifier(string value, List<(Entity, string, string, double, bool)> hits)
    {
        if (Purl.TryParse(value, out var purl))
        {
            foreach (var (entity, type, ns, text) in _purls)
            {
                if (PurlPrefix.Covers(type, ns, purl)) hits.Add((entity, text, "purl-namespace", 1.0, true));
            }
            return;
        }
        if (Cpe.TryGetVendor(value, out var vendor))
        {
            if (_cpeVendors.TryGetValue(vendor, out var entities))
            {
                foreach (var entity in entities) hits.Add((entity, vendor, "cpe-vendor", 1.0, true));
            }
        }
    }
}
