using System;
using System.Collections.Generic;
using System.Linq;
using Compliance.Diagnostics;

namespace Compliance.Importing;

/// <summary>Something an import could not read (an error: the row is left out) or should tell the user (a warning).</summary>
public sealed record ImportMessage(Severity Severity, SourceSpan Location, string Message);

/// <summary>A file an import read, with its SHA-256, recorded in the list for provenance.</summary>
public sealed record ImportInput(string FileName, string Sha256);

/// <summary>The entities an importer read from official files, with what it could not read.</summary>
public sealed class ImportResult
{
    private readonly Dictionary<string, ImportedEntity> _byId = new(StringComparer.OrdinalIgnoreCase);

    public ImportResult(string format, string listName)
    {
        Format = format;
        ListName = listName;
    }

    /// <summary>The <c>--from</c> value: csl, ofac-sdn, bis-dpl.</summary>
    public string Format { get; }

    /// <summary>The list name written when the overlay does not give one.</summary>
    public string ListName { get; set; }

    public List<ImportInput> Inputs { get; } = new();
    public List<ImportMessage> Messages { get; } = new();

    /// <summary>Rows read as entities (several rows may make one entity).</summary>
    public int RowsRead { get; set; }

    /// <summary>Rows left out on purpose (a source not asked for with <c>--sources</c>).</summary>
    public int RowsFilteredOut { get; set; }

    /// <summary>True when the input could not be read at all (wrong format, missing file, broken JSON): nothing is imported.</summary>
    public bool Failed { get; private set; }

    /// <summary>Rows reported as unreadable and left out.</summary>
    public int UnreadableRows { get; private set; }

    /// <summary>The entities ordered by id (ordinal), which is the order they are written in.</summary>
    public IReadOnlyList<ImportedEntity> Entities => _byId.Values.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();

    public int EntityCount => _byId.Count;

    public ImportedEntity? Find(string id) => _byId.TryGetValue(id, out var entity) ? entity : null;

    public ImportedEntity GetOrAdd(string id, string name, SourceSpan row)
    {
        if (!_byId.TryGetValue(id, out var entity)) _byId.Add(id, entity = new ImportedEntity(id, name, row));
        else entity.AddAlias(name);
        return entity;
    }

    /// <summary>Records a row that could not be read; the rest of the file is still imported.</summary>
    public void UnreadableRow(SourceSpan location, string message)
    {
        UnreadableRows++;
        Messages.Add(new ImportMessage(Severity.Error, location, message));
    }

    /// <summary>Records why the input could not be imported at all.</summary>
    public void Fail(SourceSpan location, string message)
    {
        Failed = true;
        Messages.Add(new ImportMessage(Severity.Error, location, message));
    }

    public void Warning(SourceSpan location, string message) => Messages.Add(new ImportMessage(Severity.Warning, location, message));

    public static SourceSpan Row(string path, int line) => new(path, line, 1, line, 1, 0, 0);
}
