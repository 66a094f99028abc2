using System;
using System.Collections.Generic;
using System.Linq;
using Compliance.Diagnostics;
using Compliance.Entities;
using Compliance.Exemptions;
using Compliance.Json;
using Compliance.Matching;
using Compliance.Screening;

namespace Compliance.ListTools;

/// <summary>An entity list to lint: as loaded, with its text for locations (null for the embedded default list).</summary>
public sealed record LintInput(EntityList List, JsonText? Text);

public sealed class LintOptions
{
    /// <summary>The date expiries and list ages are judged at.</summary>
    public DateTime AsOf { get; init; } = DateTime.UtcNow.Date;

    /// <summary>
    /// A list whose entities exemptions may name and whose names may collide with the user's (the embedded default
    /// list, which <c>check</c> uses unless told not to); it is not itself reported on.
    /// </summary>
    public EntityList? Background { get; init; }
}

/// <summary>
/// The mistakes a compliance team makes in entity lists, found across every file validated together (as
/// <c>check</c> would combine them). Files that the loader rejects get their format problems only: the other
/// checks need the entities the loader could not build.
/// </summary>
public static class ListLinter
{
    public static List<ListProblem> Lint(IReadOnlyList<LintInput> inputs, LintOptions options)
    {
        var problems = new List<ListProblem>();
        var located = new Dictionary<Entity, (LintInput Input, int Index)>();
        var locations = new Dictionary<LintInput, JsonValueLocations>();
        foreach (var input in inputs)
        {
            if (input.Text is not null) locations[input] = JsonValueLocations.Build(input.Text);
            FormatProblems(input, locations.TryGetValue(input, out var l) ? l : null, problems);
            for (int i = 0; i < input.List.Entities.Count; i++) located[input.List.Entities[i]] = (input, i);
        }

        var lists = new List<EntityList>();
        if (options.Background is { } background) lists.Add(background);
        lists.AddRange(inputs.Select(i => i.List));
        var catalog = EntityCatalog.Combine(lists);
        var ownProblems = new HashSet<JsonProblem>(lists.SelectMany(l => l.Problems));
        foreach (var problem in catalog.Problems.Where(p => !ownProblems.Contains(p)))
        {
            problems.Add(new ListProblem(ListChecks.DuplicateId, problem.Location, problem.Message));
        }

        SourceSpan Where(Entity entity, string pointer) =>
            located.TryGetValue(entity, out var at) && locations.TryGetValue(at.Input, out var index) && index.TryGet($"/entities/{at.Index}{pointer}", out var span)
                ? span
                : entity.Location;

        Names(catalog, located, Where, problems);
        SharedIdentifiers(catalog, located, Where, problems);
        foreach (var unknown in new ExemptionEvaluator(catalog, new ScreeningOptions { AsOf = options.AsOf }).ListProblems())
        {
            problems.Add(new ListProblem(ListChecks.UnknownEntity, unknown.Location, unknown.Message));
        }
        foreach (var input in inputs)
        {
            Exemptions(input, catalog, options.AsOf, problems);
            Staleness(input.List, options.AsOf, problems);
        }
        return problems
            .OrderBy(p => p.Location.Path, StringComparer.Ordinal)
            .ThenBy(p => p.Location.StartLine)
            .ThenBy(p => p.Location.StartColumn)
            .ThenBy(p => p.Check.Name, StringComparer.Ordinal)
            .ThenBy(p => p.Message, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The loader's problems, except a repeated entity id, which is reported (once, by its own check) from the
    /// file's text so that it reads as what it is.
    /// </summary>
    private static void FormatProblems(LintInput input, JsonValueLocations? locations, List<ListProblem> problems)
    {
        var duplicateSpans = new HashSet<SourceSpan>();
        if (locations is not null)
        {
            foreach (var collection in new[] { "entities", "exemptions" })
            {
                var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                int count = locations.ArrayLength("/" + collection);
                for (int i = 0; i < count; i++)
                {
                    string pointer = $"/{collection}/{i}/id";
                    if (!locations.TryGetValue(pointer, out var value)) continue;
                    string id = value.Trim();
                    if (id.Length == 0) continue;
                    if (seen.TryGetValue(id, out string? firstPointer))
                    {
                        locations.TryGet(pointer, out var span);
                        locations.TryGet(firstPointer, out var first);
                        duplicateSpans.Add(span);
                        string what = collection == "entities" ? "entity" : "exemption";
                        problems.Add(new ListProblem(ListChecks.DuplicateId, span, $"{what} id '{id}' is already used at {first}"));
                    }
                    else
                    {
                        seen.Add(id, pointer);
                    }
                }
            }
        }
        foreach (var problem in input.List.Problems)
        {
            if (!duplicateSpans.Contains(problem.Location)) problems.Add(new ListProblem(ListChecks.Format, problem.Location, problem.Message));
        }
    }

    /// <summary>Names and aliases too generic to mean one vendor, and those two entities share (after normalisation).</summary>
    private static void Names(EntityCatalog catalog, Dictionary<Entity, (LintInput Input, int Index)> located,
        Func<Entity, string, SourceSpan> where, List<ListProblem> problems)
    {
        var owners = new Dictionary<string, List<(Entity Entity, string Pointer, string Text)>>(StringComparer.Ordinal);
        foreach (var entity in catalog.Entities)
        {
            bool own = located.ContainsKey(entity);
            Add(entity, own, "/name", entity.Name, "name");
            for (int j = 0; j < entity.Aliases.Count; j++) Add(entity, own, $"/aliases/{j}", entity.Aliases[j], "alias");
        }
        foreach (var pair in owners)
        {
            var distinct = pair.Value.GroupBy(o => o.Entity.Id, StringComparer.OrdinalIgnoreCase).Select(g => g.First()).ToList();
            if (distinct.Count < 2) continue;
            var first = distinct.FirstOrDefault(o => located.ContainsKey(o.Entity));
            if (first.Entity is null) continue;
            string others = string.Join(", ", distinct.Where(o => o.Entity != first.Entity).Select(o => $"'{o.Entity.Id}' ('{o.Text}' at {where(o.Entity, o.Pointer)})"));
            problems.Add(new ListProblem(ListChecks.SharedName, where(first.Entity, first.Pointer),
                $"'{first.Text}' of entity '{first.Entity.Id}' is also a name of {others}: a match on it cannot say which entity is meant"));
        }

        void Add(Entity entity, bool own, string pointer, string text, string what)
        {
            if (GenericNames.IsGeneric(text))
            {
                if (own)
                {
                    problems.Add(new ListProblem(ListChecks.GenericName, where(entity, pointer),
                        $"the {what} '{text}' of entity '{entity.Id}' is too generic to stand for one vendor: it never matches on its own"));
                }
                return;
            }
            string key = NameNormalizer.Normalize(text);
            if (key.Length == 0) return;
            if (!owners.TryGetValue(key, out var list)) owners[key] = list = new List<(Entity, string, string)>();
            list.Add((entity, pointer, text));
        }
    }

    private static void SharedIdentifiers(EntityCatalog catalog, Dictionary<Entity, (LintInput Input, int Index)> located,
        Func<Entity, string, SourceSpan> where, List<ListProblem> problems)
    {
        var owners = new Dictionary<string, List<(Entity Entity, string Pointer, string Text)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var entity in catalog.Entities)
        {
            Add(entity, "domains", entity.Identifiers.Domains);
            Add(entity, "emailDomains", entity.Identifiers.EmailDomains);
            Add(entity, "purls", entity.Identifiers.Purls);
            Add(entity, "cpeVendors", entity.Identifiers.CpeVendors);
        }
        foreach (var pair in owners)
        {
            var distinct = pair.Value.GroupBy(o => o.Entity.Id, StringComparer.OrdinalIgnoreCase).Select(g => g.First()).ToList();
            if (distinct.Count < 2) continue;
            var first = distinct.FirstOrDefault(o => located.ContainsKey(o.Entity));
            if (first.Entity is null) continue;
            string others = string.Join(", ", distinct.Where(o => o.Entity != first.Entity).Select(o => $"'{o.Entity.Id}' ({where(o.Entity, o.Pointer)})"));
            problems.Add(new ListProblem(ListChecks.SharedIdentifier, where(first.Entity, first.Pointer),
                $"'{first.Text}' of entity '{first.Entity.Id}' also identifies {others}"));
        }

        void Add(Entity entity, string kind, List<string> values)
        {
            for (int j = 0; j < values.Count; j++)
            {
                string key = kind + ":" + values[j].Trim().TrimStart('@', '.').ToLowerInvariant();
                if (!owners.TryGetValue(key, out var list)) owners[key] = list = new List<(Entity, string, string)>();
                list.Add((entity, $"/identifiers/{kind}/{j}", values[j]));
            }
        }
    }

    /// <summary>
    /// Exemptions that name no defined entity (the same SCC008 problem <c>check</c> reports), that have expired, or
    /// that cover a programme allowing none.
    /// </summary>
    private static void Exemptions(LintInput input, EntityCatalog catalog, DateTime asOf, List<ListProblem> problems)
    {
        foreach (var exemption in input.List.Exemptions)
        {
            foreach (var id in exemption.Entities)
            {
                if (catalog.Find(id) is not { } entity) continue;
                var blocked = entity.Programs
                    .Where(p => !p.Exemptible)
                    .Where(p => exemption.Programs.Count == 0 || exemption.Programs.Contains(p.Code, StringComparer.OrdinalIgnoreCase))
                    .Select(p => p.Code)
                    .ToList();
                if (blocked.Count == 0) continue;
                problems.Add(new ListProblem(ListChecks.ExemptionNotAllowed, exemption.EntityLocations.TryGetValue(id, out var at) ? at : exemption.Location,
                    $"exemption '{exemption.Id}' covers entity '{id}' under {string.Join(", ", blocked)}, which allows no exemption" +
                    (exemption.Programs.Count == 0 ? " (limit it with 'programs' to the programmes that allow one)" : string.Empty)));
            }
            if (exemption.Expires is { } expires && expires.Date < asOf.Date)
            {
                problems.Add(new ListProblem(ListChecks.ExpiredExemption, exemption.ExpiresLocation ?? exemption.Location,
                    $"exemption '{exemption.Id}' expired on {Dates.Format(expires)} ({(asOf.Date - expires.Date).Days} days before {Dates.Format(asOf)})"));
            }
        }
    }

    private static void Staleness(EntityList list, DateTime asOf, List<ListProblem> problems)
    {
        if (list.MaxAgeDays is not { } maxAge) return;
        if (list.Published is not { } published)
        {
            problems.Add(new ListProblem(ListChecks.StaleList, SourceSpan.WholeFile(list.Path), $"the list gives maxAgeDays ({maxAge}) but no published date, so its age cannot be checked"));
            return;
        }
        int age = (asOf.Date - published.Date).Days;
        if (age <= maxAge) return;
        problems.Add(new ListProblem(ListChecks.StaleList, list.PublishedLocation ?? SourceSpan.WholeFile(list.Path),
            $"the list was published on {Dates.Format(published)}, {age} days before {Dates.Format(asOf)}, over its maxAgeDays of {maxAge}"));
    }
}
