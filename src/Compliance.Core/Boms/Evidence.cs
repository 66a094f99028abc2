using Compliance.Diagnostics;
using Compliance.Json;

namespace Compliance.Boms;

/// <summary>One statement in a BOM about who supplied a component, with the exact place it came from.</summary>
public sealed record Evidence
{
    internal Evidence(string field, EvidenceKind kind, string value, DeferredSpan place)
    {
        Field = field;
        Kind = kind;
        Value = value;
        Place = place;
    }

    /// <summary>Where in the BOM format the value sits, for example <c>supplier.name</c> or <c>externalRefs.purl</c>.</summary>
    public string Field { get; }

    public EvidenceKind Kind { get; }
    public string Value { get; }

    /// <summary>The value's place in the file (worked out when asked for: most evidence never needs it).</summary>
    public SourceSpan Location => Place.Resolve();

    internal DeferredSpan Place { get; }
}
