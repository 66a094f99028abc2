using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace Compliance.Benchmarks;

/// <summary>
/// Writes a CycloneDX 1.6 BOM of many components with the vendor evidence real BOMs carry: a purl on every
/// component (Maven, npm, NuGet, PyPI, Go), a person as author on half, an organisation as supplier on a third
/// (company names with legal forms, a few of them restricted vendors), a repository URL on most, copyright text on
/// some. Seeded, so every run screens the same BOM.
/// </summary>
internal static class BomGenerator
{
    private static readonly string[] Syllables = { "ab", "ac", "al", "an", "ar", "ba", "be", "bo", "ca", "co", "da", "de", "di", "el", "en", "er", "fa", "fi", "ga", "go", "ha", "he", "in", "io", "ka", "ki", "la", "le", "li", "lo", "ma", "me", "mi", "mo", "na", "ne", "no", "or", "pa", "pe", "ra", "re", "ri", "ro", "sa", "se", "si", "so", "ta", "te", "ti", "to", "tra", "va", "ve", "vi", "xa", "yo", "za", "zen" };
    private static readonly string[] Industries = { "Software", "Technologies", "Systems", "Labs", "Digital", "Networks", "Solutions", "Data", "Cloud", "Security", "Electronics", "Group", "Consulting", "Media", "Analytics" };
    private static readonly string[] LegalForms = { "Inc.", "LLC", "Ltd.", "Co., Ltd.", "GmbH", "AG", "S.A.", "B.V.", "Corp.", "Pty Ltd", "AB", "Oy", "S.r.l.", "Limited", "" };
    private static readonly string[] FirstNames = { "James", "Mary", "Wei", "Li", "Anna", "Olga", "Ivan", "Sara", "Juan", "Maria", "Hiroshi", "Yuki", "Ahmed", "Fatima", "John", "Emma", "Lukas", "Chen", "Priya", "Raj", "Tom", "Eva", "Noah", "Mia", "Pavel", "Jin", "Min", "Kofi", "Ana", "Luca" };
    private static readonly string[] LastNames = { "Smith", "Johnson", "Wang", "Zhang", "Ivanov", "Garcia", "Martinez", "Tanaka", "Suzuki", "Khan", "Muller", "Schmidt", "Rossi", "Kim", "Lee", "Chen", "Patel", "Singh", "Novak", "Silva", "Brown", "Nguyen", "Kowalski", "Jensen", "Dubois", "Lopez", "Sato", "Yilmaz", "Okafor", "Costa" };
    private static readonly string[] Restricted = { "Huawei Technologies Co., Ltd.", "ZTE Corporation", "Hangzhou Hikvision Digital Technology Co., Ltd.", "AO Kaspersky Lab", "Zhejiang Dahua Technology Co., Ltd." };

    public static void Write(string path, int components, int seed)
    {
        var random = new Random(seed);
        var brands = Enumerable.Range(0, 3000).Select(_ => Word(random)).Distinct().ToArray();
        var organisations = brands.Take(2000).Select(b => Organisation(random, b)).ToArray();
        var people = Enumerable.Range(0, 8000).Select(_ => $"{Pick(random, FirstNames)} {Pick(random, LastNames)}").Distinct().ToArray();

        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("bomFormat", "CycloneDX");
        json.WriteString("specVersion", "1.6");
        json.WriteString("serialNumber", "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79");
        json.WriteNumber("version", 1);
        json.WriteStartObject("metadata");
        json.WriteStartObject("component");
        json.WriteString("type", "application");
        json.WriteString("bom-ref", "root");
        json.WriteString("name", "benchmark-application");
        json.WriteString("version", "1.0.0");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray("components");
        for (int i = 0; i < components; i++)
        {
            string brand = Pick(random, brands);
            string name = $"{Word(random)}-{Pick(random, new[] { "core", "client", "sdk", "utils", "api", "plugin", "common", "io", "json", "http" })}";
            string version = $"{random.Next(0, 12)}.{random.Next(0, 30)}.{random.Next(0, 50)}";
            json.WriteStartObject();
            json.WriteString("type", "library");
            json.WriteString("bom-ref", $"c{i}");
            json.WriteString("name", name);
            json.WriteString("version", version);
            string purl;
            switch (random.Next(5))
            {
                case 0:
                    json.WriteString("group", $"com.{brand}");
                    purl = $"pkg:maven/com.{brand}/{name}@{version}";
                    break;
                case 1:
                    purl = random.Next(3) == 0 ? $"pkg:npm/%40{brand}/{name}@{version}" : $"pkg:npm/{name}@{version}";
                    break;
                case 2:
                    purl = $"pkg:nuget/{Capitalised(brand)}.{Capitalised(name.Replace("-", "."))}@{version}";
                    break;
                case 3:
                    purl = $"pkg:pypi/{name}@{version}";
                    break;
                default:
                    purl = $"pkg:golang/github.com/{brand}/{name}@v{version}";
                    break;
            }
            json.WriteString("purl", purl);
            if (random.Next(3) == 0)
            {
                json.WriteStartObject("supplier");
                json.WriteString("name", random.Next(500) == 0 ? Pick(random, Restricted) : Pick(random, organisations));
                json.WriteEndObject();
            }
            if (random.Next(2) == 0)
            {
                string person = Pick(random, people);
                json.WriteString("author", $"{person} <{person.ToLowerInvariant().Replace(' ', '.')}@{brand}.example>");
            }
            if (random.Next(10) < 7)
            {
                json.WriteStartArray("externalReferences");
                json.WriteStartObject();
                json.WriteString("type", "vcs");
                json.WriteString("url", $"https://github.com/{brand}/{name}");
                json.WriteEndObject();
                json.WriteEndArray();
            }
            if (random.Next(10) < 4)
            {
                json.WriteString("copyright", $"Copyright (c) {2005 + random.Next(20)} {(random.Next(2) == 0 ? Pick(random, organisations) : Pick(random, people))}");
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Organisation(Random random, string brand)
    {
        string form = Pick(random, LegalForms);
        string name = random.Next(2) == 0 ? $"{Capitalised(brand)} {Pick(random, Industries)}" : Capitalised(brand);
        return form.Length == 0 ? name : $"{name} {form}";
    }

    private static string Word(Random random)
    {
        int length = random.Next(2, 5);
        return string.Concat(Enumerable.Range(0, length).Select(_ => Pick(random, Syllables)));
    }

    private static string Capitalised(string word) => char.ToUpperInvariant(word[0]) + word.Substring(1);

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
