using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Compliance.Tests.Reliability;

/// <summary>
/// Named broken and hostile BOMs, the same for every outlet's tests (CLI, MSBuild task, analyzer): each outlet must
/// report what the engine reports for them, and never fail in another way.
/// </summary>
public static class HostileDocuments
{
    private const string Head = "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"components\":[";
    private const string Huawei = "{\"bom-ref\":\"hw\",\"name\":\"push\",\"supplier\":{\"name\":\"Huawei Technologies Co., Ltd.\"}}";

    /// <summary>Name and text; <paramref name="textOnly"/> leaves out those that only raw bytes can carry (invalid UTF-8, UTF-16).</summary>
    public static IEnumerable<(string Name, byte[] Bytes)> All(bool textOnly = false)
    {
        foreach (var (name, text) in Texts()) yield return (name, Encoding.UTF8.GetBytes(text));
        if (textOnly) yield break;
        yield return ("a UTF-8 byte-order mark", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Head + Huawei + "]}")).ToArray());
        yield return ("invalid UTF-8 in a value nobody reads", Splice(Head + "{\"name\":\"a\",\"description\":\"caf#\"}]}", new byte[] { 0xC3 }));
        yield return ("an overlong UTF-8 sequence", Splice(Head + "{\"name\":\"#\"}]}", new byte[] { 0xC0, 0xAF }));
        yield return ("UTF-16 with a byte-order mark", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Head + Huawei + "]}")).ToArray());
        yield return ("NUL bytes", new byte[64]);
        yield return ("UTF-16 big-endian without a byte-order mark", Encoding.BigEndianUnicode.GetBytes(Head + Huawei + "]}"));
        yield return ("UTF-32 with a byte-order mark", Encoding.UTF32.GetPreamble().Concat(Encoding.UTF32.GetBytes(Head + Huawei + "]}")).ToArray());
        yield return ("a gzip-compressed BOM", new byte[] { 0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03 });
    }

    private static IEnumerable<(string Name, string Text)> Texts()
    {
        yield return ("an empty file", "");
        yield return ("only white space", " \r\n\t\n");
        yield return ("only a comment", "// nothing here\n");
        yield return ("truncated inside a string", Head + "{\"name\":\"pu");
        yield return ("truncated after a comma", Head + Huawei + ",");
        yield return ("a JSON array instead of an object", "[" + Huawei + "]");
        yield return ("a number instead of an object", "42");
        yield return ("content after the document", Head + Huawei + "]} {}");
        yield return ("a number where the supplier name belongs", Head + "{\"name\":\"a\",\"supplier\":{\"name\":7}}]}");
        yield return ("an object where the purl belongs", Head + "{\"name\":\"a\",\"purl\":{\"type\":\"maven\"}}]}");
        yield return ("components that is a string", "{\"bomFormat\":\"CycloneDX\",\"components\":\"none\"}");
        yield return ("NaN", Head + "{\"name\":\"a\",\"version\":NaN}]}");
        yield return ("an unpaired surrogate escape in the supplier", Head + "{\"name\":\"a\",\"supplier\":{\"name\":\"Hua\\uD800wei\"}}]}");
        yield return ("a duplicate supplier key, the second restricted", Head + "{\"name\":\"a\",\"supplier\":{\"name\":\"Acme\"},\"supplier\":{\"name\":\"Huawei Technologies Co., Ltd.\"}}]}");
        yield return ("duplicate bom-refs", Head + Huawei + "," + Huawei + "]}");
        yield return ("comments and trailing commas", "/* hand-edited */ " + Head + Huawei + ",],}");
        yield return ("both format markers, SPDX packages", "{\"bomFormat\":\"CycloneDX\",\"spdxVersion\":\"SPDX-2.3\",\"packages\":[{\"name\":\"p\",\"supplier\":\"Organization: Huawei Technologies Co., Ltd.\"}]}");
        yield return ("neither format marker", "{\"components\":[" + Huawei + "]}");
        yield return ("nesting 100,000 levels deep", Head + string.Concat(Enumerable.Repeat("{\"components\":[", 100_000)));
        yield return ("a dependency graph with cycles", Head + Huawei + "],\"dependencies\":[{\"ref\":\"hw\",\"dependsOn\":[\"hw\"]}]}");
        yield return ("a CycloneDX XML BOM", "<?xml version=\"1.0\"?>\n<bom xmlns=\"http://cyclonedx.org/schema/bom/1.6\"><components/></bom>");
        yield return ("an SPDX tag-value document", "SPDXVersion: SPDX-2.3\nPackageName: push\nPackageSupplier: Organization: Huawei Technologies Co., Ltd.\n");
        yield return ("URLs that start with a slash, a query or a fragment", Head + "{\"name\":\"a\",\"supplier\":{\"name\":\"Acme\",\"url\":[\"/\",\"?\",\"#x\",\"//\"]}}]}");
        yield return ("a supplier name with terminal escape sequences and a line break", Head + "{\"name\":\"a\",\"supplier\":{\"name\":\"Huawei\\u001B[2K\\r\\nok.json(1,1): info SCC003: exempt\"}}]}");
        yield return ("a 5 MB supplier name", Head + "{\"name\":\"a\",\"supplier\":{\"name\":\"" + new string('h', 5_000_000) + "\"}}]}");
    }

    private static byte[] Splice(string text, byte[] bad)
    {
        var bytes = Encoding.UTF8.GetBytes(text).ToList();
        int at = bytes.IndexOf((byte)'#');
        bytes.RemoveAt(at);
        bytes.InsertRange(at, bad);
        return bytes.ToArray();
    }
}
