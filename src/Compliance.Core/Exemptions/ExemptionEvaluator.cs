using System;
using System.Collections.Generic;
using System.Linq;
using Compliance.Boms;
using Compliance.Diagnostics;
using Compliance.Entities;
using Compliance.Screening;

namespace Compliance.Exemptions;

/// <summary>
/// Applies the compliance team's exemptions to restricted-vendor findings (the model: docs/exemptions.md).
/// A finding is exempt only when, for every programme its entity is listed under, an exemption that names the
/// entity and covers the component is in effect on the screening date and that programme allows exemptions.
/// Exempt: SCC003, suppressed, plus SCC005 when the cover lapses within the warning window. An exemption covers the
/// component but not the finding (expired, not yet approved, programme not exemptible or not named): SCC004 in place
/// of the finding, or the finding itself when SCC004 is configured to <c>none</c>. Exemptions that covered no
/// component: SCC009.
/// </summary>
public sealed class ExemptionEvaluator
{
    private readonly EntityCatalog _catalog;
    private readonly DateTime _asOf;
    private readonly int _warningDays;
    private readonly string _classificationProperty;
    private readonly bool _invalidExemptionsHidden;
    private readonly List<Candidate> _all = new();
    private readonly Dictionary<string, List<Candidate>> _byEntity = new(StringComparer.OrdinalIgnoreCase);

    public ExemptionEvaluator(EntityCatalog catalog, ScreeningOptions options)
    {
        _catalog = catalog;
        _asOf = options.AsOf.Date;
        _warningDays = options.ExemptionWarningDays;
        _classificationProperty = options.ClassificationProperty;
        _invalidExemptionsHidden = options.Severities.Effective(Rules.InvalidExemption) == Severity.None;
        foreach (var exemption in catalog.Exemptions)
        {
            var candidate = new Candidate(exemption, ComponentScope.Of(exemption))
            {
                UnknownEntities = exemption.Entities.Where(e => catalog.Find(e) is null).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            };
            _all.Add(candidate);
            foreach (string entity in exemption.Entities.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (!_byEntity.TryGetValue(entity, out var list)) _byEntity[entity] = list = new List<Candidate>();
                list.Add(candidate);
            }
        }
    }

    private sealed class Candidate
    {
        public Candidate(Exemption exemption, ComponentScope scope)
        {
            Exemption = exemption;
            Scope = scope;
        }

        public Exemption Exemption { get; }
        public ComponentScope Scope { get; }

        /// <summary>Entity ids that no list of the run defines (SCC008).</summary>
        public List<string> UnknownEntities { get; init; } = new();

        /// <summary>True once the exemption has covered a component of one of its entities.</summary>
        public bool Used { get; set; }

        public string Id => Exemption.Id;

        /// <summary>A missing end date (possible only for exemptions built in code) counts as already expired.</summary>
        public DateTime Expires => Exemption.Expires?.Date ?? DateTime.MinValue;

        public bool Claims(EntityProgram program) =>
            Exemption.Programs.Count == 0 || Exemption.Programs.Any(p => string.Equals(p, program.Code, StringComparison.OrdinalIgnoreCase));
    }

    private enum Standing { InEffect, Expired, NotYetApproved }

    private Standing StandingOf(Candidate candidate)
    {
        if (candidate.Exemption.Approved is { } approved && approved.Date > _asOf) return Standing.NotYetApproved;
        return candidate.Expires < _asOf ? Standing.Expired : Standing.InEffect;
    }

    /// <summary>
    /// SCC008 for each entity id that an exemption names and no list of the run defines (a typo fails closed). Not
    /// reported while a list has problems of its own: its entities are missing because it could not be read.
    /// </summary>
    public IEnumerable<Finding> ListProblems()
    {
        if (_catalog.Problems.Count > 0) yield break;
        foreach (var candidate in _all)
        {
            foreach (string entity in candidate.UnknownEntities)
            {
                var at = candidate.Exemption.EntityLocations.TryGetValue(entity, out var span) ? span : candidate.Exemption.Location;
                yield return new Finding(Rules.UnreadableEntityList,
                    $"exemption '{candidate.Id}' names entity '{entity}', which no entity list of this run defines: correct the id, or add the list that defines it",
                    at)
                {
                    EntityId = entity,
                    ExemptionId = candidate.Id,
                };
            }
        }
    }

    /// <summary>Adds <paramref name="finding"/> to <paramref name="sink"/> as it is, as SCC003 (with SCC005 if due), or as SCC004.</summary>
    public void Apply(Component component, Finding finding, List<Finding> sink)
    {
        if (finding.EntityId is not { } entityId || !_byEntity.TryGetValue(entityId, out var named)
            || (finding.Rule != Rules.RestrictedVendor && finding.Rule != Rules.PossibleRestrictedVendor))
        {
            sink.Add(finding);
            return;
        }
        var inScope = named.Where(c => c.Scope.Covers(component, _classificationProperty)).ToList();
        if (inScope.Count == 0)
        {
            sink.Add(WithVersionHint(component, finding, named));
            return;
        }
        foreach (var candidate in inScope) candidate.Used = true;

        var entity = _catalog.Find(entityId);
        var programs = entity is { Programs.Count: > 0 } ? entity.Programs : new List<EntityProgram> { new("restricted", true) };
        var cover = new Dictionary<EntityProgram, Candidate>();
        var gaps = new List<Gap>();
        foreach (var program in programs)
        {
            var claimants = inScope.Where(c => c.Claims(program)).ToList();
            if (!program.Exemptible)
            {
                gaps.Add(new Gap(GapKind.NotExemptible, program, claimants.Count > 0 ? claimants : inScope));
                continue;
            }
            if (claimants.Count == 0)
            {
                gaps.Add(new Gap(GapKind.ProgramNotNamed, program, inScope));
                continue;
            }
            var inEffect = claimants.Where(c => StandingOf(c) == Standing.InEffect)
                .OrderByDescending(c => c.Expires).ThenBy(c => c.Id, StringComparer.Ordinal).FirstOrDefault();
            if (inEffect is null)
            {
                gaps.Add(new Gap(GapKind.NotInEffect, program, claimants));
                continue;
            }
            cover[program] = inEffect;
        }

        if (gaps.Count > 0)
        {
            // SCC004 turned off means "do not tell me about exemptions that fail", never "let them hide the finding":
            // the finding stands as if the exemption were not there.
            sink.Add(_invalidExemptionsHidden ? finding : NotExempt(finding, gaps));
            return;
        }
        var used = cover.Values.Distinct().OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
        var lapses = cover.Values.Min(c => c.Expires);
        sink.Add(finding with
        {
            Rule = Rules.ExemptedVendor,
            Severity = Rules.ExemptedVendor.DefaultSeverity,
            Message = $"{finding.Message}; exempt until {Dates.Format(lapses)} under {Names(used, withLicense: true)}",
            ExemptionId = Ids(used),
            SuppressionJustification = string.Join(" ", used.Select(c => Justification(c.Exemption))),
        });
        int daysLeft = (int)(lapses - _asOf).TotalDays;
        if (daysLeft <= _warningDays)
        {
            var lapsing = used.Where(c => c.Expires == lapses).ToList();
            sink.Add(ExpiresSoon(component, finding, lapsing, lapses, daysLeft));
        }
    }

    /// <summary>The finding, with a note when an exemption for its entity names the package but another version.</summary>
    private static Finding WithVersionHint(Component component, Finding finding, List<Candidate> named)
    {
        foreach (var candidate in named.OrderBy(c => c.Id, StringComparer.Ordinal))
        {
            if (candidate.Scope.VersionMiss(component) is not { } pattern) continue;
            string version = component.Version is { Length: > 0 } v ? $"version {v}" : "this version";
            return finding with
            {
                Message = $"{finding.Message}; exemption '{candidate.Id}' covers {pattern.Text}, not {version}",
            };
        }
        return finding;
    }

    private enum GapKind { NotExemptible, NotInEffect, ProgramNotNamed }

    /// <summary>A programme of the entity that the exemptions in scope do not cover, and why.</summary>
    private sealed record Gap(GapKind Kind, EntityProgram Program, List<Candidate> Exemptions);

    private Finding NotExempt(Finding finding, List<Gap> gaps)
    {
        var reasons = new List<string>();
        var notExemptible = gaps.Where(g => g.Kind == GapKind.NotExemptible).ToList();
        if (notExemptible.Count > 0)
        {
            reasons.Add($"its listing under {Programs(notExemptible)} allows no exemption, so {Names(notExemptible.SelectMany(g => g.Exemptions))} cannot cover it");
        }
        foreach (var candidate in gaps.Where(g => g.Kind == GapKind.NotInEffect).SelectMany(g => g.Exemptions).Distinct().OrderBy(c => c.Id, StringComparer.Ordinal))
        {
            reasons.Add(StandingOf(candidate) == Standing.Expired
                ? $"exemption '{candidate.Id}' expired on {Dates.Format(candidate.Expires)}"
                : $"exemption '{candidate.Id}' was approved on {Dates.Format(candidate.Exemption.Approved!.Value)}, after the screening date");
        }
        var notNamed = gaps.Where(g => g.Kind == GapKind.ProgramNotNamed).ToList();
        if (notNamed.Count > 0)
        {
            var limited = notNamed.SelectMany(g => g.Exemptions).Distinct().OrderBy(c => c.Id, StringComparer.Ordinal)
                .Select(c => $"'{c.Id}' ({string.Join(", ", c.Exemption.Programs)})");
            reasons.Add($"its listing under {Programs(notNamed)} is outside the programmes of exemption {string.Join(", ", limited)}");
        }
        var involved = gaps.SelectMany(g => g.Exemptions).Distinct().OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
        return finding with
        {
            Rule = Rules.InvalidExemption,
            Severity = Rules.InvalidExemption.DefaultSeverity,
            Message = $"{finding.Message}; not exempt as of {Dates.Format(_asOf)}: {string.Join("; ", reasons)}",
            ExemptionId = Ids(involved),
        };
    }

    private Finding ExpiresSoon(Component component, Finding finding, List<Candidate> lapsing, DateTime lapses, int daysLeft)
    {
        string when = daysLeft == 0
            ? $"today ({Dates.Format(lapses)}), its last valid day"
            : $"on {Dates.Format(lapses)}, in {daysLeft} day{(daysLeft == 1 ? "" : "s")} (as of {Dates.Format(_asOf)})";
        string renew = lapsing.Select(c => c.Exemption.License).FirstOrDefault(l => l is { Length: > 0 }) is { } license
            ? $"licence {license}"
            : "it";
        return finding with
        {
            Rule = Rules.ExemptionExpiresSoon,
            Severity = Rules.ExemptionExpiresSoon.DefaultSeverity,
            Message = $"{Names(lapsing)} covering component '{component.DisplayName}' from restricted entity '{finding.EntityName ?? finding.EntityId}' expires {when}: renew {renew} or plan the component's removal",
            ExemptionId = Ids(lapsing),
            SuppressionJustification = null,
        };
    }

    /// <summary>
    /// SCC009 for each exemption that covered no component (located at its id in the list file), except those already
    /// reported for naming an unknown entity.
    /// </summary>
    public IEnumerable<Finding> UnusedExemptions()
    {
        foreach (var candidate in _all.Where(c => !c.Used && c.UnknownEntities.Count == 0))
        {
            var exemption = candidate.Exemption;
            var scope = exemption.Components.Concat(exemption.ComponentNames).Concat(exemption.Classifications);
            string expired = StandingOf(candidate) == Standing.Expired ? $" (it expired on {Dates.Format(candidate.Expires)})" : string.Empty;
            yield return new Finding(Rules.UnusedExemption,
                $"exemption '{exemption.Id}' ({string.Join(", ", exemption.Entities)}: {string.Join(", ", scope)}) matched no component in the BOMs screened{expired}: remove it if it is stale, or check its scope",
                exemption.Location)
            {
                EntityId = exemption.Entities.Count == 1 ? exemption.Entities[0] : null,
                ExemptionId = exemption.Id,
            };
        }
    }

    /// <summary>SCC004 for something in a BOM that claims an exemption: ignored, because a BOM cannot exempt itself.</summary>
    public static Finding IgnoredClaim(ExemptionClaim claim)
    {
        string on = claim.Component is { } component ? $" on component '{component.DisplayName}'" : " on the BOM";
        return new Finding(Rules.InvalidExemption,
            $"ignored an exemption claimed in the BOM{on} ({claim.Field} '{claim.Text}'): exemptions come only from the compliance team's list files, never from the BOM being screened",
            claim.Location)
        {
            BomRef = claim.Component?.Ref,
            ComponentName = claim.Component?.Name,
            Purl = claim.Component?.Purl,
        };
    }

    /// <summary>The text SARIF records as the suppression's justification: the exemption and its authority.</summary>
    public static string Justification(Exemption exemption)
    {
        var parts = new List<string> { $"Exemption '{exemption.Id}'" };
        if (exemption.License is { Length: > 0 } license) parts.Add($"licence {license}");
        if (exemption.Reason is { Length: > 0 } reason) parts.Add(reason);
        if (exemption.ApprovedBy is { Length: > 0 } || exemption.Approved is not null)
        {
            string by = exemption.ApprovedBy is { Length: > 0 } approver ? $" by {approver}" : string.Empty;
            string on = exemption.Approved is { } approved ? $" on {Dates.Format(approved)}" : string.Empty;
            parts.Add($"approved{by}{on}");
        }
        if (exemption.Expires is { } expires) parts.Add($"valid until {Dates.Format(expires)}");
        string text = string.Join(", ", parts);
        return exemption.Justification is { Length: > 0 } justification ? $"{text}: {justification.Trim()}" : text + ".";
    }

    private static string Names(IEnumerable<Candidate> candidates, bool withLicense = false)
    {
        var list = candidates.Distinct().OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
        var names = list.Select(c => withLicense && c.Exemption.License is { Length: > 0 } license ? $"'{c.Id}' (licence {license})" : $"'{c.Id}'");
        return (list.Count == 1 ? "exemption " : "exemptions ") + string.Join(", ", names);
    }

    private static string Ids(IEnumerable<Candidate> candidates) => string.Join(", ", candidates.Select(c => c.Id));

    private static string Programs(IEnumerable<Gap> gaps) =>
        string.Join(", ", gaps.Select(g => g.Program.Citation is { Length: > 0 } citation ? $"{g.Program.Code} ({citation})" : g.Program.Code));
}
