using System;
using System.Collections.Generic;
using Compliance.Diagnostics;
using Compliance.Json;

namespace Compliance.Entities;

/// <summary>One entity list file as read: metadata, entities and exemptions, or the problems that kept it from being read.</summary>
public sealed class EntityList
{
    public EntityList(string path) => Path = path;

    public string Path { get; }
    public string? Name { get; set; }
    public string? Version { get; set; }
    public DateTime? Published { get; set; }
    public SourceSpan? PublishedLocation { get; set; }

    /// <summary>How many days after <see cref="Published"/> the list is considered stale (SCC010).</summary>
    public int? MaxAgeDays { get; set; }

    public List<Entity> Entities { get; } = new();
    public List<Exemption> Exemptions { get; } = new();
    public List<JsonProblem> Problems { get; } = new();

    /// <summary>True for the list embedded in the tool.</summary>
    public bool IsEmbeddedDefault { get; set; }
}
