using Compliance.Screening;

namespace Compliance.Reporting;

public static class SummaryLine
{
    /// <summary>For example "Screened 2 BOMs (1,204 components): 1 error, 3 warnings, 12 notes".</summary>
    public static string For(ScreeningResult result) =>
        $"Screened {Count(result.BomCount, "BOM")} ({Count(result.ComponentCount, "component")}): "
        + $"{Count(result.ErrorCount, "error")}, {Count(result.WarningCount, "warning")}, {Count(result.NoteCount, "note")}";

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n:N0} {noun}s";
}
