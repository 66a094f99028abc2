using System.Collections.Generic;
using Compliance.Diagnostics;
using Compliance.Json;

namespace Compliance.Boms;

/// <summary>A component (CycloneDX) or package (SPDX) and the vendor evidence found for it.</summary>
public sealed class Component
{
    internal Component(DeferredSpan place) => Place = place;

    /// <summary><c>bom-ref</c> (CycloneDX) or <c>SPDXID</c> (SPDX); null when the BOM gives none.</summary>
    public string? Ref { get; set; }

    public string? Name { get; set; }
    public string? Version { get; set; }
    public string? Group { get; set; }
    public string? Purl { get; set; }

    /// <summary>The component's location: its name if it has one, else the start of its object (worked out when asked for).</summary>
    public SourceSpan Location => Place.Resolve();

    internal DeferredSpan Place { get; set; }

    /// <summary>The reference of the component this one is nested in, if any.</summary>
    public string? ParentRef { get; set; }

    /// <summary>True for CycloneDX <c>metadata.component</c>: the product the BOM describes.</summary>
    public bool IsRoot { get; set; }

    public List<Evidence> Evidence { get; } = new();

    /// <summary>Name/value properties (CycloneDX <c>properties</c>), for classifications such as an ECCN.</summary>
    public List<KeyValuePair<string, string>> Properties => _properties ??= new();

    private List<KeyValuePair<string, string>>? _properties;

    /// <summary>A readable name for messages: name@version, else the reference.</summary>
    public string DisplayName =>
        Name is { Length: > 0 } ? (Version is { Length: > 0 } ? $"{Name}@{Version}" : Name) : Ref ?? "(unnamed component)";
}
