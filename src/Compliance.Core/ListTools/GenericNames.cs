using System;
using System.Collections.Generic;
using System.Linq;
using Compliance.Matching;

namespace Compliance.ListTools;

/// <summary>
/// Names too generic to stand for one vendor: made only of common business words, legal forms and country names
/// ("Technology", "Ltd", "China", "Digital Technology Co., Ltd."), or one or two letters long. Such an alias
/// either matches every component that uses the word or, where the matcher ignores generic words, nothing at all.
/// </summary>
public static class GenericNames
{
    /// <summary>Normalised names this short (letters and digits, spaces not counted) are too short to be a vendor.</summary>
    public const int MinimumLength = 3;

    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        // legal forms and their words
        "co", "company", "companies", "corp", "corporation", "inc", "incorporated", "ltd", "limited", "llc", "plc", "gmbh",
        "ag", "sa", "sas", "srl", "bv", "nv", "ab", "as", "oy", "kk", "pte", "pty", "jsc", "ojsc", "pjsc", "ao", "zao",
        "ooo", "pao", "oao", "joint", "stock", "public", "private", "liability", "partnership",
        // business words
        "technology", "technologies", "tech", "group", "holding", "holdings", "international", "global", "digital", "mobile",
        "electronic", "electronics", "software", "system", "systems", "solution", "solutions", "service", "services",
        "network", "networks", "communication", "communications", "telecom", "telecommunications", "data", "cloud",
        "industry", "industries", "industrial", "trading", "trade", "import", "export", "enterprise", "enterprises",
        "development", "investment", "investments", "research", "institute", "science", "sciences", "engineering",
        "manufacturing", "products", "product", "equipment", "devices", "device", "information", "security",
        "bank", "national", "general", "central", "new", "first", "the", "and", "of", "for", "de", "la",
    };

    private static readonly HashSet<string> Countries = new(StringComparer.Ordinal)
    {
        "china", "chinese", "russia", "russian", "iran", "iranian", "korea", "korean", "syria", "cuba", "venezuela",
        "america", "american", "usa", "us", "uk", "hong", "kong", "taiwan", "japan", "india", "germany", "europe",
        "asia", "africa", "shenzhen", "beijing", "shanghai", "moscow", "tehran",
    };

    /// <summary>True when <paramref name="name"/> could not single out a vendor on its own.</summary>
    public static bool IsGeneric(string name)
    {
        var tokens = NameNormalizer.Tokens(name);
        if (tokens.Sum(t => t.Length) < MinimumLength) return true;
        return tokens.All(t => Words.Contains(t) || Countries.Contains(t));
    }
}
