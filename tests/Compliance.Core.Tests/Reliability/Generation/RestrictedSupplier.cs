using System;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace Compliance.Tests.Reliability;

/// <summary>
/// Plants a restricted supplier (Huawei, on the embedded default list) in a real BOM, and finds it again in a
/// mutated copy with an independent DOM reader: wherever that reader sees it in a place the formats define for a
/// supplier, the checker must not exit 0.
/// </summary>
public static class RestrictedSupplier
{
    public const string Name = "Huawei Technologies Co., Ltd.";
    private const string SpdxValue = "Organization: " + Name;

    /// <summary>The BOM with the supplier added to its middle component (or to a new component if it has none).</summary>
    public static byte[] Plant(byte[] bom)
    {
        var map = JsonValueMap.Of(bom);
        var root = map.Values[0];
        bool spdx = map.Children(root).Any(v => v.Name == "spdxVersion") && !map.Children(root).Any(v => v.Name == "bomFormat");
        string supplier = spdx ? $"\"supplier\":\"{SpdxValue}\"" : $"\"supplier\":{{\"name\":\"{Name}\"}}";
        var list = map.Children(root).FirstOrDefault(v => v.Name == (spdx ? "packages" : "components") && v.Type == JsonTokenType.StartArray);
        var members = list is null ? new() : map.Children(list).Where(v => v.Type == JsonTokenType.StartObject).ToList();
        if (members.Count == 0)
        {
            string component = spdx
                ? $"\"packages\":[{{\"SPDXID\":\"SPDXRef-planted\",\"name\":\"planted\",{supplier}}}],"
                : $"\"components\":[{{\"bom-ref\":\"planted\",\"name\":\"planted\",{supplier}}}],";
            return Mutator.Splice(bom, root.Start + 1, root.Start + 1, component);
        }
        var target = members[members.Count / 2];
        int at = target.Start + 1;
        int next = at;
        while (next < bom.Length && bom[next] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') next++;
        return Mutator.Splice(bom, at, at, bom[next] == (byte)'}' ? supplier : supplier + ",");
    }

    /// <summary>
    /// True when well-formed JSON holds the planted supplier where a reader must look: in a component under the root's
    /// <c>components</c> (at any nesting) or <c>metadata.component</c>, or in a package under <c>packages</c>.
    /// Every occurrence of a duplicated key counts.
    /// </summary>
    public static bool IsPresent(byte[] bytes)
    {
        if (!JsonOracle.IsWellFormed(bytes)) return false;
        int start = JsonOracle.ByteOrderMarkLength(bytes);
        var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 256 };
        using var document = JsonDocument.Parse(bytes.AsMemory(start), options);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object) return false;
        foreach (var property in root.EnumerateObject())
        {
            if (property.NameEquals("components") && InComponents(property.Value)) return true;
            if (property.NameEquals("packages") && InPackages(property.Value)) return true;
            if (property.NameEquals("metadata") && property.Value.ValueKind == JsonValueKind.Object)
            {
                foreach (var meta in property.Value.EnumerateObject())
                {
                    if (meta.NameEquals("component") && InComponent(meta.Value)) return true;
                }
            }
        }
        return false;
    }

    private static bool InComponents(JsonElement array) =>
        array.ValueKind == JsonValueKind.Array && array.EnumerateArray().Any(InComponent);

    private static bool InComponent(JsonElement component)
    {
        if (component.ValueKind != JsonValueKind.Object) return false;
        foreach (var property in component.EnumerateObject())
        {
            if (property.NameEquals("supplier") && property.Value.ValueKind == JsonValueKind.Object
                && property.Value.EnumerateObject().Any(p => p.NameEquals("name") && IsString(p.Value, Name)))
            {
                return true;
            }
            if (property.NameEquals("components") && InComponents(property.Value)) return true;
        }
        return false;
    }

    private static bool InPackages(JsonElement array) =>
        array.ValueKind == JsonValueKind.Array
        && array.EnumerateArray().Any(p => p.ValueKind == JsonValueKind.Object
            && p.EnumerateObject().Any(s => s.NameEquals("supplier") && IsString(s.Value, SpdxValue)));

    private static bool IsString(JsonElement value, string expected)
    {
        try
        {
            return value.ValueKind == JsonValueKind.String && value.GetString() == expected;
        }
        catch (InvalidOperationException)
        {
            return false; // a lone surrogate escape: not the planted text
        }
    }
}
