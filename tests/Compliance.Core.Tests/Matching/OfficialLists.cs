using System;
using System.Collections.Generic;
using System.IO;
using Compliance.Entities;
using Compliance.Importing;
using Compliance.Json;
using Compliance.Tests;

namespace Compliance.Core.Tests.Matching;

/// <summary>The official lists in the shared fixtures, imported in full as <c>lists import</c> writes them and read back by the engine's loader.</summary>
internal static class OfficialLists
{
    private static readonly Lazy<EntityList> LazySdn = new(() => Import(OfacSdnImporter.Import(Ofac("sdn-2024-05-03.csv"), Ofac("alt-2025-02.csv"), Ofac("add-2025-02.csv"))));

    /// <summary>The OFAC SDN list of 2024-05-03 with the aliases and addresses of February 2025.</summary>
    public static EntityList Sdn => LazySdn.Value;

    /// <summary>A Consolidated Screening List sample with every source.</summary>
    public static EntityList Csl(string file)
    {
        string path = TestPaths.Fixture("lists", "csl", file);
        return Import(CslImporter.Import(path, File.ReadAllBytes(path)));
    }

    private static ImportSource Ofac(string file)
    {
        string path = TestPaths.Fixture("lists", "ofac", file);
        return new ImportSource(path, File.ReadAllBytes(path));
    }

    private static EntityList Import(ImportResult import)
    {
        Assert.False(import.Failed);
        var bytes = EntityListWriter.Write(ImportedListBuilder.Build(import, new ImportSettings(), null, new List<ImportMessage>()));
        var list = EntityListLoader.Load(new JsonText("imported.json", bytes));
        Assert.Empty(list.Problems);
        return list;
    }
}
