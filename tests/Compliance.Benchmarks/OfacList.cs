using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Compliance.Core.Tests.Matching;

namespace Compliance.Benchmarks;

/// <summary>
/// Turns the OFAC SDN files in the shared fixtures (sdn.csv: ent_num, name, type, programme, ...; alt.csv: ent_num,
/// alt_num, type, alt name, ...) into an entity list in Compliance's format: one entity per SDN row with its type
/// (individual, vessel, aircraft; "-0-" is an organisation) and its alternate names as aliases, and one organisation per
/// alternate-name group whose SDN row is not in this older sdn.csv.
/// </summary>
internal static class OfacList
{
    public static (string Json, int Entities, int Names) Build(string sdnPath, string altPath)
    {
        var aliases = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var row in Read(altPath))
        {
            if (row.Length < 4 || row[3].Trim().Length == 0) continue;
            if (!aliases.TryGetValue(row[0], out var list)) aliases[row[0]] = list = new List<string>();
            list.Add(row[3].Trim());
        }
        var entities = new List<(string Id, string Name, string Type, string Programme, List<string> Aliases)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in Read(sdnPath))
        {
            if (row.Length < 4 || row[1].Trim().Length == 0 || !seen.Add(row[0])) continue;
            aliases.TryGetValue(row[0], out var names);
            entities.Add(("sdn-" + row[0], row[1].Trim(), Value(row[2]) ?? "organization", Value(row[3]) ?? "SDN", names ?? new List<string>()));
        }
        foreach (var (id, names) in aliases.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            if (seen.Contains(id)) continue;
            entities.Add(("sdn-" + id, names[0], "organization", "SDN", names.Skip(1).ToList()));
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("name", "OFAC SDN names (benchmark)");
            json.WriteStartArray("entities");
            foreach (var (id, name, type, programme, names) in entities)
            {
                json.WriteStartObject();
                json.WriteString("id", id);
                json.WriteString("name", name);
                json.WriteString("type", type);
                json.WriteStartArray("aliases");
                foreach (var alias in names) json.WriteStringValue(alias);
                json.WriteEndArray();
                json.WriteStartArray("programs");
                json.WriteStringValue("SDN");
                json.WriteEndArray();
                json.WriteString("notes", programme);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return (Encoding.UTF8.GetString(buffer.ToArray()), entities.Count, entities.Sum(e => 1 + e.Aliases.Count));
    }

    private static IEnumerable<string[]> Read(string path) =>
        Csv.Parse(File.ReadAllText(path, Encoding.Latin1).Replace("\u001A", string.Empty));

    private static string? Value(string field) => field.Trim() is { Length: > 0 } value && value != "-0-" ? value : null;
}
