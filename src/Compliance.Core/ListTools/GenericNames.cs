using System;
using System.Collections.Generic;
using System.Linq;
using Compliance.Matching;

namespace Compliance.ListTools;

/// <summary>
/// Names too generic to stand for one vendor: nothing but legal forms ("Ltd", "Co., Ltd."), one common business
/// word or country with or without them ("Technology", "China", "Digital Co., Ltd."), or one or two characters.
/// Such an alias either matches every component that uses the word or, where the matcher ignores generic words,
/// nothing at all. Two or more distinctive-looking words together ("China Mobile", "Central Bank of Iran") are a
/// name, however common each word is.
/// </summary>
public static class GenericNames
{
    /// <summary>Names with fewer letters and digits than this are too short to be a vendor.</summary>
    public const int MinimumLength = 3;

    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "co", "company", "companies", "corp", "corporation", "inc", "incorporated", "ltd", "limited", "llc", "plc", "gmbh",
        "ag", "sa", "sas", "srl", "bv", "nv", "ab", "as", "oy", "kk", "pte", "pty", "jsc", "ojsc", "pjsc", "ao", "zao",
        "ooo", "pao", "oao", "joint", "stock", "public", "private", "liability", "partnership",
    };

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal) { "the", "and", "of", "for", "de", "la", "le", "el" };

    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "technology", "technologies", "tech", "group", "holding", "holdings", "international", "global", "digital", "mobile",
        "electronic", "electronics", "software", "system", "systems", "solution", "solutions", "service", "services",
        "network", "networks", "communication", "communications", "telecom", "telecommunications", "data", "cloud",
        "industry", "industries", "industrial", "trading", "trade", "import", "export", "enterprise", "enterprises",
        "development", "investment", "investments", "research", "institute", "science", "sciences", "engineering",
        "manufacturing", "products", "product", "equipment", "devices", "device", "information", "security",
        "bank", "national", "general", "central", "new", "first",
        "china", "chinese", "russia", "russian", "iran", "iranian", "korea", "korean", "syria", "cuba", "venezuela",
        "america", "american", "usa", "us", "uk", "taiwan", "japan", "india", "germany", "europe", "asia", "africa",
        "shenzhen", "beijing", "shanghai", "moscow", "tehran",
    };

    /// <summary>True when <paramref name="name"/> could not single out a vendor on its own.</summary>
    public static bool IsGeneric(string name)
    {
        var tokens = NameNormalizer.Tokens(name);
        if (tokens.Sum(t => t.Length) < MinimumLength) return true;
        var distinctive = tokens.Where(t => !LegalForms.Contains(t) && !StopWords.Contains(t)).ToList();
        return distinctive.Count == 0 || (distinctive.Count == 1 && Words.Contains(distinctive[0]));
    }
}
