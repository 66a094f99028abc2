using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Compliance.Boms;
using Compliance.Json;
using Compliance.Tests.Reliability;

namespace Compliance.Cli.Tests.Reliability;

/// <summary>The named hostile documents through the command line, each beside a clean BOM.</summary>
public class HostileDocumentCliTests
{
    private const string CleanBom = """{"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"name":"lib","purl":"pkg:npm/lib@1"}]}""";

    public static IEnumerable<object[]> Names() => HostileDocuments.All().Select(d => new object[] { d.Name });

    [Theory]
    [MemberData(nameof(Names))]
    public void A_hostile_bom_beside_a_clean_one_exits_2_exactly_when_it_cannot_be_read(string name)
    {
        var bytes = HostileDocuments.All().Single(d => d.Name == name).Bytes;
        string folder = Path.GetDirectoryName(CliRunner.TempFile("clean.cdx.json", CleanBom))!;
        string hostile = Path.Combine(folder, "hostile.json");
        File.WriteAllBytes(hostile, bytes);
        var bom = BomReader.Read(new JsonText(hostile, bytes));

        var result = CliRunner.Run("check", Path.Combine(folder, "clean.cdx.json"), hostile);
        Directory.Delete(folder, recursive: true);

        if (!bom.IsReadable)
        {
            Assert.Equal(2, result.ExitCode);
            Assert.Matches(new Regex("^" + Regex.Escape(hostile) + @"\(\d+,\d+\): error SCC007: ", RegexOptions.Multiline), result.Output);
        }
        else
        {
            Assert.DoesNotContain("SCC007", result.Output);
            Assert.InRange(result.ExitCode, 0, 1);
        }
        Assert.Contains("Screened 2 BOMs", result.Output);
        Assert.DoesNotContain("   at ", result.Output + result.Error);
        Assert.Equal("", result.Error);
    }
}
