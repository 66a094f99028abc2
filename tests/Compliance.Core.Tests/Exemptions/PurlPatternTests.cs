using Compliance.Exemptions;

namespace Compliance.Core.Tests.Exemptions;

public class PurlPatternTests
{
    [Theory]
    [InlineData("pkg:maven/com.huawei.hms/*", "pkg:maven/com.huawei.hms/push@6.11.0.300", true)]
    [InlineData("pkg:maven/com.huawei.hms/*", "pkg:maven/com.huawei.hms.core/push@6.11.0.300", false)]
    [InlineData("pkg:maven/com.huawei.*/*", "pkg:maven/com.huawei.hms/push@1", true)]
    [InlineData("pkg:maven/com.huawei.hms/push", "pkg:maven/com.huawei.hms/push@6.11.0.300?type=aar#sub", true)]
    [InlineData("pkg:maven/com.huawei.hms/push", "pkg:npm/com.huawei.hms/push@1", false)]
    [InlineData("pkg:npm/@huaweicloud/*", "pkg:npm/%40huaweicloud/huaweicloud-sdk-core@3.1.0", true)]
    [InlineData("pkg:npm/%40huaweicloud/*", "pkg:npm/@huaweicloud/sdk@3.1.0", true)]
    [InlineData("pkg:golang/github.com/**", "pkg:golang/github.com/huaweicloud/sdk-go/v3@v3.1.0", true)]
    [InlineData("pkg:golang/github.com/*", "pkg:golang/github.com/huaweicloud/sdk-go/v3@v3.1.0", false)]
    [InlineData("pkg:maven/com.huawei.hms/push@[6.0,7.0)", "pkg:maven/com.huawei.hms/push@6.11.0.300", true)]
    [InlineData("pkg:maven/com.huawei.hms/push@[6.0,7.0)", "pkg:maven/com.huawei.hms/push@7.0.0", false)]
    [InlineData("pkg:maven/com.huawei.hms/push@[6.0,7.0)", "pkg:maven/com.huawei.hms/push@7.0-rc1", true)]
    [InlineData("pkg:maven/com.huawei.hms/push@vers:maven/>=6.0|<7.0", "pkg:maven/com.huawei.hms/push@6.5", true)]
    [InlineData("pkg:maven/com.huawei.hms/push@>=6.0|<7.0", "pkg:maven/com.huawei.hms/push@7.1", false)]
    [InlineData("pkg:maven/com.huawei.hms/push@6.*", "pkg:maven/com.huawei.hms/push@6.11.0.300", true)]
    [InlineData("pkg:maven/com.huawei.hms/push@6.11.0.300", "pkg:maven/com.huawei.hms/push@6.11.0.301", false)]
    [InlineData("pkg:maven/com.huawei.hms/push@[6.0,7.0)", "pkg:maven/com.huawei.hms/push", false)]
    public void Patterns_match_purls(string pattern, string purl, bool matches)
    {
        Assert.True(PurlPattern.TryParse(pattern, out var parsed, out var error), error);

        Assert.Equal(matches, parsed.Matches(purl, null));
    }

    [Fact]
    public void A_purl_without_a_version_is_judged_by_the_component_version()
    {
        Assert.True(PurlPattern.TryParse("pkg:maven/com.huawei.hms/push@[6.0,7.0)", out var pattern, out _));

        Assert.True(pattern.Matches("pkg:maven/com.huawei.hms/push", "6.2"));
        Assert.False(pattern.Matches("pkg:maven/com.huawei.hms/push", "7.2"));
    }
}
