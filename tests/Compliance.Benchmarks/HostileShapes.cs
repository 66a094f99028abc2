using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using Compliance.Boms;
using Compliance.Entities;
using Compliance.Reporting;
using Compliance.Screening;

namespace Compliance.Benchmarks;

/// <summary>
/// The memory and time bounds of docs/reliability.md: BOMs of the shapes that cost the most per byte, each at
/// growing sizes, screened as <c>check</c> screens them (read the file, screen against the default list, write the
/// text report) in a child process that does nothing else, which prints its CPU time and peak working set.
///   dotnet run -c Release --project tests/Compliance.Benchmarks -- --hostile
/// </summary>
internal static class HostileShapes
{
    private const string Head = "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"components\":[";

    private static readonly (string Shape, long[] Sizes, Action<TextWriter, long> Write)[] Shapes =
    {
        ("empty components ({}, 3 bytes each: the most components per byte)", new[] { 100_000L, 300_000L, 999_999L, 3_000_000L }, (w, n) =>
        {
            w.Write(Head);
            for (long i = 1; i < n; i++) w.Write("{},");
            w.Write("{}]}");
        }),
        ("one component with n distinct authors (the most evidence per byte)", new[] { 1_000_000L, 2_500_000L, 5_000_000L }, (w, n) =>
        {
            w.Write(Head + "{\"name\":\"a\",\"authors\":[");
            for (long i = 1; i < n; i++) w.Write($"{{\"name\":\"p{i}\"}},");
            w.Write("{\"name\":\"p0\"}]}]}");
        }),
        ("a supplier name of n bytes (one word; over 1 MiB is refused)", new[] { 100_000L, 1L << 20, 200_000_000L }, (w, n) =>
        {
            w.Write(Head + "{\"name\":\"a\",\"supplier\":{\"name\":\"");
            w.Write(new string('h', (int)n));
            w.Write("\"}}]}");
        }),
        ("a string of n bytes in a field nobody reads", new[] { 50_000_000L, 200_000_000L, 500_000_000L }, (w, n) =>
        {
            w.Write(Head + "{\"name\":\"a\",\"purl\":\"pkg:npm/a@1\",\"description\":\"");
            for (long i = 0; i < n >> 20; i++) w.Write(new string('d', 1 << 20));
            w.Write(new string('d', (int)(n & ((1 << 20) - 1))));
            w.Write("\"}]}");
        }),
        ("generated real-like BOM of n components (the benchmark's BomGenerator)", new[] { 10_000L, 30_000L, 100_000L }, null!),
        ("n line breaks before a small BOM (the most lines per byte)", new[] { 64L << 20, 256L << 20, (512L << 20) - 200 }, (w, n) =>
        {
            var block = new string('\n', 1 << 20);
            for (long i = 0; i < n >> 20; i++) w.Write(block);
            w.Write(new string('\n', (int)(n & ((1 << 20) - 1))));
            w.Write(Head + "{\"name\":\"a\",\"purl\":\"pkg:npm/a@1\"}]}");
        }),
    };

    public static int Run()
    {
        string work = Path.Combine(Path.GetTempPath(), "compliance-hostile");
        Directory.CreateDirectory(work);
        Console.WriteLine("| shape | n | file | CPU | peak working set | outcome |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var (shape, sizes, write) in Shapes)
        {
            foreach (long n in sizes)
            {
                string path = Path.Combine(work, "hostile.cdx.json");
                if (write is null) BomGenerator.Write(path, (int)n, 20261128);
                else using (var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20)) write(writer, n);
                long bytes = new FileInfo(path).Length;
                string[] measured = Child(path).Split('|');
                Console.WriteLine($"| {shape} | {n:N0} | {bytes / 1048576.0:N1} MiB | {measured[0]} s | {measured[1]} MiB | {measured[2]} |");
                File.Delete(path);
            }
        }
        return 0;
    }

    private static string Child(string bom)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet") start.ArgumentList.Add(typeof(HostileShapes).Assembly.Location);
        start.ArgumentList.Add("--hostile-child");
        start.ArgumentList.Add(bom);
        using var child = Process.Start(start)!;
        string output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        return output.Trim();
    }

    /// <summary>In the child: what <c>check</c> does with one BOM, then CPU seconds, peak working set in MiB, and the outcome.</summary>
    public static int Screen(string bom)
    {
        var result = Screener.Screen(new[] { BomReader.ReadFile(bom) }, EntityCatalog.Combine(new[] { DefaultEntityList.Load() }), new ScreeningOptions());
        new TextReportWriter().Write(result, new ReportContext(Path.GetTempPath()), TextWriter.Null);
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        string outcome = result.ExitCode == 2 ? "SCC007 (limit)" : $"read, {result.Findings.Count:N0} findings";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{self.TotalProcessorTime.TotalSeconds:0.0}|{self.PeakWorkingSet64 / 1048576.0:N0}|{outcome}"));
        return 0;
    }
}
