using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Compliance.Build.Tests.Integration;

/// <summary>A user's project that references the packed package, built with a real <c>dotnet build</c>.</summary>
public sealed class ConsumerProject
{
    private readonly PackedPackage _package;

    internal ConsumerProject(PackedPackage package, string directory)
    {
        _package = package;
        Directory = directory;
        System.IO.Directory.CreateDirectory(directory);
    }

    public string Directory { get; }

    public ConsumerProject CSharp(string properties = "", string items = "") =>
        Write(Path.GetFileName(Directory) + ".csproj", Sdk("Microsoft.NET.Sdk", properties, items))
            .Write("Code.cs", "namespace Consumer;\n\npublic static class Code\n{\n    public static int Answer => 42;\n}\n");

    public ConsumerProject FSharp() =>
        Write(Path.GetFileName(Directory) + ".fsproj", Sdk("Microsoft.NET.Sdk", "", "<Compile Include=\"Library.fs\" />"))
            .Write("Library.fs", "module Library\n\nlet answer = 42\n");

    public ConsumerProject NoTargets() =>
        Write(Path.GetFileName(Directory) + ".csproj", Sdk("Microsoft.Build.NoTargets/3.7.0", "", ""));

    private static string Sdk(string sdk, string properties, string items) => $"""
        <Project Sdk="{sdk}">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            {properties}
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="Compliance.Build" Version="{PackedPackage.Version}" />
            {items}
          </ItemGroup>
        </Project>
        """;

    public ConsumerProject Write(string relativePath, string content)
    {
        string path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return this;
    }

    public string PathOf(string relativePath) => Path.Combine(Directory, relativePath);

    public BuildResult Build(params string[] args) =>
        new(DotNet.Run(Directory, _package.Packages, new[] { "build", "-tl:off" }.Concat(args).ToArray()));
}

/// <summary>
/// A build's exit code and the diagnostics it printed, in the canonical <c>file(line,col): severity ID: message [project]</c>
/// form, read from the build log before the closing summary (which lists errors and warnings again).
/// </summary>
public sealed class BuildResult
{
    private static readonly Regex Summary = new(@"^(Build FAILED\.|Build succeeded\.)\s*$", RegexOptions.Multiline);

    private static readonly Regex Line = new(
        @"^\s*(?<file>[^\s].*?)\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning|message|info) (?<id>[A-Z]+\d+): (?<message>.*) \[(?<project>[^\]]+)\]$",
        RegexOptions.Multiline);

    internal BuildResult(DotNet.Result result)
    {
        ExitCode = result.ExitCode;
        Output = result.Output;
        Duration = result.Duration;
        var summary = Summary.Match(result.Output);
        string log = summary.Success ? result.Output.Substring(0, summary.Index) : result.Output;
        Diagnostics = Line.Matches(log).Select(m => new Diagnostic(
            m.Groups["file"].Value, int.Parse(m.Groups["line"].Value), int.Parse(m.Groups["column"].Value),
            m.Groups["severity"].Value, m.Groups["id"].Value, m.Groups["message"].Value)).ToList();
    }

    public int ExitCode { get; }
    public string Output { get; }
    public System.TimeSpan Duration { get; }
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public IEnumerable<Diagnostic> OfId(string id) => Diagnostics.Where(d => d.Id == id);

    public override string ToString() => Output;

    public sealed record Diagnostic(string File, int Line, int Column, string Severity, string Id, string Message);
}
