using System.IO;
using Compliance.Screening;

namespace Compliance.Reporting;

public interface IReportWriter
{
    void Write(ScreeningResult result, ReportContext context, TextWriter output);
}
