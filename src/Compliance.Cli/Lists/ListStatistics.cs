using System;
using System.Collections.Generic;
using System.Linq;
using Compliance.Entities;

namespace Compliance.Cli.Lists;

/// <summary>The counts a new user of a list wants first: how big it is, which programmes and countries, how old.</summary>
public sealed class ListStatistics
{
    /// <summary>Exemptions expiring within this many days are counted as expiring soon (as SCC005 counts them).</summary>
    public const int ExpiringWithinDays = Compliance.Screening.ScreeningOptions.DefaultExemptionWarningDays;

    public sealed record ProgramCount(string Code, int Entities, int Exemptible);

    public sealed record Count(string Key, int Entities);

    public string Path { get; private init; } = string.Empty;
    public string? Name { get; private init; }
    public string? Version { get; private init; }
    public DateTime? Published { get; private init; }
    public int? AgeDays { get; private init; }
    public int? MaxAgeDays { get; private init; }
    public bool IsStale => AgeDays is { } age && MaxAgeDays is { } max && age > max;

    public int Entities { get; private init; }
    public int Aliases { get; private init; }
    public int EntitiesWithoutAliases { get; private init; }
    public (string Id, int Aliases)? MostAliases { get; private init; }

    /// <summary>Entities per type (organization, individual, vessel, aircraft), in that order, types with none left out.</summary>
    public IReadOnlyList<Count> Types { get; private init; } = Array.Empty<Count>();

    public IReadOnlyList<ProgramCount> Programs { get; private init; } = Array.Empty<ProgramCount>();
    public int EntitiesWithoutProgram { get; private init; }

    /// <summary>Countries by number of entities, most first.</summary>
    public IReadOnlyList<Count> Countries { get; private init; } = Array.Empty<Count>();
    public int EntitiesWithoutCountry { get; private init; }

    public int EntitiesWithIdentifiers { get; private init; }
    public int Domains { get; private init; }
    public int EmailDomains { get; private init; }
    public int Purls { get; private init; }
    public int CpeVendors { get; private init; }

    public int Exemptions { get; private init; }
    public int ExpiredExemptions { get; private init; }
    public int ExpiringExemptions { get; private init; }

    public static ListStatistics Of(EntityList list, DateTime asOf)
    {
        var entities = list.Entities;
        var most = entities.OrderByDescending(e => e.Aliases.Count).ThenBy(e => e.Id, StringComparer.Ordinal).FirstOrDefault();
        return new ListStatistics
        {
            Path = list.Path,
            Name = list.Name,
            Version = list.Version,
            Published = list.Published,
            AgeDays = list.Published is { } published ? (asOf.Date - published.Date).Days : null,
            MaxAgeDays = list.MaxAgeDays,
            Entities = entities.Count,
            Aliases = entities.Sum(e => e.Aliases.Count),
            EntitiesWithoutAliases = entities.Count(e => e.Aliases.Count == 0),
            MostAliases = most is { Aliases.Count: > 0 } ? (most.Id, most.Aliases.Count) : null,
            Types = entities.GroupBy(e => e.Type).OrderBy(g => g.Key).Select(g => new Count(EntityTypes.Name(g.Key), g.Count())).ToList(),
            Programs = entities
                .SelectMany(e => e.Programs.Select(p => (Code: p.Code.ToUpperInvariant(), p.Exemptible)).Distinct())
                .GroupBy(p => p.Code)
                .Select(g => new ProgramCount(g.Key, g.Count(), g.Count(p => p.Exemptible)))
                .OrderByDescending(p => p.Entities).ThenBy(p => p.Code, StringComparer.Ordinal)
                .ToList(),
            EntitiesWithoutProgram = entities.Count(e => e.Programs.Count == 0),
            Countries = entities
                .Where(e => e.Country is { Length: > 0 })
                .GroupBy(e => e.Country!.ToUpperInvariant())
                .Select(g => new Count(g.Key, g.Count()))
                .OrderByDescending(c => c.Entities).ThenBy(c => c.Key, StringComparer.Ordinal)
                .ToList(),
            EntitiesWithoutCountry = entities.Count(e => e.Country is not { Length: > 0 }),
            EntitiesWithIdentifiers = entities.Count(e => !e.Identifiers.IsEmpty),
            Domains = entities.Sum(e => e.Identifiers.Domains.Count),
            EmailDomains = entities.Sum(e => e.Identifiers.EmailDomains.Count),
            Purls = entities.Sum(e => e.Identifiers.Purls.Count),
            CpeVendors = entities.Sum(e => e.Identifiers.CpeVendors.Count),
            Exemptions = list.Exemptions.Count,
            ExpiredExemptions = list.Exemptions.Count(x => x.Expires is { } expires && expires.Date < asOf.Date),
            ExpiringExemptions = list.Exemptions.Count(x => x.Expires is { } expires && expires.Date >= asOf.Date && (expires.Date - asOf.Date).Days <= ExpiringWithinDays),
        };
    }
}
