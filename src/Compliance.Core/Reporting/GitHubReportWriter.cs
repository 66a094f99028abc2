using System.IO;
using System.Text;
using Compliance.Diagnostics;
using Compliance.Screening;

namespace Compliance.Reporting;

/// <summary>GitHub Actions workflow commands: <c>::error file=...,line=...,col=...,title=SCC001::message</c>.</summary>
public sealed class GitHubReportWriter : IReportWriter
{
    public void Write(ScreeningResult result, ReportContext context, TextWriter output)
    {
        foreach (var finding in result.Findings)
        {
            string? command = finding.Severity switch
            {
                Severity.Error => "error",
                Severity.Warning => "warning",
                Severity.Note => "notice",
                _ => null,
            };
            if (command is null) continue;
            var at = finding.Location;
            var line = new StringBuilder("::").Append(command).Append(' ');
            line.Append("file=").Append(Property(context.RelativePath(at.Path) ?? at.Path));
            if (at.HasPosition)
            {
                line.Append(",line=").Append(at.StartLine).Append(",col=").Append(at.StartColumn)
                    .Append(",endLine=").Append(at.EndLine).Append(",endColumn=").Append(at.EndColumn);
            }
            line.Append(",title=").Append(Property(finding.Id)).Append("::").Append(Data(finding.Message));
            output.WriteLine(line.ToString());
        }
        output.WriteLine(SummaryLine.For(result));
    }

    private static string Data(string text) => VisibleText.Escape(text).Replace("%", "%25");

    private static string Property(string text) => Data(text).Replace(":", "%3A").Replace(",", "%2C");
}
