using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using Compliance.Tests;

namespace Compliance.ListTools.Benchmarks;

/// <summary>
/// Times what a compliance officer runs every month on the largest list we have: importing the full OFAC SDN list
/// (sdn.csv with alt.csv and add.csv) and validating the result. Each command runs as its own process, as a user
/// runs it (start-up and JIT included), several times; then in one process after a warm-up, to show what is start-up.
/// Usage: dotnet run -c Release --project tests/Compliance.ListTools.Benchmarks [-- runs]
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        int runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
        string work = Path.Combine(Path.GetTempPath(), "compliance-list-benchmark");
        Directory.CreateDirectory(work);
        string list = Path.Combine(work, "sdn.json");
        string[] import =
        {
            "lists", "import", "--from", "ofac-sdn", TestPaths.Fixture("lists", "ofac", "sdn-2024-05-03.csv"),
            "--alt", TestPaths.Fixture("lists", "ofac", "alt-2025-02.csv"), "--add", TestPaths.Fixture("lists", "ofac", "add-2025-02.csv"),
            "--output", list, "--published", "2024-05-03",
        };
        string[] validate = { "lists", "validate", list, "--as-of", "2024-05-10" };

        Console.WriteLine($"Machine: {Environment.ProcessorCount} logical cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, load average {LoadAverage()}");
        var rows = new List<(string Scenario, List<double> Seconds)>
        {
            ("import, own process", Repeat(runs, () => RunProcess(import))),
            ("validate, own process", Repeat(runs, () => RunProcess(validate))),
        };
        RunInProcess(import);
        rows.Add(("import, in process after warm-up", Repeat(runs, () => RunInProcess(import))));
        RunInProcess(validate);
        rows.Add(("validate, in process after warm-up", Repeat(runs, () => RunInProcess(validate))));

        Console.WriteLine($"List: {new FileInfo(list).Length:N0} bytes; peak working set of this process {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024):N0} MB; load average now {LoadAverage()}");
        Console.WriteLine();
        Console.WriteLine("| scenario | runs | min s | median s | max s |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var (scenario, seconds) in rows)
        {
            var sorted = seconds.OrderBy(s => s).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {scenario} | {sorted.Count} | {sorted[0]:0.00} | {sorted[sorted.Count / 2]:0.00} | {sorted[^1]:0.00} |"));
        }
        return 0;
    }

    private static List<double> Repeat(int runs, Func<double> run) => Enumerable.Range(0, runs).Select(_ => run()).ToList();

    private static double RunProcess(string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(typeof(Compliance.Cli.Program).Assembly.Location);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        clock.Stop();
        Check(process.ExitCode, output.Result + error.Result);
        return clock.Elapsed.TotalSeconds;
    }

    private static double RunInProcess(string[] args)
    {
        var output = new StringWriter();
        var clock = Stopwatch.StartNew();
        int exitCode = Compliance.Cli.Program.Run(args, output, output);
        clock.Stop();
        Check(exitCode, output.ToString());
        return clock.Elapsed.TotalSeconds;
    }

    /// <summary>A run that failed measures nothing: stop with its output.</summary>
    private static void Check(int exitCode, string output)
    {
        if (exitCode == 0) return;
        Console.Error.WriteLine(output);
        throw new InvalidOperationException($"the command exited with {exitCode}");
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
