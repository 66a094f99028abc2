using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Compliance.Benchmarks;
using Compliance.Boms;
using Compliance.Entities;
using Compliance.Json;
using Compliance.Matching;
using Compliance.Reporting;
using Compliance.Screening;
using Compliance.Tests;

// Screens a generated BOM of 100,000 components against the OFAC SDN names (over 15,000 entities with their
// aliases) and prints, in one run: the System.Text.Json parse floor, the full check, an all-pairs matcher on a sample
// (extrapolated), and the full check's peak memory, measured in a child process that does nothing else, and a digest
// of the full check's findings (the JSON report), so that a change meant only for speed can be shown to change none.
//   dotnet run -c Release --project tests/Compliance.Benchmarks [-- --components N --repeats N]
//   ... -- --findings FILE [--components N]   writes the JSON report of one full check and nothing else
//   ... -- --profile N [--components N]       runs the full check N times and nothing else, for a profiler
const int Seed = 20261128;

if (args.Length == 3 && args[0] == "--peak-memory") return PeakMemory(args[1], args[2]);
if (args.Length == 1 && args[0] == "--hostile") return HostileShapes.Run();
if (args.Length == 2 && args[0] == "--hostile-child") return HostileShapes.Screen(args[1]);

int components = Option("--components", 100_000);
int repeats = Option("--repeats", 5);
string work = Path.Combine(Path.GetTempPath(), "compliance-benchmark");
Directory.CreateDirectory(work);
string bomPath = Path.Combine(work, $"bom-{components}.cdx.json");
string listPath = Path.Combine(work, "ofac-sdn.entities.json");

var (listJson, entityCount, nameCount) = OfacList.Build(TestPaths.Fixture("lists", "ofac", "sdn-2024-05-03.csv"), TestPaths.Fixture("lists", "ofac", "alt-2025-02.csv"));
File.WriteAllText(listPath, listJson);
BomGenerator.Write(bomPath, components, Seed);
long bomBytes = new FileInfo(bomPath).Length;

Console.WriteLine("# Compliance benchmark");
Console.WriteLine($"machine: {Machine()}");
Console.WriteLine($"BOM: {components:N0} components, {bomBytes / 1024.0 / 1024.0:0.0} MiB ({bomPath})");
Console.WriteLine($"entity list: {entityCount:N0} entities, {nameCount:N0} names and aliases from the OFAC SDN files, plus the embedded default list");
Console.WriteLine($"each figure: median of {repeats} runs after one warm-up run; ratios use the median CPU time");
Console.WriteLine($"load average at start: {LoadAverage()}");
Console.WriteLine();

var defaultList = DefaultEntityList.Load();
EntityList ofac = EntityListLoader.LoadFile(listPath);
if (ofac.Problems.Count > 0) throw new InvalidOperationException(ofac.Problems[0].Message);
var catalog = EntityCatalog.Combine(new[] { defaultList, ofac });
if (OptionText("--findings") is { } findingsPath)
{
    File.WriteAllText(findingsPath, Report(Screener.Screen(new[] { BomReader.ReadFile(bomPath) }, catalog, new ScreeningOptions())));
    return 0;
}
if (OptionText("--profile") is not null)
{
    for (int i = Option("--profile", 1); i > 0; i--) Screener.Screen(new[] { BomReader.ReadFile(bomPath) }, catalog, new ScreeningOptions());
    return 0;
}

var readerScan = Measure("parse floor: Utf8JsonReader over every token (file read included)", () =>
{
    var bytes = File.ReadAllBytes(bomPath);
    var reader = new Utf8JsonReader(bytes);
    int tokens = 0;
    while (reader.Read()) tokens++;
    return tokens;
});
var documentParse = Measure("parse floor: JsonDocument.Parse (file read included)", () =>
{
    using var document = JsonDocument.Parse(File.ReadAllBytes(bomPath));
    return document.RootElement.GetProperty("components").GetArrayLength();
});
var typed = Measure("parse floor: JsonSerializer.Deserialize into typed components (file read included)", () =>
    JsonSerializer.Deserialize<TypedBom>(File.ReadAllBytes(bomPath))!.Components!.Count);
Measure("entity list: load and check the OFAC list file", () => EntityListLoader.LoadFile(listPath).Entities.Count);
var index = Measure("index: build the matcher for every entity", () => new EntityMatcher(catalog.Entities).GetHashCode());
var bomRead = Measure("BOM: read with exact locations (BomReader)", () => BomReader.ReadFile(bomPath).Components.Count);
int findings = 0;
string digest = "";
var fullCheck = Measure("full check: read the BOM, build the index, match, findings", () =>
{
    var result = Screener.Screen(new[] { BomReader.ReadFile(bomPath) }, catalog, new ScreeningOptions());
    findings = result.Findings.Count;
    digest = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Report(result))))[..16];
    return findings;
});

var sampleBom = BomReader.ReadFile(bomPath);
var naive = new NaiveMatcher(catalog.Entities);
int sampleSize = Math.Min(200, sampleBom.Components.Count);
var sample = sampleBom.Components.Take(sampleSize).ToList();
var naiveTime = Measure($"all-pairs: {sampleSize} components x {naive.NameCount:N0} names (edit distance)", () => sample.Sum(naive.Match), runs: 1);
double naiveExtrapolated = naiveTime.Median.TotalSeconds * sampleBom.Components.Count / sampleSize;

var peak = PeakMemoryInChild(listPath, bomPath);

Console.WriteLine();
Console.WriteLine($"findings in the full check: {findings:N0} (SHA-256 of their JSON report: {digest}...)");
Console.WriteLine($"full check / parse floor (JsonDocument.Parse): {fullCheck.Median.TotalMilliseconds / documentParse.Median.TotalMilliseconds:0.00}x");
Console.WriteLine($"full check / parse floor (Utf8JsonReader scan): {fullCheck.Median.TotalMilliseconds / readerScan.Median.TotalMilliseconds:0.00}x");
Console.WriteLine($"full check / parse floor (JsonSerializer into typed components): {fullCheck.Median.TotalMilliseconds / typed.Median.TotalMilliseconds:0.00}x");
Console.WriteLine($"full check / BOM read alone: {fullCheck.Median.TotalMilliseconds / bomRead.Median.TotalMilliseconds:0.00}x");
Console.WriteLine($"full check less the index build (which depends on the list, not the BOM) / parse floor (JsonSerializer): {(fullCheck.Median - index.Median).TotalMilliseconds / typed.Median.TotalMilliseconds:0.00}x");
Console.WriteLine($"all-pairs extrapolated to {sampleBom.Components.Count:N0} components: {naiveExtrapolated:N0} s ({naiveExtrapolated / fullCheck.Median.TotalSeconds:N0}x the full check)");
Console.WriteLine($"peak memory of a full check (list load + screening, child process): {peak / 1024.0 / 1024.0:N0} MiB working set");
Console.WriteLine($"load average at end: {LoadAverage()}");
return 0;

int Option(string name, int fallback) => OptionText(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

string? OptionText(string name)
{
    int at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}

string Report(ScreeningResult result)
{
    var text = new StringWriter();
    new JsonReportWriter().Write(result, new ReportContext(work), text);
    return text.ToString();
}

// Wall time and this process's CPU time: the machine is shared, so wall time includes waiting for a core; CPU time
// (with non-concurrent GC, collections included) is what the work itself costs.
(TimeSpan Median, TimeSpan Min) Measure(string what, Func<int> action, int runs = -1)
{
    runs = runs < 0 ? repeats : runs;
    action();
    var wall = new List<TimeSpan>();
    var cpu = new List<TimeSpan>();
    long allocated = 0;
    int[] collections = new int[3];
    using var self = Process.GetCurrentProcess();
    for (int i = 0; i < runs; i++)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        self.Refresh();
        var cpuBefore = self.TotalProcessorTime;
        long allocatedBefore = GC.GetTotalAllocatedBytes(true);
        int[] collectionsBefore = { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) };
        var watch = Stopwatch.StartNew();
        action();
        wall.Add(watch.Elapsed);
        self.Refresh();
        cpu.Add(self.TotalProcessorTime - cpuBefore);
        allocated = GC.GetTotalAllocatedBytes(true) - allocatedBefore;
        for (int g = 0; g < 3; g++) collections[g] = GC.CollectionCount(g) - collectionsBefore[g];
    }
    wall.Sort();
    cpu.Sort();
    var median = cpu[cpu.Count / 2];
    // A collection of generation 1 counts as one of generation 0 too; the last run's figures (they hardly vary).
    Console.WriteLine($"{what}: CPU {median.TotalMilliseconds:N0} ms (min {cpu[0].TotalMilliseconds:N0}), wall {wall[wall.Count / 2].TotalMilliseconds:N0} ms (min {wall[0].TotalMilliseconds:N0}), "
        + $"allocated {allocated / 1048576.0:N0} MiB, collections of generations 0/1/2: {collections[0]}/{collections[1]}/{collections[2]}");
    return (median, cpu[0]);
}

static long PeakMemoryInChild(string list, string bom)
{
    var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
    if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet") start.ArgumentList.Add(typeof(BomGenerator).Assembly.Location);
    foreach (var argument in new[] { "--peak-memory", list, bom }) start.ArgumentList.Add(argument);
    using var child = Process.Start(start)!;
    string output = child.StandardOutput.ReadToEnd();
    child.WaitForExit();
    return long.Parse(output.Trim(), CultureInfo.InvariantCulture);
}

static int PeakMemory(string list, string bom)
{
    var catalog = EntityCatalog.Combine(new[] { DefaultEntityList.Load(), EntityListLoader.LoadFile(list) });
    var result = Screener.Screen(new[] { BomReader.ReadFile(bom) }, catalog, new ScreeningOptions());
    GC.KeepAlive(result);
    using var self = Process.GetCurrentProcess();
    self.Refresh();
    Console.WriteLine(self.PeakWorkingSet64.ToString(CultureInfo.InvariantCulture));
    return 0;
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";

static string Machine()
{
    string cpu = RuntimeInformation.ProcessArchitecture.ToString();
    if (File.Exists("/proc/cpuinfo"))
    {
        cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? cpu;
    }
    return $"{cpu}, {Environment.ProcessorCount} logical cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC";
}
