using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Compliance.Tests;
using Compliance.Tests.Reliability;

namespace Compliance.Core.Tests.Reliability;

/// <summary>
/// Every prefix of small real BOMs of both formats: never a crash, never read as complete, every problem inside
/// the file. Every sixteenth prefix, and every one that reads cleanly, is also screened.
/// </summary>
public class TruncationTests
{
    public static IEnumerable<object[]> SmallBoms() => new[]
    {
        new object[] { "cyclonedx/cdx14-hbom-pcie-sata-adapter.bom.json" },
        new object[] { "cyclonedx/cdx16-spec-valid-metadata-manufacturer.json" },
        new object[] { "spdx/spdx23-examples-acme.spdx.json" },
    };

    [Theory]
    [MemberData(nameof(SmallBoms))]
    public void Every_prefix_of_a_real_bom_is_unreadable_or_the_whole_file(string relativePath)
    {
        var whole = RestrictedSupplier.Plant(File.ReadAllBytes(TestPaths.Fixture("boms", relativePath)));
        int end = Array.FindLastIndex(whole, b => b == (byte)'}') + 1;

        var failures = new List<string>();
        for (int length = 0; length < whole.Length; length++)
        {
            var prefix = whole.AsSpan(0, length).ToArray();
            var outcome = Invariants.CheckBom("truncated.json", prefix, checkDeterminism: false, screen: length % 16 == 0 || length >= end);
            if (outcome.Failure is not null) failures.Add($"{length} bytes: {outcome.Failure}");
            else if (outcome.Readable != (length >= end)) failures.Add($"{length} bytes: read {(outcome.Readable ? "cleanly" : "as unreadable")}");
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {whole.Length} prefixes:\n" + string.Join("\n", failures.Take(20)));
    }
}
