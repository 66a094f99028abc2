using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Compliance.Diagnostics;
using Compliance.Entities;

namespace Compliance.Importing;

/// <summary>What the user decides about an imported list: its date, name and maximum age.</summary>
public sealed class ImportSettings
{
    /// <summary>The date the official data was published (the list's <c>published</c>).</summary>
    public DateTime? Published { get; init; }
    public string? Name { get; init; }
    public int? MaxAgeDays { get; init; }

    /// <summary>The source codes asked for with <c>--sources</c>, recorded in the list.</summary>
    public IReadOnlyList<string> Sources { get; init; } = Array.Empty<string>();
}

/// <summary>
/// Turns an import into an entity-list document and applies the team's overlay. Entities are ordered by id and
/// every property in one fixed order, so that the same files always give the same bytes.
/// </summary>
public static class ImportedListBuilder
{
    public const string SchemaReference = "https://github.com/compliance-tool/compliance/blob/main/schemas/entity-list.schema.json";

    public static JsonObject Build(ImportResult import, ImportSettings settings, Overlay? overlay, List<ImportMessage> messages)
    {
        var imported = new Dictionary<string, JsonObject>(StringComparer.OrdinalIgnoreCase);
        foreach (var entity in import.Entities) imported.Add(entity.Id, ToJson(entity));

        var entities = new List<JsonObject>();
        if (overlay is not null) entities.AddRange(ApplyOverlayEntities(overlay, imported, messages));
        entities.AddRange(imported.Values);
        entities.Sort((a, b) => string.CompareOrdinal(Id(a), Id(b)));

        var root = new JsonObject
        {
            ["$schema"] = SchemaReference,
            ["name"] = settings.Name ?? OverlayString(overlay, "name") ?? import.ListName,
        };
        if (OverlayString(overlay, "version") is { } version) root["version"] = version;
        if (settings.Published is { } published) root["published"] = Dates.Format(published);
        if ((settings.MaxAgeDays ?? OverlayInt(overlay, "maxAgeDays")) is { } maxAge) root["maxAgeDays"] = maxAge;
        root["x-import"] = Provenance(import, settings, overlay);
        root["entities"] = new JsonArray(entities.Select(e => (JsonNode)e).ToArray());
        if (overlay is not null)
        {
            var exemptions = overlay.Exemptions.Select(e => e.DeepClone()).ToArray();
            if (exemptions.Length > 0) root["exemptions"] = new JsonArray(exemptions);
            WarnAboutExemptions(overlay, entities, messages);
            foreach (var property in overlay.Root)
            {
                if (root.ContainsKey(property.Key) || property.Key is "published" or "entities" or "exemptions") continue;
                root[property.Key] = property.Value?.DeepClone();
            }
        }
        return root;
    }

    private static JsonObject ToJson(ImportedEntity entity)
    {
        var json = new JsonObject { ["id"] = entity.Id, ["name"] = entity.Name };
        if (entity.Type is { } type) json["type"] = EntityTypes.Name(type);
        if (entity.Aliases.Count > 0) json["aliases"] = Strings(entity.Aliases);
        json["programs"] = new JsonArray(entity.Programs.Select(ProgramJson).ToArray());
        if (entity.Country is { } country) json["country"] = country;
        if (entity.Addresses.Count > 0) json["addresses"] = Strings(entity.Addresses);
        if (entity.Sources.Count > 0) json["source"] = string.Join("; ", entity.Sources);
        if (entity.Notes.Count > 0) json["notes"] = string.Join("; ", entity.Notes);
        var emailDomains = entity.EmailDomains.ToList();
        if (entity.Domains.Count + emailDomains.Count > 0)
        {
            var identifiers = new JsonObject();
            if (entity.Domains.Count > 0) identifiers["domains"] = Strings(entity.Domains);
            if (emailDomains.Count > 0) identifiers["emailDomains"] = Strings(emailDomains);
            json["identifiers"] = identifiers;
        }
        return json;
    }

    private static JsonNode ProgramJson(EntityProgram program)
    {
        var json = new JsonObject { ["code"] = program.Code, ["exemptible"] = program.Exemptible };
        if (program.Citation is { } citation) json["citation"] = citation;
        if (program.Added is { } added) json["added"] = added;
        return json;
    }

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)!).ToArray());

    private static JsonObject Provenance(ImportResult import, ImportSettings settings, Overlay? overlay)
    {
        var json = new JsonObject
        {
            ["from"] = import.Format,
            ["files"] = new JsonArray(import.Inputs.Select(i => (JsonNode)new JsonObject { ["name"] = i.FileName, ["sha256"] = i.Sha256 }).ToArray()),
        };
        if (settings.Sources.Count > 0) json["sources"] = Strings(settings.Sources);
        if (overlay is not null) json["overlay"] = new JsonObject { ["name"] = System.IO.Path.GetFileName(overlay.Path), ["sha256"] = overlay.Sha256 };
        return json;
    }

    /// <summary>
    /// Each overlay entity takes over the imported entities it claims (merging several into one if it claims
    /// several) and adds its properties; an overlay entity that claims nothing is the team's own and is kept as written.
    /// </summary>
    private static List<JsonObject> ApplyOverlayEntities(Overlay overlay, Dictionary<string, JsonObject> imported, List<ImportMessage> messages)
    {
        var result = new List<JsonObject>();
        var claimedBy = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var curation in overlay.Entities)
        {
            string id = Id(curation);
            var claimed = new List<JsonObject>();
            var notFound = new List<string>();
            foreach (var claimedId in Overlay.ClaimedIds(curation))
            {
                if (imported.TryGetValue(claimedId, out var entity))
                {
                    claimed.Add(entity);
                    imported.Remove(claimedId);
                    claimedBy[claimedId] = id;
                }
                else if (claimedBy.TryGetValue(claimedId, out var other) && other != id)
                {
                    messages.Add(new ImportMessage(Severity.Error, SourceSpan.WholeFile(overlay.Path),
                        $"overlay entities '{other}' and '{id}' both claim the imported entity '{claimedId}'"));
                }
                else if (claimedId != id)
                {
                    notFound.Add(claimedId);
                }
            }
            if (notFound.Count > 0)
            {
                messages.Add(new ImportMessage(Severity.Warning, SourceSpan.WholeFile(overlay.Path),
                    $"overlay entity '{id}' claims {string.Join(", ", notFound.Select(n => $"'{n}'"))}, not in this import (delisted, or renamed at the source?)"));
            }
            if (claimed.Count == 0)
            {
                result.Add((JsonObject)curation.DeepClone());
                continue;
            }
            var merged = claimed[0];
            foreach (var other in claimed.Skip(1)) Merge(merged, other, asOverlay: false);
            Merge(merged, curation, asOverlay: true);
            merged["id"] = id;
            result.Add(merged);
        }
        return result;
    }

    /// <summary>
    /// Adds <paramref name="extra"/> to <paramref name="target"/>: names that differ become aliases; aliases,
    /// addresses, programmes and identifiers are united (an overlay's programme replaces the imported one with the
    /// same code); from an overlay, other values replace the imported ones, except notes, which are appended.
    /// </summary>
    private static void Merge(JsonObject target, JsonObject extra, bool asOverlay)
    {
        foreach (var property in extra.ToList())
        {
            switch (property.Key)
            {
                case "id":
                    break;
                case "name":
                    if (property.Value is JsonValue name && name.TryGetValue(out string? text)) AddStrings(target, "aliases", new[] { text }, exclude: Name(target));
                    break;
                case "aliases":
                case "addresses":
                    AddStrings(target, property.Key, StringsOf(property.Value), exclude: property.Key == "aliases" ? Name(target) : null);
                    break;
                case "programs":
                    MergePrograms(target, property.Value as JsonArray, replace: asOverlay);
                    break;
                case "identifiers":
                    if (property.Value is not JsonObject identifiers) break;
                    if (target["identifiers"] is not JsonObject own) target["identifiers"] = own = new JsonObject();
                    foreach (var kind in identifiers.ToList())
                    {
                        if (kind.Value is JsonArray) AddStrings(own, kind.Key, StringsOf(kind.Value), exclude: null);
                        else own[kind.Key] = kind.Value?.DeepClone();
                    }
                    break;
                case "notes":
                    string? note = (property.Value as JsonValue)?.GetValue<string>();
                    string? existing = (target["notes"] as JsonValue)?.GetValue<string>();
                    if (note is { Length: > 0 } && existing != note) target["notes"] = existing is { Length: > 0 } ? existing + "; " + note : note;
                    break;
                default:
                    if (asOverlay || !target.ContainsKey(property.Key)) target[property.Key] = property.Value?.DeepClone();
                    break;
            }
        }
    }

    private static void MergePrograms(JsonObject target, JsonArray? extra, bool replace)
    {
        if (extra is null) return;
        if (target["programs"] is not JsonArray programs) target["programs"] = programs = new JsonArray();
        foreach (var program in extra)
        {
            string? code = ProgramCode(program);
            if (code is null) continue;
            int index = programs.ToList().FindIndex(p => string.Equals(ProgramCode(p), code, StringComparison.OrdinalIgnoreCase));
            // A bare code from the overlay says nothing the imported programme does not already say.
            if (index >= 0 && (!replace || program is not JsonObject)) continue;
            var copy = program is JsonObject ? program.DeepClone() : new JsonObject { ["code"] = code, ["exemptible"] = EntityProgram.DefaultExemptible(code) };
            if (index >= 0) programs[index] = copy;
            else programs.Add(copy);
        }
    }

    private static string? ProgramCode(JsonNode? program) => program switch
    {
        JsonValue value when value.TryGetValue(out string? code) => code.Trim(),
        JsonObject obj when obj["code"] is JsonValue code && code.TryGetValue(out string? text) => text.Trim(),
        _ => null,
    };

    private static void AddStrings(JsonObject target, string property, IEnumerable<string> values, string? exclude)
    {
        if (target[property] is not JsonArray array) target[property] = array = new JsonArray();
        var seen = new HashSet<string>(StringsOf(array), StringComparer.OrdinalIgnoreCase);
        if (exclude is not null) seen.Add(exclude);
        foreach (var value in values)
        {
            if (seen.Add(value)) array.Add(value);
        }
        if (array.Count == 0) target.Remove(property);
    }

    private static IEnumerable<string> StringsOf(JsonNode? node) =>
        node is JsonArray array
            ? array.OfType<JsonValue>().Select(v => v.TryGetValue(out string? s) ? s.Trim() : null).Where(s => s is { Length: > 0 }).Select(s => s!)
            : Enumerable.Empty<string>();

    private static void WarnAboutExemptions(Overlay overlay, List<JsonObject> entities, List<ImportMessage> messages)
    {
        var ids = new HashSet<string>(entities.Select(Id), StringComparer.OrdinalIgnoreCase);
        foreach (var exemption in overlay.Exemptions.OfType<JsonObject>())
        {
            var named = StringsOf(exemption["entities"]).ToList();
            if (exemption["entity"] is JsonValue single && single.TryGetValue(out string? one)) named.Add(one.Trim());
            foreach (var id in named.Where(n => !ids.Contains(n)))
            {
                messages.Add(new ImportMessage(Severity.Warning, SourceSpan.WholeFile(overlay.Path),
                    $"exemption '{Id(exemption)}' names entity '{id}', which is not in the imported list (delisted? then the exemption can go; or it is on another list file)"));
            }
        }
    }

    private static string Id(JsonObject entity) => entity["id"] is JsonValue id && id.TryGetValue(out string? text) ? text.Trim() : string.Empty;

    private static string? Name(JsonObject entity) => entity["name"] is JsonValue name && name.TryGetValue(out string? text) ? text : null;

    private static string? OverlayString(Overlay? overlay, string property) =>
        overlay?.Root[property] is JsonValue value && value.TryGetValue(out string? text) ? text : null;

    private static int? OverlayInt(Overlay? overlay, string property) =>
        overlay?.Root[property] is JsonValue value && value.TryGetValue(out int number) ? number : null;
}
