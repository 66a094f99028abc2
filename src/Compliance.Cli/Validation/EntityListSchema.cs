using System;
using System.IO;

namespace Compliance.Cli.Validation;

/// <summary>schemas/entity-list.schema.json, embedded in the tool so that <c>lists validate</c> needs no repository.</summary>
internal static class EntityListSchema
{
    private static readonly Lazy<SchemaValidator> Validator = new(() =>
    {
        using var stream = typeof(EntityListSchema).Assembly.GetManifestResourceStream("Compliance.Cli.entity-list.schema.json")
            ?? throw new InvalidOperationException("the embedded entity-list schema is missing from the tool");
        using var reader = new StreamReader(stream);
        return SchemaValidator.FromText(reader.ReadToEnd(), new Uri("https://github.com/compliance-tool/compliance/blob/main/schemas/entity-list.schema.json"));
    });

    public static SchemaValidator Instance => Validator.Value;
}
