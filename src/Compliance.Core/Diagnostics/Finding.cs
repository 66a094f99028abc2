namespace Compliance.Diagnostics;

/// <summary>
/// One diagnostic: the same ID, message, location and severity in every outlet (CLI, MSBuild, analyzer, SARIF, JSON).
/// Properties that do not apply to a rule are null.
/// </summary>
public sealed record Finding(Rule Rule, string Message, SourceSpan Location)
{
    /// <summary>The message, with what it quotes from the input made safe to print (<see cref="VisibleText"/>).</summary>
    public string Message { get; init; } = VisibleText.Escape(Message);

    public string Id => Rule.Id;

    /// <summary>The severity after configuration (.globalconfig, --warnaserror, --nowarn).</summary>
    public Severity Severity { get; init; } = Rule.DefaultSeverity;

    public string? BomRef { get; init; }
    public string? ComponentName { get; init; }
    public string? Purl { get; init; }
    public string? EntityId { get; init; }
    public string? EntityName { get; init; }

    /// <summary>The lists or programmes the entity is on, joined with ", " (for example "EL, 889").</summary>
    public string? List { get; init; }

    public string? Citation { get; init; }
    public string? EvidenceField { get; init; }
    public string? EvidenceValue { get; init; }
    public string? MatchedName { get; init; }

    /// <summary>How the evidence matched (for example "exact-name", "alias", "purl-namespace").</summary>
    public string? MatchKind { get; init; }

    /// <summary>Match confidence from 0 to 1.</summary>
    public double? Score { get; init; }

    public string? ExemptionId { get; init; }

    /// <summary>Set when an exemption covers the finding: SARIF records it as a suppression with this justification.</summary>
    public string? SuppressionJustification { get; init; }
}
