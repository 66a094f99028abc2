using System.Collections.Generic;
using Compliance.Diagnostics;

namespace Compliance.Entities;

/// <summary>A restricted entity: who it is, the names it goes by, and the lists it is on.</summary>
public sealed class Entity
{
    public Entity(string id, string name, SourceSpan location)
    {
        Id = id;
        Name = name;
        Location = location;
    }

    public string Id { get; }
    public string Name { get; set; }

    /// <summary>An organisation unless the list says otherwise.</summary>
    public EntityType Type { get; set; }

    /// <summary>Where the entity's <c>id</c> is written, for messages about the list itself.</summary>
    public SourceSpan Location { get; }

    public List<string> Aliases { get; } = new();
    public List<EntityProgram> Programs { get; } = new();

    /// <summary>ISO 3166 country code or name.</summary>
    public string? Country { get; set; }

    public List<string> Addresses { get; } = new();

    /// <summary>Where the listing comes from (for example a Federal Register citation or a URL).</summary>
    public string? Source { get; set; }

    public string? Notes { get; set; }
    public EntityIdentifiers Identifiers { get; } = new();

    /// <summary>The programme codes joined for display, for example "EL, 889, FCC".</summary>
    public string ProgramList => Programs.Count == 0 ? "restricted" : string.Join(", ", Programs.ConvertAll(p => p.Code));

    /// <summary>The first citation the entity carries, for messages.</summary>
    public string? Citation
    {
        get
        {
            foreach (var program in Programs)
            {
                if (program.Citation is { Length: > 0 }) return program.Citation;
            }
            return Source;
        }
    }

    public IEnumerable<string> AllNames()
    {
        yield return Name;
        foreach (var alias in Aliases) yield return alias;
    }
}

/// <summary>A listing of an entity under one list or programme.</summary>
/// <param name="Code">EL, SDN, MEU, CMIC, DPL, 889, FCC, ...</param>
/// <param name="Exemptible">Whether a "non-sensitive" exemption (a licence) may apply under this programme.</param>
public sealed record EntityProgram(string Code, bool Exemptible, string? Citation = null, string? Added = null)
{
    /// <summary>
    /// Whether a programme allows licences when the list does not say: the Entity List, the MEU and Unverified
    /// lists and CMIC allow them; the SDN list and Denied Persons List block all dealings.
    /// </summary>
    public static bool DefaultExemptible(string code) => code.ToUpperInvariant() switch
    {
        "SDN" or "DPL" or "SSI" or "FSE" or "ISN" or "DTC" or "PLC" or "CAP" or "NS-MBS" or "MBS" => false,
        _ => true,
    };
}

/// <summary>Identifiers that tie a component to an entity without naming it.</summary>
public sealed class EntityIdentifiers
{
    /// <summary>Web domains (a URL on the domain or a subdomain matches).</summary>
    public List<string> Domains { get; } = new();

    /// <summary>E-mail domains (an address at the domain or a subdomain matches).</summary>
    public List<string> EmailDomains { get; } = new();

    /// <summary>purl prefixes such as <c>pkg:maven/com.huawei</c> or <c>pkg:npm/@huaweicloud</c>.</summary>
    public List<string> Purls { get; } = new();

    public List<string> CpeVendors { get; } = new();

    public bool IsEmpty => Domains.Count == 0 && EmailDomains.Count == 0 && Purls.Count == 0 && CpeVendors.Count == 0;
}
