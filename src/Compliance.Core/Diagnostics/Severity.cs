namespace Compliance.Diagnostics;

/// <summary>The severities of the compiler's diagnostic model, from most to least severe.</summary>
public enum Severity
{
    Error,
    Warning,
    /// <summary>An informational finding: "info" in build output, "note" in SARIF, "suggestion" in .globalconfig.</summary>
    Note,
    /// <summary>Reported to tools (SARIF, JSON) but never printed: "silent" in .globalconfig.</summary>
    Hidden,
    /// <summary>Not reported at all.</summary>
    None,
}

public static class SeverityNames
{
    /// <summary>The word the compiler prints in a canonical diagnostic line.</summary>
    public static string ToBuildWord(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Note => "info",
        Severity.Hidden => "hidden",
        _ => "none",
    };

    /// <summary>The SARIF 2.1.0 <c>level</c> value.</summary>
    public static string ToSarifLevel(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Note => "note",
        _ => "none",
    };

    /// <summary>Parses the .globalconfig severity words (<c>error|warning|suggestion|silent|none</c>, plus <c>info</c> and <c>hidden</c>).</summary>
    public static bool TryParseConfigWord(string text, out Severity severity)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "error": severity = Severity.Error; return true;
            case "warning": severity = Severity.Warning; return true;
            case "suggestion":
            case "info":
            case "note": severity = Severity.Note; return true;
            case "silent":
            case "hidden": severity = Severity.Hidden; return true;
            case "none": severity = Severity.None; return true;
            default: severity = Severity.None; return false;
        }
    }
}
