using System;
using System.Collections.Generic;
using System.Linq;
using Compliance.Boms;
using Compliance.Diagnostics;
using Compliance.Entities;
using Compliance.Screening;

namespace Compliance.Cli.Lists;

/// <summary>A component whose screening outcome differs between two versions of a list.</summary>
public sealed record OutcomeChange(string Bom, string Component, string? Purl, SourceSpan Location, IReadOnlyList<Finding> Before, IReadOnlyList<Finding> After)
{
    /// <summary>The component as findings name it (bom-ref or name).</summary>
    public string DisplayName => (After.Count > 0 ? After[0] : Before[0]).ComponentName ?? Component;
}

/// <summary>
/// Screens the same BOMs under two versions of a list with the engine (<see cref="Screener"/>) and keeps the
/// components whose outcome (the findings that name an entity: which rule, which entity) is not the same. Lists that
/// do not change (an exemption file, say) join both sides.
/// </summary>
public static class ComponentOutcomes
{
    public static List<OutcomeChange> Compare(IReadOnlyList<Bom> boms, EntityList before, EntityList after, IReadOnlyList<EntityList> unchanged, ScreeningOptions options)
    {
        var old = ByComponent(Screener.Screen(boms, EntityCatalog.Combine(unchanged.Prepend(before).ToList()), options));
        var current = ByComponent(Screener.Screen(boms, EntityCatalog.Combine(unchanged.Prepend(after).ToList()), options));
        var changes = new List<OutcomeChange>();
        foreach (var key in old.Keys.Union(current.Keys).OrderBy(k => k.Bom, StringComparer.Ordinal).ThenBy(k => k.Component, StringComparer.Ordinal))
        {
            var was = old.TryGetValue(key, out var w) ? w : new List<Finding>();
            var now = current.TryGetValue(key, out var n) ? n : new List<Finding>();
            if (Outcome(was).SequenceEqual(Outcome(now))) continue;
            var any = now.Concat(was).First();
            changes.Add(new OutcomeChange(key.Bom, key.Component, any.Purl, any.Location, was, now));
        }
        return changes;
    }

    private static Dictionary<(string Bom, string Component), List<Finding>> ByComponent(ScreeningResult result)
    {
        var byComponent = new Dictionary<(string, string), List<Finding>>();
        foreach (var finding in result.Findings)
        {
            if (finding.EntityId is null || (finding.BomRef ?? finding.ComponentName) is null) continue;
            var key = (finding.Location.Path, finding.BomRef ?? $"{finding.ComponentName} {finding.Purl}");
            if (!byComponent.TryGetValue(key, out var list)) byComponent[key] = list = new List<Finding>();
            list.Add(finding);
        }
        return byComponent;
    }

    /// <summary>What a component's outcome is: the rules and entities of its findings, in a stable order.</summary>
    public static IEnumerable<string> Outcome(IEnumerable<Finding> findings) =>
        findings.Select(f => $"{f.Id} {f.EntityId}").Distinct(StringComparer.OrdinalIgnoreCase).OrderBy(s => s, StringComparer.Ordinal);
}
