using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Compliance.Boms;
using Compliance.Diagnostics;
using Compliance.Entities;
using Compliance.Exemptions;
using Compliance.Json;
using Compliance.Matching;

namespace Compliance.Screening;

/// <summary>The engine: BOMs and entity lists in, findings out. Every outlet (CLI, MSBuild task, analyzer) calls this.</summary>
public static class Screener
{
    public static ScreeningResult Screen(IReadOnlyList<Bom> boms, EntityCatalog catalog, ScreeningOptions options)
    {
        var findings = new List<Finding>();
        foreach (var problem in catalog.Problems) findings.Add(ListProblem(problem));
        foreach (var list in catalog.Lists) AddStaleness(list, options.AsOf, findings);

        var exemptions = new ExemptionEvaluator(catalog, options);
        findings.AddRange(exemptions.ListProblems());

        var matcher = new EntityMatcher(catalog.Entities);
        int components = 0;
        foreach (var bom in boms)
        {
            foreach (var problem in bom.Problems) findings.Add(BomProblem(problem));
            foreach (var claim in bom.ExemptionClaims) findings.Add(ExemptionEvaluator.IgnoredClaim(claim));
            var matches = matcher.MatchAll(bom.Components);
            for (int i = 0; i < bom.Components.Count; i++)
            {
                components++;
                ScreenComponent(bom.Components[i], matches[i], exemptions, findings);
            }
        }
        // An exemption is stale only if every BOM was read: it may cover a component of the one that was not.
        if (boms.All(b => b.IsReadable)) findings.AddRange(exemptions.UnusedExemptions());

        var configured = new List<Finding>(findings.Count);
        foreach (var finding in findings)
        {
            var severity = options.Severities.Effective(finding.Rule);
            if (severity != Severity.None) configured.Add(finding with { Severity = severity });
        }
        configured.Sort(FindingOrder.Instance);
        return new ScreeningResult(configured, boms.Count, components);
    }

    private static void ScreenComponent(Component component, IReadOnlyList<EntityMatch> matches, ExemptionEvaluator exemptions, List<Finding> findings)
    {
        if (component.Evidence.Count == 0)
        {
            // The product the BOM describes is the BOM author's own: no evidence there is not a screening gap.
            if (component.IsRoot) return;
            findings.Add(new Finding(Rules.NoVendorEvidence,
                $"component '{component.DisplayName}' has no vendor evidence (no supplier, manufacturer, publisher, author, purl, CPE, URL or copyright), so its vendor could not be screened",
                component.Location)
            {
                BomRef = component.Ref,
                ComponentName = component.Name,
                Purl = component.Purl,
            });
            return;
        }
        foreach (var best in BestPerEntity(matches))
        {
            exemptions.Apply(component, RestrictedVendor(component, best), findings);
        }
    }

    /// <summary>
    /// One match per entity, in the order the entities first appear: the confident one, else the highest score, else
    /// the strongest evidence, else the first.
    /// </summary>
    private static IReadOnlyList<EntityMatch> BestPerEntity(IReadOnlyList<EntityMatch> matches)
    {
        if (matches.Count < 2) return matches;
        var best = new List<EntityMatch>(matches.Count);
        foreach (var match in matches)
        {
            int at = best.FindIndex(b => string.Equals(b.Entity.Id, match.Entity.Id, StringComparison.OrdinalIgnoreCase));
            if (at < 0) best.Add(match);
            else if (IsBetter(match, best[at])) best[at] = match;
        }
        return best;
    }

    private static bool IsBetter(EntityMatch candidate, EntityMatch current)
    {
        if (candidate.Confident != current.Confident) return candidate.Confident;
        if (candidate.Score != current.Score) return candidate.Score > current.Score;
        return EvidenceRank(candidate.Evidence.Kind) < EvidenceRank(current.Evidence.Kind);
    }

    /// <summary>Which evidence a finding should point at when several say the same: a named organisation first.</summary>
    private static int EvidenceRank(EvidenceKind kind) => kind switch
    {
        EvidenceKind.Organization => 0,
        EvidenceKind.Identifier => 1,
        EvidenceKind.Email => 2,
        EvidenceKind.Url => 3,
        EvidenceKind.Party => 4,
        EvidenceKind.Person => 5,
        _ => 6,
    };

    public static Finding RestrictedVendor(Component component, EntityMatch match)
    {
        var entity = match.Entity;
        var evidence = match.Evidence;
        string listing = entity.Citation is { Length: > 0 } citation ? $"{entity.ProgramList}; {citation}" : entity.ProgramList;
        string message = match.Confident
            ? $"component '{component.DisplayName}' is supplied by restricted entity '{entity.Name}' ({entity.Id}: {listing}): {evidence.Field} '{evidence.Value}' {match.Explanation}"
            : $"component '{component.DisplayName}' may be supplied by restricted entity '{entity.Name}' ({entity.Id}: {listing}): {evidence.Field} '{evidence.Value}' {match.Explanation} ({match.Kind} match, score {match.Score.ToString("0.00", CultureInfo.InvariantCulture)}); review it";
        return new Finding(match.Confident ? Rules.RestrictedVendor : Rules.PossibleRestrictedVendor, message, evidence.Location)
        {
            BomRef = component.Ref,
            ComponentName = component.Name,
            Purl = component.Purl,
            EntityId = entity.Id,
            EntityName = entity.Name,
            List = entity.ProgramList,
            Citation = entity.Citation,
            EvidenceField = evidence.Field,
            EvidenceValue = evidence.Value,
            MatchedName = match.MatchedName,
            MatchKind = match.Kind,
            Score = Math.Round(match.Score, 2),
        };
    }

    private static void AddStaleness(EntityList list, DateTime asOf, List<Finding> findings)
    {
        if (list.Published is not { } published || list.MaxAgeDays is not { } maxAge) return;
        int age = (int)(asOf.Date - published.Date).TotalDays;
        if (age <= maxAge) return;
        findings.Add(new Finding(Rules.StaleEntityList,
            $"entity list '{list.Name ?? list.Path}' was published on {Dates.Format(published)}, {age} days before {Dates.Format(asOf)}, over its maximum age of {maxAge} days",
            list.PublishedLocation ?? SourceSpan.WholeFile(list.Path)));
    }

    public static Finding BomProblem(JsonProblem problem) =>
        new(Rules.UnreadableBom, $"BOM could not be read: {problem.Message}", problem.Location);

    public static Finding ListProblem(JsonProblem problem) =>
        new(Rules.UnreadableEntityList, $"entity list could not be read: {problem.Message}", problem.Location);
}
