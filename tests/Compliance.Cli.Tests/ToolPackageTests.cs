using System.Diagnostics;
using System.IO;
using Compliance.Tests;

namespace Compliance.Cli.Tests;

/// <summary>The CLI packs as a .NET tool whose command is dotnet-compliance, so users type `dotnet compliance check`.</summary>
public class ToolPackageTests
{
    [Fact]
    public void The_packed_tool_installs_and_runs_as_dotnet_compliance()
    {
        string root = Path.GetDirectoryName(CliRunner.TempFile("placeholder", ""))!;
        string feed = Path.Combine(root, "feed");
        string tools = Path.Combine(root, "tools");

        Run(TestPaths.RepositoryRoot, "pack", TestPaths.Repo("src", "Compliance.Cli"), "-c", "Release", "-o", feed, "-p:ContinuousIntegrationBuild=true");
        Assert.True(File.Exists(Path.Combine(feed, "Compliance.Tool.0.1.0.nupkg")));
        Run(root, "tool", "install", "Compliance.Tool", "--tool-path", tools, "--add-source", feed);

        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = TestPaths.RepositoryRoot, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["PATH"] = tools + Path.PathSeparator + start.Environment["PATH"];
        foreach (var arg in new[] { "compliance", "check", "examples/boms/restricted-vendor.cdx.json" }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(1, process.ExitCode);
        Assert.Contains("examples/boms/restricted-vendor.cdx.json(16,30): error SCC001", output);
    }

    private static void Run(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        string stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"dotnet {string.Join(' ', args)} failed:\n{stdout.Result}\n{stderr}");
    }
}
