using System;
using System.Collections.Generic;
using System.Linq;
using Compliance.Diagnostics;
using Compliance.Entities;

namespace Compliance.Importing;

/// <summary>
/// An entity as an importer assembles it from one or more rows of an official file (rows with the same id merge:
/// an entity on two lists is one entity with two programmes).
/// </summary>
public sealed class ImportedEntity
{
    private readonly List<(string Country, int Votes)> _countryVotes = new();
    private readonly List<string> _emailDomains = new();

    public ImportedEntity(string id, string name, SourceSpan firstRow)
    {
        Id = id;
        Name = name;
        FirstRow = firstRow;
    }

    public string Id { get; }
    public string Name { get; }

    /// <summary>The row the entity was first read from, for messages.</summary>
    public SourceSpan FirstRow { get; }

    /// <summary>What the official list says the entity is; null when it does not say (BIS and State lists).</summary>
    public EntityType? Type { get; set; }

    public OrderedSet Aliases { get; } = new();
    public List<EntityProgram> Programs { get; } = new();
    public OrderedSet Addresses { get; } = new();
    public OrderedSet Sources { get; } = new();
    public OrderedSet Notes { get; } = new();
    public OrderedSet Domains { get; } = new();

    /// <summary>A fallback country (nationality, citizenship) used only when no address names one.</summary>
    public string? FallbackCountry { get; set; }

    public void AddAlias(string alias)
    {
        if (!string.Equals(alias, Name, StringComparison.OrdinalIgnoreCase)) Aliases.Add(alias);
    }

    /// <summary>Adds a programme unless one with the same code is there (the first row's citation and date win).</summary>
    public void AddProgram(EntityProgram program)
    {
        if (!Programs.Any(p => string.Equals(p.Code, program.Code, StringComparison.OrdinalIgnoreCase))) Programs.Add(program);
    }

    public void AddAddress(string address, string? country)
    {
        Addresses.Add(address);
        if (country is not { Length: > 0 }) return;
        int index = _countryVotes.FindIndex(v => v.Country == country);
        if (index < 0) _countryVotes.Add((country, 1));
        else _countryVotes[index] = (country, _countryVotes[index].Votes + 1);
    }

    /// <summary>E-mail domains are kept only if they belong to one of the entity's own web domains (see <see cref="EmailDomains"/>).</summary>
    public void AddEmailDomain(string domain)
    {
        if (!_emailDomains.Contains(domain)) _emailDomains.Add(domain);
    }

    /// <summary>
    /// The country most of the entity's addresses are in (the first of equals), else the fallback. Several
    /// countries are common (branch offices); the entity format holds one, the addresses keep the rest.
    /// </summary>
    public string? Country
    {
        get
        {
            string? best = null;
            int bestVotes = 0;
            foreach (var (country, votes) in _countryVotes)
            {
                if (votes > bestVotes)
                {
                    best = country;
                    bestVotes = votes;
                }
            }
            return best ?? FallbackCountry;
        }
    }

    /// <summary>
    /// E-mail domains on one of the entity's own web domains (or a subdomain of one). Other addresses in official
    /// lists are mostly personal mailboxes at public providers (gmail.com, mail.ru): listing those domains would
    /// flag every component whose author uses the same provider.
    /// </summary>
    public IEnumerable<string> EmailDomains => _emailDomains.Where(e => Domains.Any(d => e == d || e.EndsWith("." + d, StringComparison.Ordinal)));
}

/// <summary>A list of distinct strings (compared without regard to case) in the order first added.</summary>
public sealed class OrderedSet : IEnumerable<string>
{
    private readonly List<string> _items = new();
    private readonly HashSet<string> _seen = new(StringComparer.OrdinalIgnoreCase);

    public int Count => _items.Count;

    public void Add(string? value)
    {
        if (value is null) return;
        value = value.Trim();
        if (value.Length > 0 && _seen.Add(value)) _items.Add(value);
    }

    public IEnumerator<string> GetEnumerator() => _items.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
