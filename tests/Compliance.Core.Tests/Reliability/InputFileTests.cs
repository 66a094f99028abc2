using System;
using System.IO;
using Compliance.Boms;
using Compliance.Entities;
using Compliance.Json;

namespace Compliance.Core.Tests.Reliability;

/// <summary>Paths that are not a readable file of sensible size: refused with a message, without reading them into memory.</summary>
public class InputFileTests
{
    private static string TempPath(string name)
    {
        string dir = Path.Combine(Path.GetTempPath(), "compliance-tests", Path.GetRandomFileName());
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, name);
    }

    private static string SparseFile(long length)
    {
        string path = TempPath("huge.cdx.json");
        using (var stream = File.Create(path)) stream.SetLength(length); // sparse: no gigabyte is written
        return path;
    }

    [Fact]
    public void A_1_gib_bom_is_refused_by_its_size_before_anything_is_read()
    {
        string path = SparseFile(1L << 30);
        try
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            var bom = BomReader.ReadFile(path);
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

            var problem = Assert.Single(bom.Problems);
            Assert.Equal("the BOM file is 1,073,741,824 bytes, over the limit of 536,870,912 bytes (raise it with --max-file-size)", problem.Message);
            Assert.Equal((1, 1), (problem.Location.StartLine, problem.Location.StartColumn));
            Assert.True(allocated < 1_000_000, $"{allocated:N0} bytes allocated");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_limit_raised_beyond_what_memory_can_hold_still_refuses_a_3_gib_file_with_a_clear_message()
    {
        string path = SparseFile(3L << 30);
        try
        {
            var list = EntityListLoader.LoadFile(path, maxBytes: 4L << 30);

            Assert.Equal("the entity list file is 3,221,225,472 bytes; files over 2,147,483,591 bytes cannot be read", Assert.Single(list.Problems).Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_device_that_reports_no_length_is_read_no_further_than_the_limit()
    {
        if (!File.Exists("/dev/zero")) return; // Windows has no such device

        long before = GC.GetAllocatedBytesForCurrentThread();
        var bom = BomReader.ReadFile("/dev/zero", maxBytes: 1 << 20);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal("the BOM file is larger than the limit of 1,048,576 bytes (raise it with --max-file-size)", Assert.Single(bom.Problems).Message);
        Assert.True(allocated < 4 << 20, $"{allocated:N0} bytes allocated");
    }

    [Fact]
    public void A_file_exactly_at_the_limit_is_read()
    {
        string json = "{\"bomFormat\":\"CycloneDX\",\"components\":[]}";
        string path = TempPath("exact.cdx.json");
        File.WriteAllText(path, json);

        Assert.Empty(BomReader.ReadFile(path, maxBytes: json.Length).Problems);
        Assert.Single(BomReader.ReadFile(path, maxBytes: json.Length - 1).Problems);
    }

    [Fact]
    public void A_missing_path_and_a_directory_are_named_without_a_position()
    {
        string missing = TempPath("missing.json");

        var notThere = Assert.Single(BomReader.ReadFile(missing).Problems);
        var folder = Assert.Single(EntityListLoader.LoadFile(Path.GetDirectoryName(missing)!).Problems);

        Assert.Equal(("the BOM file does not exist", false), (notThere.Message, notThere.Location.HasPosition));
        Assert.Equal(("the entity list path is a directory, not a file", false), (folder.Message, folder.Location.HasPosition));
    }

    [Theory]
    [InlineData("")]
    [InlineData("bad\0name.json")]
    public void A_path_the_file_system_cannot_take_is_a_problem_not_an_exception(string path)
    {
        var problem = Assert.Single(BomReader.ReadFile(path).Problems);

        Assert.StartsWith("the BOM file", problem.Message);
    }
}
