using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Compliance.Benchmarks;

/// <summary>The part of a CycloneDX BOM a screening tool needs, for the "deserialise with System.Text.Json" floor.</summary>
internal sealed class TypedBom
{
    [JsonPropertyName("components")] public List<TypedComponent>? Components { get; set; }
}

internal sealed class TypedComponent
{
    [JsonPropertyName("bom-ref")] public string? Ref { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("version")] public string? Version { get; set; }
    [JsonPropertyName("group")] public string? Group { get; set; }
    [JsonPropertyName("purl")] public string? Purl { get; set; }
    [JsonPropertyName("author")] public string? Author { get; set; }
    [JsonPropertyName("copyright")] public string? Copyright { get; set; }
    [JsonPropertyName("supplier")] public TypedOrganization? Supplier { get; set; }
    [JsonPropertyName("externalReferences")] public List<TypedReference>? ExternalReferences { get; set; }
}

internal sealed class TypedOrganization
{
    [JsonPropertyName("name")] public string? Name { get; set; }
}

internal sealed class TypedReference
{
    [JsonPropertyName("url")] public string? Url { get; set; }
}
