using System;
using System.IO;
using Compliance.Matching.Scowl;

namespace Compliance.Core.Tests.Matching;

public class CommonWordsTests
{
    [Fact]
    public void The_embedded_common_words_are_the_scowl_lists_of_the_npm_package()
    {
        string expected = CommonWordsFile.Expected();
        if (Environment.GetEnvironmentVariable(CommonWordsFile.RegenerateVariable) == "1")
        {
            // Regeneration writes the source file; the embedded copy changes at the next build.
            File.WriteAllText(CommonWordsFile.Path, expected);
            return;
        }
        Assert.True(expected == File.ReadAllText(CommonWordsFile.Path),
            $"{CommonWordsFile.Path} is not what {CommonWordsFile.Package} {CommonWordsFile.Version} gives; regenerate with {CommonWordsFile.RegenerateVariable}=1 dotnet test --filter The_embedded_common_words");
        Assert.Equal(File.ReadAllLines(CommonWordsFile.Path).Length - 3, CommonWords.Count);
    }

    [Theory]
    [InlineData("spring", true)]
    [InlineData("sun", true)]
    [InlineData("castle", true)]
    [InlineData("huawei", false)]
    [InlineData("megvii", false)]
    [InlineData("dahua", false)]
    public void Ordinary_words_are_common_and_brands_are_not(string word, bool common)
    {
        Assert.Equal(common, CommonWords.Contains(word));
    }
}
