using System.Collections.Generic;
using System.IO;
using System.Linq;
using Compliance.Boms;
using Compliance.Json;
using Compliance.Tests;
using Compliance.Tests.Reliability;

namespace Compliance.Build.Tests.Reliability;

/// <summary>
/// The named hostile documents, paths that are not files, and a sample of the seeded mutations of every fixture BOM,
/// through the two tasks beside a clean BOM: the build fails with SCC007 at the file exactly when the engine could
/// not read it, and never through the tasks' last-resort error (an exception).
/// </summary>
public sealed class HostileInputTaskTests : System.IDisposable
{
    private const string CleanBom = """{"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"name":"lib","purl":"pkg:npm/lib@1"}]}""";

    private readonly TaskScenario _project = new();

    public void Dispose() => _project.Dispose();

    public static IEnumerable<object[]> Documents() => HostileDocuments.All().Select(d => new object[] { d.Name });

    public static IEnumerable<object[]> Mutations() =>
        Directory.EnumerateFiles(TestPaths.Fixture("boms"), "*.json", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(TestPaths.Fixture("boms"), p))
            .OrderBy(p => p, System.StringComparer.Ordinal)
            .Select((p, i) => new object[] { p, Mutator.Kinds[i % Mutator.Kinds.Length] });

    [Theory]
    [MemberData(nameof(Documents))]
    public void A_hostile_bom_fails_the_build_with_SCC007_exactly_when_it_cannot_be_read(string name)
    {
        AssertOutcome(HostileDocuments.All().Single(d => d.Name == name).Bytes);
    }

    [Theory]
    [MemberData(nameof(Mutations))]
    public void A_mutated_real_bom_fails_the_build_with_SCC007_exactly_when_it_cannot_be_read(string relativePath, MutationKind kind)
    {
        var planted = RestrictedSupplier.Plant(File.ReadAllBytes(TestPaths.Fixture("boms", relativePath)));
        AssertOutcome(new Mutator(planted).Mutate(kind, relativePath.Length * 7919).Bytes);
    }

    [Theory]
    [InlineData("missing.cdx.json", "the BOM file does not exist")]
    [InlineData("sbom", "the BOM path is a directory, not a file")]
    public void A_path_that_is_not_a_file_fails_the_build_with_SCC007(string path, string message)
    {
        Directory.CreateDirectory(Path.Combine(_project.ProjectDirectory, "sbom"));

        Assert.False(_project.Run(_project.Screen(_project.Write("clean.cdx.json", CleanBom), path)));

        var error = Assert.Single(_project.Engine.Errors);
        Assert.Equal(("SCC007", path), (error.Code, error.File));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void A_1_gib_bom_fails_the_build_by_its_size_without_being_read()
    {
        using (var stream = File.Create(Path.Combine(_project.ProjectDirectory, "huge.cdx.json"))) stream.SetLength(1L << 30);

        Assert.False(_project.Run(_project.Screen("huge.cdx.json")));

        var error = Assert.Single(_project.Engine.Errors);
        Assert.Equal("SCC007", error.Code);
        Assert.Contains("over the limit of 536,870,912 bytes", error.Message);
    }

    private void AssertOutcome(byte[] bytes)
    {
        string hostile = "sbom/hostile.json";
        File.WriteAllBytes(Path.Combine(_project.ProjectDirectory, _project.Write(hostile, "")), bytes);
        bool readable = BomReader.Read(new JsonText(hostile, bytes)).IsReadable;

        bool passed = _project.Run(_project.Screen(_project.Write("clean.cdx.json", CleanBom), hostile));

        var errors = _project.Engine.Errors;
        Assert.DoesNotContain(errors, e => e.Code is null);
        Assert.DoesNotContain(errors, e => e.Message?.Contains("   at ") == true);
        if (readable)
        {
            Assert.DoesNotContain(errors, e => e.Code == "SCC007");
            Assert.Equal(errors.Count == 0, passed);
        }
        else
        {
            Assert.False(passed);
            Assert.Contains(errors, e => e.Code == "SCC007" && e.File == hostile && e.LineNumber >= 1 && e.ColumnNumber >= 1);
        }
    }
}
