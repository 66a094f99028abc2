using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Compliance.Entities;
using Compliance.Json;

namespace Compliance.Importing;

/// <summary>
/// A compliance team's curation, kept in its own entity-list file and applied to every import so that next
/// month's import keeps this month's work: extra aliases and identifiers, exemptions, the team's own entities,
/// and the ids the team uses (an overlay entity claims imported entities by id, or by <c>x-importIds</c> when the
/// team gave it another id). It is read as JSON, not through the entity model, so that every property it holds
/// (including <c>x-</c> extensions) reaches the output unchanged.
/// </summary>
public sealed class Overlay
{
    /// <summary>The extension property with which an overlay entity claims imported entities under other ids.</summary>
    public const string ImportIdsProperty = "x-importIds";

    private Overlay(string path, string sha256, JsonObject root)
    {
        Path = path;
        Sha256 = sha256;
        Root = root;
    }

    public string Path { get; }
    public string Sha256 { get; }
    public JsonObject Root { get; }

    public IEnumerable<JsonObject> Entities => Items("entities").OfType<JsonObject>();
    public IEnumerable<JsonNode> Exemptions => Items("exemptions").Where(e => e is not null).Select(e => e!);

    private IEnumerable<JsonNode?> Items(string property) => Root[property] is JsonArray array ? array : Enumerable.Empty<JsonNode?>();

    /// <summary>Reads an overlay; it must be a valid entity list (the engine's loader checks it), or the problems are returned.</summary>
    public static Overlay? Load(string path, long maxBytes, out IReadOnlyList<JsonProblem> problems)
    {
        if (!InputFile.TryReadAllBytes(path, maxBytes, "overlay", out var bytes, out var readProblem))
        {
            problems = new[] { readProblem! };
            return null;
        }
        var text = new JsonText(path, bytes!);
        var list = EntityListLoader.Load(text);
        problems = list.Problems;
        if (problems.Count > 0) return null;
        var root = JsonNode.Parse(text.Utf8.Span, documentOptions: new JsonDocumentOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            MaxDepth = JsonReading.MaxDepth,
        })!.AsObject();
        return new Overlay(path, ImportText.Sha256(bytes!), root);
    }

    /// <summary>The ids an overlay entity claims: its own, then those in <c>x-importIds</c>.</summary>
    public static List<string> ClaimedIds(JsonObject entity)
    {
        var ids = new List<string>();
        if (entity["id"] is JsonValue id && id.TryGetValue(out string? own)) ids.Add(own.Trim());
        if (entity[ImportIdsProperty] is JsonArray imports)
        {
            foreach (var item in imports)
            {
                if (item is JsonValue value && value.TryGetValue(out string? text) && !ids.Contains(text.Trim())) ids.Add(text.Trim());
            }
        }
        return ids;
    }
}
