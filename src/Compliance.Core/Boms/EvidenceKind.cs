namespace Compliance.Boms;

/// <summary>What a piece of vendor evidence is; the matcher weighs each kind differently.</summary>
public enum EvidenceKind
{
    /// <summary>An organisation named as supplier, manufacturer or publisher: strong evidence.</summary>
    Organization,
    /// <summary>A person's name (an SPDX "Person:", a contact): weak evidence.</summary>
    Person,
    /// <summary>A name that may be a person or an organisation (an author string, an SPDX supplier without prefix).</summary>
    Party,
    /// <summary>A package identifier: purl, purl namespace or group, CPE.</summary>
    Identifier,
    Url,
    Email,
    /// <summary>Free text that mentions names, such as copyright statements: the weakest evidence.</summary>
    FreeText,
}
