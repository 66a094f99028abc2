using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Compliance.Boms;
using Compliance.Json;
using Compliance.Tests;
using Compliance.Tests.Reliability;

namespace Compliance.Cli.Tests.Reliability;

/// <summary>
/// A sample of the seeded mutations run through the real dotnet-compliance process beside a good BOM: the exit code
/// is 2 exactly when the mutated file could not be read, the unreadable file has a located SCC007 line, the good
/// file's finding is still there, and nothing prints a stack trace.
/// </summary>
public class CliMutationTests
{
    private const string GoodBom = """
        {"bomFormat":"CycloneDX","specVersion":"1.6","components":[
          {"bom-ref":"hms","name":"hms-push","version":"6.1","supplier":{"name":"Huawei Technologies Co., Ltd."}}]}
        """;

    public static IEnumerable<object[]> Samples()
    {
        var fixtures = Directory.EnumerateFiles(TestPaths.Fixture("boms"), "*.json", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(TestPaths.Fixture("boms"), p))
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();
        for (int i = 0; i < fixtures.Count; i++) yield return new object[] { fixtures[i], Mutator.Kinds[i % Mutator.Kinds.Length] };
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void A_mutated_bom_beside_a_good_one_through_the_real_process(string relativePath, MutationKind kind)
    {
        var planted = RestrictedSupplier.Plant(File.ReadAllBytes(TestPaths.Fixture("boms", relativePath)));
        var mutation = new Mutator(planted).Mutate(kind, relativePath.Length * 7919);
        string folder = Path.GetDirectoryName(CliRunner.TempFile("good.cdx.json", GoodBom))!;
        File.WriteAllBytes(Path.Combine(folder, "mutated.json"), mutation.Bytes);
        bool readable = BomReader.Read(new JsonText("mutated.json", mutation.Bytes)).IsReadable;

        var result = CliRunner.RunProcess(folder, "check", "good.cdx.json", "mutated.json");
        Directory.Delete(folder, recursive: true);

        string context = $"{kind}: {mutation.Description}\n{result.Output}{result.Error}";
        Assert.True(readable ? result.ExitCode == 1 : result.ExitCode == 2, $"exit code {result.ExitCode}; {context}");
        Assert.True(result.Output.Contains("good.cdx.json(2,74): error SCC001:"), context);
        if (!readable) Assert.True(Regex.IsMatch(result.Output, @"^mutated\.json\(\d+,\d+\): error SCC007: ", RegexOptions.Multiline), context);
        Assert.False((result.Output + result.Error).Contains("   at ") || result.Error.Contains("internal failure"), context);
    }
}
