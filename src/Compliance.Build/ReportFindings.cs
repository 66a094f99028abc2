using System;
using System.IO;
using Compliance.Diagnostics;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Compliance.Build;

/// <summary>
/// Logs the stored findings in every build, whether or not the screening step was up to date, as file(line,col)
/// with no subcategory and no end position (the form GitHub's .NET problem matcher annotates), with the help link.
/// Severities were configured when the findings were stored; an error fails the build.
/// </summary>
public sealed class ReportFindings : Task
{
    [Required]
    public string FindingsFile { get; set; } = "";

    public override bool Execute()
    {
        try
        {
            foreach (var finding in StoredFinding.ReadAll(FindingsFile)) Report(finding);
            return !Log.HasLoggedErrors;
        }
        catch (Exception e)
        {
            // A findings file that cannot be read must not pass the build, nor stay to fail every later one.
            ScreenBoms.DeleteFindings(FindingsFile);
            string why = e is IOException or InvalidDataException or UnauthorizedAccessException ? e.Message : $"{e.GetType().Name}: {e.Message}";
            Log.LogError($"the stored compliance findings could not be read, so the build cannot pass (the next build screens again): {why}");
            return false;
        }
    }

    private void Report(StoredFinding finding)
    {
        string? helpLink = Rules.Find(finding.Id)?.HelpUri;
        // The compiler prints an analyzer diagnostic's help link after its message; the console logger would not.
        string message = helpLink is null ? finding.Message : $"{finding.Message} ({helpLink})";
        switch (finding.Severity)
        {
            case "error":
                Log.LogError(null, finding.Id, null, helpLink, finding.Path, finding.Line, finding.Column, 0, 0, message);
                break;
            case "warning":
                Log.LogWarning(null, finding.Id, null, helpLink, finding.Path, finding.Line, finding.Column, 0, 0, message);
                break;
            default:
                var importance = finding.Severity == "note" ? MessageImportance.High : MessageImportance.Low;
                Log.LogMessage(null, finding.Id, null, finding.Path, finding.Line, finding.Column, 0, 0, importance, message);
                break;
        }
    }
}
