using System.IO;
using Compliance.Diagnostics;
using Compliance.Screening;

namespace Compliance.Reporting;

/// <summary>
/// One line per finding in the compiler's canonical form, <c>path(line,col): error SCC001: message [context]</c>,
/// which setup-dotnet's problem matcher turns into pull-request annotations; then the summary line.
/// </summary>
public sealed class TextReportWriter : IReportWriter
{
    public void Write(ScreeningResult result, ReportContext context, TextWriter output)
    {
        foreach (var finding in result.Findings)
        {
            if (finding.Severity == Severity.Hidden) continue;
            output.WriteLine(Line(finding));
        }
        output.WriteLine(SummaryLine.For(result));
    }

    public static string Line(Finding finding)
    {
        var at = finding.Location;
        string place = at.HasPosition ? $"{at.Path}({at.StartLine},{at.StartColumn})" : at.Path;
        string context = finding.BomRef ?? finding.ExemptionId ?? finding.EntityId ?? at.Path;
        return VisibleText.Escape($"{place}: {finding.Severity.ToBuildWord()} {finding.Id}: {finding.Message} [{context}]");
    }
}
