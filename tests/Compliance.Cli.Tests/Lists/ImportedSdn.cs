using System;
using System.IO;
using Compliance.Tests;

namespace Compliance.Cli.Tests.Lists;

/// <summary>The full OFAC SDN fixture imported once through the CLI, for the tests that look at the result.</summary>
public static class ImportedSdn
{
    private static readonly Lazy<(CliRunner.Result Result, string Path)> Import = new(() =>
    {
        string output = Path.Combine(Path.GetTempPath(), "compliance-tests", Path.GetRandomFileName(), "sdn.json");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        var result = CliRunner.Run("lists", "import", "--from", "ofac-sdn", TestPaths.Fixture("lists", "ofac", "sdn-2024-05-03.csv"),
            "--alt", TestPaths.Fixture("lists", "ofac", "alt-2025-02.csv"), "--add", TestPaths.Fixture("lists", "ofac", "add-2025-02.csv"),
            "-o", output, "--published", "2024-05-03");
        return (result, output);
    });

    public static CliRunner.Result Result => Import.Value.Result;

    public static string ListPath => Import.Value.Path;
}
