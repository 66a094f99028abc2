using Compliance.Exemptions;

namespace Compliance.Core.Tests.Exemptions;

public class VersionRangeTests
{
    [Theory]
    [InlineData("6.10", "6.9", 1)]
    [InlineData("6.0", "6.0.0", 0)]
    [InlineData("6.0.GA", "6.0", 0)]
    [InlineData("7.0-rc1", "7.0", -1)]
    [InlineData("1.0-SNAPSHOT", "1.0", -1)]
    [InlineData("1.0-alpha", "1.0-beta", -1)]
    [InlineData("6.0.1", "6.0-rc1", 1)]
    [InlineData("1.0-sp1", "1.0", 1)]
    [InlineData("1.0.0+build.5", "1.0.0", 0)]
    [InlineData("v3.1.0", "3.1.0", 0)]
    [InlineData("010", "9", 1)]
    public void Versions_are_ordered_like_Maven_and_semver(string a, string b, int sign)
    {
        Assert.Equal(sign, System.Math.Sign(VersionComparer.Instance.Compare(a, b)));
        Assert.Equal(-sign, System.Math.Sign(VersionComparer.Instance.Compare(b, a)));
    }

    [Theory]
    [InlineData("[6.0,7.0)", "6.0", true)]
    [InlineData("[6.0,7.0)", "7.0", false)]
    [InlineData("(6.0,7.0]", "6.0", false)]
    [InlineData("(6.0,7.0]", "7.0", true)]
    [InlineData("(,2.0]", "0.1", true)]
    [InlineData("[2.0,)", "99", true)]
    [InlineData("[1.5]", "1.5.0", true)]
    [InlineData("[1.0,2.0),[3.0,)", "2.5", false)]
    [InlineData("[1.0,2.0),[3.0,)", "3.1", true)]
    [InlineData("vers:npm/>=1.0.0|<2.0.0", "1.9.9", true)]
    [InlineData("vers:npm/>=1.0.0|<2.0.0", "2.0.0", false)]
    [InlineData("<1.0|>=2.0", "1.5", false)]
    [InlineData("<1.0|>=2.0", "2.5", true)]
    [InlineData("1.2.3|>=2.0", "1.2.3", true)]
    [InlineData(">=1.0|!=1.5", "1.5", false)]
    [InlineData(">=1.0|!=1.5", "1.6", true)]
    [InlineData("*", "0.0.1", true)]
    [InlineData("6.*", "7.0", false)]
    public void Ranges_contain_versions(string range, string version, bool contains)
    {
        Assert.True(VersionRange.TryParse(range, out var parsed, out var error), error);

        Assert.Equal(contains, parsed.Contains(version));
    }

    [Theory]
    [InlineData("")]
    [InlineData("[1.0")]
    [InlineData("[2.0,1.0]")]
    [InlineData("(1.0)")]
    [InlineData("1.0,2.0")]
    [InlineData(">=")]
    [InlineData("vers:npm")]
    public void Malformed_ranges_are_refused_with_a_reason(string range)
    {
        Assert.False(VersionRange.TryParse(range, out _, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }
}
