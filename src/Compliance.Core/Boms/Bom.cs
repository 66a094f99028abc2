using System.Collections.Generic;
using Compliance.Json;

namespace Compliance.Boms;

/// <summary>A bill of materials as read: its components, or the problems that kept it from being read.</summary>
public sealed class Bom
{
    public Bom(string path, BomFormat format, string? specVersion, IReadOnlyList<Component> components, IReadOnlyList<JsonProblem> problems)
    {
        Path = path;
        Format = format;
        SpecVersion = specVersion;
        Components = components;
        Problems = problems;
    }

    public string Path { get; }
    public BomFormat Format { get; }

    /// <summary>CycloneDX <c>specVersion</c> (for example "1.6") or SPDX <c>spdxVersion</c> (for example "SPDX-2.3").</summary>
    public string? SpecVersion { get; }

    public IReadOnlyList<Component> Components { get; }

    /// <summary>Non-empty when the BOM could not be read completely: it then fails the check (SCC007).</summary>
    public IReadOnlyList<JsonProblem> Problems { get; }

    public bool IsReadable => Problems.Count == 0;

    /// <summary>Things in the BOM that claim to exempt it from screening: ignored, and reported (SCC004).</summary>
    public IReadOnlyList<ExemptionClaim> ExemptionClaims { get; init; } = System.Array.Empty<ExemptionClaim>();

    /// <summary>True when the file is well-formed JSON but neither CycloneDX nor SPDX (a folder scan skips such files).</summary>
    public bool IsNotABom { get; init; }
}
