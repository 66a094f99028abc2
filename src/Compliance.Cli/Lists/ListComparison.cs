using System;
using System.Collections.Generic;
using System.Linq;
using Compliance.Entities;

namespace Compliance.Cli.Lists;

/// <summary>How one entity differs between two versions of a list.</summary>
public sealed class EntityDifference
{
    public EntityDifference(string id, Entity? before, Entity? after)
    {
        Id = id;
        Before = before;
        After = after;
    }

    public string Id { get; }
    public Entity? Before { get; }
    public Entity? After { get; }
    public bool IsAdded => Before is null;
    public bool IsRemoved => After is null;

    public List<string> AliasesAdded { get; } = new();
    public List<string> AliasesRemoved { get; } = new();

    /// <summary>Other changes, each described in a few words ("name 'A' -> 'B'", "programme +MEU").</summary>
    public List<string> Changes { get; } = new();
}

/// <summary>How one exemption differs between two versions of a list.</summary>
public sealed record ExemptionDifference(string Id, Exemption? Before, Exemption? After, string Change);

/// <summary>What changed from one version of an entity list to the next: entities by id, their aliases, exemptions.</summary>
public sealed class ListComparison
{
    public List<EntityDifference> Entities { get; } = new();
    public List<ExemptionDifference> Exemptions { get; } = new();
    public List<string> Metadata { get; } = new();

    public int Added => Entities.Count(e => e.IsAdded);
    public int Removed => Entities.Count(e => e.IsRemoved);
    public int Changed => Entities.Count(e => !e.IsAdded && !e.IsRemoved);
    public int AliasesAdded => Entities.Sum(e => e.IsAdded ? e.After!.Aliases.Count : e.AliasesAdded.Count);
    public int AliasesRemoved => Entities.Sum(e => e.IsRemoved ? e.Before!.Aliases.Count : e.AliasesRemoved.Count);
    public bool IsEmpty => Entities.Count == 0 && Exemptions.Count == 0 && Metadata.Count == 0;

    public static ListComparison Compare(EntityList before, EntityList after)
    {
        var comparison = new ListComparison();
        CompareMetadata(before, after, comparison.Metadata);
        var old = before.Entities.ToDictionary(e => e.Id, StringComparer.OrdinalIgnoreCase);
        var current = after.Entities.ToDictionary(e => e.Id, StringComparer.OrdinalIgnoreCase);
        foreach (var id in old.Keys.Union(current.Keys, StringComparer.OrdinalIgnoreCase).OrderBy(i => i, StringComparer.Ordinal))
        {
            old.TryGetValue(id, out var was);
            current.TryGetValue(id, out var now);
            var difference = new EntityDifference(id, was, now);
            if (was is not null && now is not null) CompareEntity(was, now, difference);
            if (was is null || now is null || difference.Changes.Count + difference.AliasesAdded.Count + difference.AliasesRemoved.Count > 0)
            {
                comparison.Entities.Add(difference);
            }
        }
        var oldExemptions = before.Exemptions.ToDictionary(e => e.Id, StringComparer.OrdinalIgnoreCase);
        var newExemptions = after.Exemptions.ToDictionary(e => e.Id, StringComparer.OrdinalIgnoreCase);
        foreach (var id in oldExemptions.Keys.Union(newExemptions.Keys, StringComparer.OrdinalIgnoreCase).OrderBy(i => i, StringComparer.Ordinal))
        {
            oldExemptions.TryGetValue(id, out var was);
            newExemptions.TryGetValue(id, out var now);
            if (was is null) comparison.Exemptions.Add(new ExemptionDifference(id, null, now, "added"));
            else if (now is null) comparison.Exemptions.Add(new ExemptionDifference(id, was, null, "removed"));
            else if (Describe(was) != Describe(now)) comparison.Exemptions.Add(new ExemptionDifference(id, was, now, $"changed: {Describe(was)} -> {Describe(now)}"));
        }
        return comparison;
    }

    private static void CompareMetadata(EntityList before, EntityList after, List<string> changes)
    {
        Field("name", before.Name, after.Name, changes);
        Field("version", before.Version, after.Version, changes);
        Field("published", before.Published is { } p1 ? Dates.Format(p1) : null, after.Published is { } p2 ? Dates.Format(p2) : null, changes);
        Field("maxAgeDays", before.MaxAgeDays?.ToString(), after.MaxAgeDays?.ToString(), changes);
    }

    private static void CompareEntity(Entity was, Entity now, EntityDifference difference)
    {
        Field("name", was.Name, now.Name, difference.Changes);
        Field("type", EntityTypes.Name(was.Type), EntityTypes.Name(now.Type), difference.Changes);
        var oldAliases = new HashSet<string>(was.Aliases, StringComparer.OrdinalIgnoreCase);
        var newAliases = new HashSet<string>(now.Aliases, StringComparer.OrdinalIgnoreCase);
        difference.AliasesAdded.AddRange(now.Aliases.Where(a => !oldAliases.Contains(a)));
        difference.AliasesRemoved.AddRange(was.Aliases.Where(a => !newAliases.Contains(a)));
        var oldPrograms = was.Programs.ToDictionary(p => p.Code, StringComparer.OrdinalIgnoreCase);
        var newPrograms = now.Programs.ToDictionary(p => p.Code, StringComparer.OrdinalIgnoreCase);
        foreach (var program in now.Programs.Where(p => !oldPrograms.ContainsKey(p.Code))) difference.Changes.Add($"programme +{Describe(program)}");
        foreach (var program in was.Programs.Where(p => !newPrograms.ContainsKey(p.Code))) difference.Changes.Add($"programme -{program.Code}");
        foreach (var program in now.Programs.Where(p => oldPrograms.TryGetValue(p.Code, out var o) && o != p))
        {
            difference.Changes.Add($"programme {Describe(oldPrograms[program.Code])} -> {Describe(program)}");
        }
        Field("country", was.Country, now.Country, difference.Changes);
        Set("address", was.Addresses, now.Addresses, difference.Changes);
        Field("source", was.Source, now.Source, difference.Changes);
        if (was.Notes != now.Notes) difference.Changes.Add("notes changed");
        Set("domain", was.Identifiers.Domains, now.Identifiers.Domains, difference.Changes);
        Set("e-mail domain", was.Identifiers.EmailDomains, now.Identifiers.EmailDomains, difference.Changes);
        Set("purl", was.Identifiers.Purls, now.Identifiers.Purls, difference.Changes);
        Set("CPE vendor", was.Identifiers.CpeVendors, now.Identifiers.CpeVendors, difference.Changes);
    }

    private static void Field(string what, string? was, string? now, List<string> changes)
    {
        if (was != now) changes.Add($"{what} {Quote(was)} -> {Quote(now)}");
    }

    private static void Set(string what, List<string> was, List<string> now, List<string> changes)
    {
        var old = new HashSet<string>(was, StringComparer.OrdinalIgnoreCase);
        var current = new HashSet<string>(now, StringComparer.OrdinalIgnoreCase);
        foreach (var value in now.Where(v => !old.Contains(v))) changes.Add($"{what} +'{value}'");
        foreach (var value in was.Where(v => !current.Contains(v))) changes.Add($"{what} -'{value}'");
    }

    private static string Quote(string? text) => text is null ? "(none)" : $"'{text}'";

    public static string Describe(EntityProgram program)
    {
        var parts = new List<string> { program.Exemptible ? "exemptible" : "not exemptible" };
        if (program.Citation is { } citation) parts.Add(citation);
        if (program.Added is { } added) parts.Add("added " + added);
        return $"{program.Code} ({string.Join(", ", parts)})";
    }

    private static string Describe(Exemption exemption)
    {
        var parts = new List<string> { "entities " + string.Join(",", exemption.Entities) };
        if (exemption.Programs.Count > 0) parts.Add("programs " + string.Join(",", exemption.Programs));
        if (exemption.Components.Count > 0) parts.Add("components " + string.Join(",", exemption.Components));
        if (exemption.ComponentNames.Count > 0) parts.Add("componentNames " + string.Join(",", exemption.ComponentNames));
        if (exemption.Classifications.Count > 0) parts.Add("classifications " + string.Join(",", exemption.Classifications));
        if (exemption.Expires is { } expires) parts.Add("expires " + Dates.Format(expires));
        if (exemption.License is { } license) parts.Add("license " + license);
        return string.Join("; ", parts);
    }
}
