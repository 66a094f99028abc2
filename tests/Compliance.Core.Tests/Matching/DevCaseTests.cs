using System.Collections.Generic;
using System.Linq;
using Compliance.Tests;

namespace Compliance.Core.Tests.Matching;

/// <summary>The labelled development cases in ../shared/fixtures/matching/dev-cases, in CycloneDX and SPDX form.</summary>
public class DevCaseTests
{
    private static readonly LabelledCaseSet Set = new(TestPaths.Fixture("matching", "dev-cases"));

    public static IEnumerable<object[]> Cases() => Set.Cases();

    [Fact]
    public void Every_labelled_case_is_in_both_boms()
    {
        Assert.Equal(2 * 94, Cases().Count());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_labelled_case_gets_its_expected_outcome(string format, string reference, string category, string strength, string entity, string value)
    {
        var (passed, explanation) = Set.Check(format, reference, category, strength, entity, value);
        Assert.True(passed, explanation);
    }
}
