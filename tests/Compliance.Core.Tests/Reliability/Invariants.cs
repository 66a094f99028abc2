using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Compliance.Boms;
using Compliance.Diagnostics;
using Compliance.Entities;
using Compliance.Json;
using Compliance.Reporting;
using Compliance.Screening;
using Compliance.Tests.Reliability;

namespace Compliance.Core.Tests.Reliability;

/// <summary>What a run on one input turned out to be, and the broken invariant if any.</summary>
public sealed record Outcome(bool Readable, string? Failure);

/// <summary>
/// The invariants every input must keep, whatever its bytes: no exception; either read cleanly or every problem
/// located inside the file and the run failing with exit code 2; malformed JSON never read as if it were fine;
/// a restricted supplier that an independent reader sees never passing with exit code 0; the same output twice.
/// </summary>
public static class Invariants
{
    private static readonly EntityList DefaultList = DefaultEntityList.Load();
    private static readonly EntityCatalog DefaultCatalog = EntityCatalog.Combine(new[] { DefaultList });
    private static readonly DateTime AsOf = new(2026, 11, 28, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>
    /// Checks one BOM. Without <paramref name="screen"/>, only what the reader did (screening an unreadable BOM
    /// turns each problem into SCC007 the same way whatever the problem, so a sample of those is screened).
    /// </summary>
    public static Outcome CheckBom(string path, byte[] bytes, bool checkDeterminism, bool screen = true)
    {
        try
        {
            if (!screen)
            {
                var read = BomReader.Read(new JsonText(path, bytes));
                string? readFailure = CheckProblems(read.Problems, bytes, path);
                if (readFailure is null && read.Problems.Count == 0 && !JsonOracle.IsWellFormed(bytes))
                {
                    readFailure = "silent pass: malformed JSON was read without a problem";
                }
                return new Outcome(read.Problems.Count == 0, readFailure);
            }
            var (bom, result, text) = ScreenBom(path, bytes);
            string? failure = CheckProblems(bom.Problems, bytes, path)
                ?? CheckExitCode(result, bom.Problems.Count, Rules.UnreadableBom.Id)
                ?? CheckOutput(text);
            if (failure is null && bom.Problems.Count == 0 && !JsonOracle.IsWellFormed(bytes))
            {
                failure = "silent pass: malformed JSON was read without a problem";
            }
            if (failure is null && result.ExitCode == 0 && RestrictedSupplier.IsPresent(bytes))
            {
                failure = "hidden vendor: the planted restricted supplier is in the file, yet the run exits 0";
            }
            if (failure is null && checkDeterminism && !SameReports(result, ScreenBom(path, bytes).Result))
            {
                failure = "nondeterministic: two runs on the same bytes gave different reports";
            }
            return new Outcome(bom.Problems.Count == 0, failure);
        }
        catch (Exception e)
        {
            return new Outcome(false, $"crash: {e.GetType().Name}: {e.Message}");
        }
    }

    public static Outcome CheckEntityList(string path, byte[] bytes)
    {
        try
        {
            var list = EntityListLoader.Load(new JsonText(path, bytes));
            var catalog = EntityCatalog.Combine(new[] { DefaultList, list });
            var result = Screener.Screen(Array.Empty<Bom>(), catalog, new ScreeningOptions { AsOf = AsOf });
            string? failure = CheckProblems(list.Problems, bytes, path)
                ?? (list.Problems.Count > 0 ? CheckExitCode(result, list.Problems.Count, Rules.UnreadableEntityList.Id) : null)
                ?? CheckOutput(Render(result, new TextReportWriter()));
            if (failure is null && list.Problems.Count == 0 && !JsonOracle.IsWellFormed(bytes))
            {
                failure = "silent pass: malformed JSON was read without a problem";
            }
            return new Outcome(list.Problems.Count == 0, failure);
        }
        catch (Exception e)
        {
            return new Outcome(false, $"crash: {e.GetType().Name}: {e.Message}");
        }
    }

    private static (Bom Bom, ScreeningResult Result, string Text) ScreenBom(string path, byte[] bytes)
    {
        var bom = BomReader.Read(new JsonText(path, bytes));
        var result = Screener.Screen(new[] { bom }, DefaultCatalog, new ScreeningOptions { AsOf = AsOf });
        return (bom, result, Render(result, new TextReportWriter()));
    }

    private static string? CheckProblems(IEnumerable<JsonProblem> problems, byte[] bytes, string path)
    {
        int maxLine = 1 + bytes.Count(b => b is (byte)'\n' or (byte)'\r' or 0x85 or 0xA8 or 0xA9);
        foreach (var problem in problems)
        {
            var at = problem.Location;
            bool inside = at.Path == path && at.HasPosition && at.StartLine <= maxLine && at.EndLine >= at.StartLine
                && at.StartColumn >= 1 && at.StartColumn <= bytes.Length + 1
                && at.StartOffset >= 0 && at.StartOffset <= at.EndOffset && at.EndOffset <= bytes.Length;
            if (!inside) return $"position: '{problem.Message}' is located at {at} (line {at.StartLine}, column {at.StartColumn}, offsets {at.StartOffset}-{at.EndOffset}), not inside the {bytes.Length}-byte file";
            if (problem.Message.Contains("   at ") || problem.Message.Contains("Exception")) return $"internals in message: '{problem.Message}'";
        }
        return null;
    }

    private static string? CheckExitCode(ScreeningResult result, int problems, string id)
    {
        int reported = result.Findings.Count(f => f.Id == id);
        int expected = problems > 0 ? 2 : result.ErrorCount > 0 ? 1 : 0;
        return reported == problems && result.ExitCode == expected
            ? null
            : $"exit code: {problems} problem(s) gave {reported} {id} finding(s) and exit code {result.ExitCode}";
    }

    private static string? CheckOutput(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            if (VisibleText.Escape(line) != line) return $"output: a control or bidirectional formatting character printed as is in '{VisibleText.Escape(line)}'";
            if (line.Contains(": error SCC007:") || line.Contains(": error SCC008:"))
            {
                if (!System.Text.RegularExpressions.Regex.IsMatch(line, @"^.+\(\d+,\d+\): error SCC00[78]: ")) return $"output: no (line,col) in '{line}'";
            }
        }
        return null;
    }

    private static bool SameReports(ScreeningResult first, ScreeningResult second) =>
        new IReportWriter[] { new TextReportWriter(), new SarifReportWriter(), new JsonReportWriter() }
            .All(writer => Render(first, writer) == Render(second, writer));

    private static string Render(ScreeningResult result, IReportWriter writer)
    {
        var output = new StringWriter();
        writer.Write(result, new ReportContext(Path.GetTempPath()), output);
        return output.ToString();
    }
}
