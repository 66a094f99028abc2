using System.IO;
using Compliance.Tests;

namespace Compliance.Cli.Tests;

/// <summary>Files, folders and globs on the command line.</summary>
public class InputTests
{
    private static string Folder()
    {
        string dir = Path.GetDirectoryName(CliRunner.TempFile("placeholder.txt", ""))!;
        Directory.CreateDirectory(Path.Combine(dir, "sbom", "nested"));
        File.Copy(TestPaths.Repo("examples", "boms", "clean.spdx.json"), Path.Combine(dir, "sbom", "clean.spdx.json"));
        File.Copy(TestPaths.Repo("examples", "boms", "restricted-vendor.cdx.json"), Path.Combine(dir, "sbom", "nested", "app.cdx.json"));
        File.WriteAllText(Path.Combine(dir, "sbom", "package.json"), "{\"name\": \"not-a-bom\"}");
        return dir;
    }

    [Fact]
    public void A_folder_is_searched_recursively_and_json_that_is_no_bom_is_skipped()
    {
        string dir = Folder();

        var result = CliRunner.Run("check", Path.Combine(dir, "sbom"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Screened 2 BOMs", result.Output);
        Assert.DoesNotContain("package.json", result.Output);
    }

    [Fact]
    public void A_named_file_that_is_no_bom_is_an_error()
    {
        string dir = Folder();

        var result = CliRunner.Run("check", Path.Combine(dir, "sbom", "package.json"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error SCC007: BOM could not be read: not a CycloneDX or SPDX JSON document", result.Output);
    }

    [Fact]
    public void A_recursive_glob_finds_boms_in_subfolders()
    {
        string dir = Folder();

        var result = CliRunner.Run("check", Path.Combine(dir, "sbom", "**", "*.cdx.json"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Screened 1 BOM (3 components)", result.Output);
        Assert.Contains(Path.Combine("nested", "app.cdx.json") + "(16,30): error SCC001", result.Output);
    }

    [Fact]
    public void A_file_named_twice_is_screened_once()
    {
        string bom = TestPaths.Repo("examples", "boms", "clean.spdx.json");

        var result = CliRunner.Run("check", bom, bom);

        Assert.Contains("Screened 1 BOM", result.Output);
    }

    [Fact]
    public void A_directory_given_where_a_list_file_is_expected_is_an_error()
    {
        string dir = Folder();

        var result = CliRunner.Run("check", TestPaths.Repo("examples", "boms", "clean.spdx.json"), "--entities", dir);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error SCC008: entity list could not be read: the entity list path is a directory, not a file", result.Output);
    }
}
