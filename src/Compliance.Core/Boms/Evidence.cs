using Compliance.Diagnostics;

namespace Compliance.Boms;

/// <summary>One statement in a BOM about who supplied a component, with the exact place it came from.</summary>
/// <param name="Field">Where in the BOM format the value sits, for example <c>supplier.name</c> or <c>externalRefs.purl</c>.</param>
public sealed record Evidence(string Field, EvidenceKind Kind, string Value, SourceSpan Location);
