using System;
using System.Diagnostics;
using System.IO;
using Compliance.Tests;

namespace Compliance.Build.Tests.Integration;

/// <summary>
/// Packs Compliance.Build once for all integration tests into a temporary folder feed, and gives every consumer
/// project one NuGet.config and one packages folder, so that the package is restored once and then reused.
/// The pack builds into its own artifacts folder, never into the working tree's bin/ and obj/.
/// </summary>
public sealed class PackedPackage : IDisposable
{
    /// <summary>A version no registry serves, so that restore can only take the freshly packed package.</summary>
    public const string Version = "0.1.0-localtest";

    public PackedPackage()
    {
        Root = Path.Combine(Path.GetTempPath(), "compliance-build-it", Path.GetRandomFileName());
        Feed = Path.Combine(Root, "feed");
        Packages = Path.Combine(Root, "packages");
        Directory.CreateDirectory(Feed);
        var watch = Stopwatch.StartNew();
        var pack = DotNet.Run(TestPaths.RepositoryRoot, Packages,
            "pack", TestPaths.Repo("src", "Compliance.Build", "Compliance.Build.csproj"), "-c", "Release",
            "-o", Feed, "--artifacts-path", Path.Combine(Root, "artifacts"), $"-p:Version={Version}");
        PackTime = watch.Elapsed;
        if (pack.ExitCode != 0) throw new InvalidOperationException("dotnet pack failed:\n" + pack.Output);
        File.WriteAllText(Path.Combine(Root, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="compliance-local" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
        // Stop the search for Directory.Build.* files here: consumer projects must see only what a user's would.
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />");
    }

    public string Root { get; }
    public string Feed { get; }

    /// <summary>The consumers' NuGet packages folder, shared by all of them and separate from the user's.</summary>
    public string Packages { get; }

    public TimeSpan PackTime { get; }

    public ConsumerProject NewProject(string name) => new(this, Path.Combine(Root, "projects", name));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
