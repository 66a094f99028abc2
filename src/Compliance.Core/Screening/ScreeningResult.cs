using System.Collections.Generic;
using System.Linq;
using Compliance.Diagnostics;

namespace Compliance.Screening;

/// <summary>The findings of a run, in their one stable order, with the counts the summary line prints.</summary>
public sealed class ScreeningResult
{
    public ScreeningResult(IReadOnlyList<Finding> findings, int bomCount, int componentCount)
    {
        Findings = findings;
        BomCount = bomCount;
        ComponentCount = componentCount;
    }

    /// <summary>Every finding whose configured severity is not <see cref="Severity.None"/>.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    public int BomCount { get; }
    public int ComponentCount { get; }

    public int ErrorCount => Findings.Count(f => f.Severity == Severity.Error);
    public int WarningCount => Findings.Count(f => f.Severity == Severity.Warning);
    public int NoteCount => Findings.Count(f => f.Severity == Severity.Note);

    /// <summary>True when a BOM or list could not be read: the run did not screen everything it was given.</summary>
    public bool HasInputFailure => Findings.Any(f => f.Id is "SCC007" or "SCC008");

    /// <summary>0: no error-level finding; 1: at least one; 2: an input could not be read.</summary>
    public int ExitCode => HasInputFailure ? 2 : ErrorCount > 0 ? 1 : 0;
}
