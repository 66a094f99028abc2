using System;
using System.IO;
using Compliance.Json;

namespace Compliance.Entities;

/// <summary>The list embedded in the tool, so that it runs with no configuration.</summary>
public static class DefaultEntityList
{
    public const string DisplayPath = "(embedded default list)";

    public static EntityList Load()
    {
        using var stream = typeof(DefaultEntityList).Assembly.GetManifestResourceStream("Compliance.default-entities.json")
            ?? throw new InvalidOperationException("the embedded default entity list is missing from the assembly");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        var list = EntityListLoader.Load(new JsonText(DisplayPath, memory.ToArray()));
        list.IsEmbeddedDefault = true;
        return list;
    }
}
