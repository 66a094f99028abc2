using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Compliance.Tests;

namespace Compliance.Cli.Tests.Reliability;

/// <summary>
/// Broken and hostile inputs through the command line: exit code 2 whenever anything could not be screened, a
/// located SCC007/SCC008 line, the good files' findings still reported, and never a stack trace.
/// </summary>
public class HostileInputCliTests
{
    private const string HuaweiBom = """
        {"bomFormat":"CycloneDX","specVersion":"1.6","components":[
          {"bom-ref":"hms","name":"hms-push","version":"6.1","supplier":{"name":"Huawei Technologies Co., Ltd."}}]}
        """;

    private const string WarningOnlyBom = """
        {"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"bom-ref":"x","name":"x","version":"1"}]}
        """;

    private static string Folder() => Path.GetDirectoryName(CliRunner.TempFile("placeholder.txt", ""))!;

    private static string Write(string folder, string name, string content)
    {
        string path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    private static void AssertNoStackTrace(CliRunner.Result result) =>
        Assert.DoesNotContain("   at ", result.Output + result.Error);

    [Theory]
    [InlineData("", "(1,1): error SCC007: BOM could not be read: the file is empty")]
    [InlineData("{\"bomFormat\":\"CycloneDX\",\"components\":[{\"name\":", "(1,48): error SCC007: BOM could not be read: invalid JSON")]
    [InlineData("{\"bomFormat\":\"CycloneDX\",\"components\":[{\"name\":\"a\",\"supplier\":{\"name\":7}}]}", "(1,71): error SCC007: BOM could not be read: 'supplier.name' must be a string, not a number")]
    public void A_bad_bom_beside_a_restricted_one_exits_2_and_the_restricted_finding_is_still_reported(string bad, string expected)
    {
        string folder = Folder();
        string good = Write(folder, "good.cdx.json", HuaweiBom);
        string broken = Write(folder, "broken.cdx.json", bad);

        var result = CliRunner.Run("check", good, broken);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(broken + expected, result.Output);
        Assert.Contains(good + "(2,74): error SCC001:", result.Output);
        AssertNoStackTrace(result);
    }

    [Fact]
    public void An_unreadable_bom_exits_2_even_when_everything_else_is_only_a_note_or_warning()
    {
        string folder = Folder();
        string notes = Write(folder, "notes.cdx.json", WarningOnlyBom);
        string broken = Write(folder, "broken.cdx.json", "{");

        Assert.Equal(0, CliRunner.Run("check", notes).ExitCode);
        Assert.Equal(2, CliRunner.Run("check", notes, broken).ExitCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"entities\": [{\"id\": \"x\", \"name\": \"X\"}, ]")]
    [InlineData("{\"exemptions\": [{\"id\": \"e\", \"entity\": \"huawei\", \"componentNames\": [\"a\"], \"expires\": \"2020-01-01\", \"expires\": \"2099-01-01\"}]}")]
    [InlineData("{\"entities\": 5}")]
    public void A_bad_entity_list_or_exemption_file_exits_2_and_the_boms_are_still_screened(string list)
    {
        string folder = Folder();
        string good = Write(folder, "good.cdx.json", HuaweiBom);
        string broken = Write(folder, "list.json", list);

        var result = CliRunner.Run("check", good, "--entities", broken);

        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"list\.json\(\d+,\d+\): error SCC008: entity list could not be read: ", result.Output);
        Assert.Contains(good + "(2,74): error SCC001:", result.Output);
        AssertNoStackTrace(result);
    }

    [Fact]
    public void A_1_gib_sparse_bom_is_refused_by_size_without_reading_it()
    {
        string path = Path.Combine(Folder(), "huge.cdx.json");
        using (var stream = File.Create(path)) stream.SetLength(1L << 30);
        try
        {
            var result = CliRunner.Run("check", path);

            Assert.Equal(2, result.ExitCode);
            Assert.Contains(path + "(1,1): error SCC007: BOM could not be read: the BOM file is 1,073,741,824 bytes, over the limit of 536,870,912 bytes", result.Output);
            Assert.Equal(2, CliRunner.Run("check", path, "--max-file-size", "100").ExitCode);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_size_limit_applies_to_entity_lists_too()
    {
        string folder = Folder();
        string good = Write(folder, "good.cdx.json", HuaweiBom);
        string list = Write(folder, "list.json", "{\"entities\": [], \"x-padding\": \"" + new string('x', 400) + "\"}");

        var result = CliRunner.Run("check", good, "--entities", list, "--max-file-size", "300");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(list + "(1,1): error SCC008: entity list could not be read: the entity list file is 433 bytes, over the limit of 300 bytes", result.Output);
        Assert.Contains(good + "(2,74): error SCC001:", result.Output);
    }

    [Theory]
    [InlineData("")]
    [InlineData("bad\0name.json")]
    [InlineData("bad\0*.json")]
    public void An_argument_the_file_system_cannot_take_exits_2_with_a_message(string argument)
    {
        var result = CliRunner.Run("check", argument);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error SCC007", result.Output);
        Assert.DoesNotContain("internal failure", result.Error);
    }

    [Fact]
    public void A_glob_with_an_absolute_folder_searches_that_folder()
    {
        string folder = Folder();
        Write(folder, Path.Combine("sbom", "app.cdx.json"), HuaweiBom);

        var result = CliRunner.Run("check", Path.Combine(folder, "sbom", "*.cdx.json"));

        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void A_glob_with_a_wildcard_right_after_the_root_folder_searches_from_the_root()
    {
        string folder = Folder();
        Write(folder, Path.Combine("sbom", "app.cdx.json"), HuaweiBom);
        string absolute = Path.Combine(folder, "sbom");
        if (!absolute.StartsWith('/')) return; // a Unix path: Windows paths start with a drive
        var segments = absolute.TrimStart('/').Split('/');
        segments[0] = segments[0][..^1] + "*"; // "/tmp/..." becomes "/tm*/..."

        var result = CliRunner.Run("check", "/" + string.Join("/", segments) + "/*.cdx.json");

        Assert.Equal(1, result.ExitCode);
    }

    /// <summary>Runs the CLI, failing with a TimeoutException rather than hanging the test run.</summary>
    private static Task<CliRunner.Result> RunWithin(TimeSpan limit, params string[] args) =>
        Task.Run(() => CliRunner.Run(args)).WaitAsync(limit);

    [Fact]
    public async Task A_folder_with_a_symbolic_link_loop_is_searched_once_and_ends()
    {
        string folder = Folder();
        Write(folder, Path.Combine("sbom", "app.cdx.json"), HuaweiBom);
        Directory.CreateSymbolicLink(Path.Combine(folder, "sbom", "loop"), Path.Combine(folder, "sbom"));

        var result = await RunWithin(TimeSpan.FromMinutes(2), "check", Path.Combine(folder, "sbom"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Screened 1 BOM", result.Output);
        AssertNoStackTrace(result);
    }

    [Fact]
    public async Task A_glob_over_a_symbolic_link_loop_ends()
    {
        string folder = Folder();
        Write(folder, Path.Combine("sbom", "app.cdx.json"), HuaweiBom);
        Directory.CreateSymbolicLink(Path.Combine(folder, "sbom", "loop"), Path.Combine(folder, "sbom"));

        var result = await RunWithin(TimeSpan.FromMinutes(2), "check", Path.Combine(folder, "sbom", "**", "*.cdx.json"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Screened 1 BOM", result.Output);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("sarif")]
    [InlineData("json")]
    [InlineData("github")]
    public void Output_with_a_bad_file_among_good_ones_is_byte_identical_run_after_run(string format)
    {
        string folder = Folder();
        string[] inputs =
        {
            Write(folder, "good.cdx.json", HuaweiBom),
            Write(folder, "notes.cdx.json", WarningOnlyBom),
            Write(folder, "broken.cdx.json", "{\"bomFormat\":\"CycloneDX\",\"components\":[{\"na"),
            TestPaths.Fixture("boms", "spdx", "spdx22-spec-example.spdx.json"),
        };
        string[] args = new[] { "check" }.Concat(inputs).Concat(new[] { "--format", format, "--base-path", folder, "--as-of", "2026-11-28" }).ToArray();

        var first = CliRunner.Run(args);
        var second = CliRunner.Run(args);

        Assert.Equal(2, first.ExitCode);
        Assert.Equal(first.Output, second.Output);
        Assert.Equal(first.Error, second.Error);
    }

    [Fact]
    public void A_folder_search_takes_json_in_any_letter_case_and_reports_boms_in_formats_that_are_not_read()
    {
        string folder = Path.Combine(Folder(), "mixed");
        Write(folder, "app.cdx.json", WarningOnlyBom);
        Write(folder, "vendor/SBOM.JSON", HuaweiBom);
        Write(folder, "target/bom.xml", "<?xml version=\"1.0\"?>\n<bom xmlns=\"http://cyclonedx.org/schema/bom/1.6\"/>");
        Write(folder, "dist/app.spdx", "SPDXVersion: SPDX-2.3\nPackageName: hms\n");
        Write(folder, "notes.txt", "not a BOM");

        var result = CliRunner.Run("check", folder);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(Path.Combine(folder, "vendor", "SBOM.JSON") + "(2,74): error SCC001:", result.Output);
        Assert.Contains(Path.Combine(folder, "target", "bom.xml") + "(1,1): error SCC007: BOM could not be read: the file is XML, not JSON", result.Output);
        Assert.Contains(Path.Combine(folder, "dist", "app.spdx") + "(1,1): error SCC007: BOM could not be read: the file is SPDX tag-value, not JSON", result.Output);
        Assert.DoesNotContain("notes.txt", result.Output);
    }

    /// <summary>Screening against no entity at all passed every BOM with exit code 0.</summary>
    [Theory]
    [InlineData(null)]
    [InlineData("{\"entities\": []}")]
    [InlineData("{\"exemptions\": []}")]
    public void Without_the_default_list_and_with_no_entity_in_the_lists_given_the_run_exits_2(string? list)
    {
        string folder = Folder();
        string bom = Write(folder, "bom.cdx.json", HuaweiBom);
        var arguments = new System.Collections.Generic.List<string> { "check", bom, "--no-default-entities" };
        if (list is not null) arguments.AddRange(new[] { "--entities", Write(folder, "list.json", list) });

        var result = CliRunner.Run(arguments.ToArray());

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no entity list defines an entity, so nothing would be screened", result.Error);
    }

    [Fact]
    public void A_folder_whose_name_holds_a_wildcard_character_is_searched_as_a_folder()
    {
        string folder = Path.Combine(Folder(), "sbom[1]");
        Write(folder, "bom.cdx.json", HuaweiBom);

        var result = CliRunner.Run("check", folder);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(Path.Combine(folder, "bom.cdx.json") + "(2,74): error SCC001:", result.Output);
    }
}
