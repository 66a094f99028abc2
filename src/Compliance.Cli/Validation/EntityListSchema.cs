namespace Compliance.Cli.Validation;

/// <summary>The entity-list JSON Schema (schemas/entity-list.schema.json), embedded in the tool.</summary>
internal static class EntityListSchema
{
    /// <summary>The schema's validator, or null while the repository has no schema to embed.</summary>
    public static SchemaValidator? Load() => null;
}
