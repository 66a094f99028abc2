using System.Diagnostics;
using System.IO;
using Compliance.Tests;

namespace Compliance.Cli.Tests;

/// <summary>Runs the CLI in-process (fast) or as a real process (to see the real exit code and streams).</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static Result Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = Program.Run(args, output, error);
        return new Result(code, output.ToString(), error.ToString());
    }

    public static Result RunProcess(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    public static string TempFile(string name, string content)
    {
        string dir = Path.Combine(Path.GetTempPath(), "compliance-tests", Path.GetRandomFileName());
        Directory.CreateDirectory(dir);
        string path = Path.Combine(dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    public static string Fixture(params string[] parts) => TestPaths.Fixture(parts);
}
