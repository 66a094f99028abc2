using System;
using System.Collections.Generic;
using Compliance.Diagnostics;

namespace Compliance.Entities;

/// <summary>
/// A "non-sensitive" exemption defined by the compliance team in a list file: which entity's components it
/// allows, which components, under which authorisation, until when.
/// </summary>
public sealed class Exemption
{
    public Exemption(string id, SourceSpan location)
    {
        Id = id;
        Location = location;
    }

    public string Id { get; }

    /// <summary>Where the exemption's <c>id</c> is written.</summary>
    public SourceSpan Location { get; }

    /// <summary>The ids of the entities it applies to (<c>entity</c> or <c>entities</c>).</summary>
    public List<string> Entities { get; } = new();

    /// <summary>Where each entity id is written, so that an id no list defines is reported at its place.</summary>
    public Dictionary<string, SourceSpan> EntityLocations { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The programmes it applies to; empty means every programme of the entity.</summary>
    public List<string> Programs { get; } = new();

    /// <summary>purl patterns (<c>pkg:maven/com.huawei.hms/*</c>, optionally with a version range; see <c>Exemptions.PurlPattern</c>).</summary>
    public List<string> Components { get; } = new();

    /// <summary>Component name patterns (<c>*</c> matches any run of characters).</summary>
    public List<string> ComponentNames { get; } = new();

    /// <summary>Classification values (for example the ECCN <c>EAR99</c>) read from a component property.</summary>
    public List<string> Classifications { get; } = new();

    public string? Reason { get; set; }
    public string? License { get; set; }
    public string? ApprovedBy { get; set; }
    public DateTime? Approved { get; set; }
    /// <summary>The last day on which the exemption is valid (inclusive).</summary>
    public DateTime? Expires { get; set; }
    public SourceSpan? ExpiresLocation { get; set; }
    public string? Justification { get; set; }
}
