using System;
using System.IO;

namespace Compliance.Tests;

/// <summary>Paths to the repository and to the read-only shared fixtures beside it (never copied into the repo).</summary>
public static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Fixtures { get; } = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "fixtures"));

    public static string Fixture(params string[] parts) => Path.Combine(Fixtures, Path.Combine(parts));

    public static string Repo(params string[] parts) => Path.Combine(RepositoryRoot, Path.Combine(parts));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Compliance.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Compliance.sln not found above " + AppContext.BaseDirectory);
    }
}
