using System.Globalization;
using System.Text;
using Compliance.Matching;
using Compliance.Matching.AnyAscii;

namespace Compliance.Core.Tests.Matching;

public class NameNormalizerTests
{
    [Theory]
    [InlineData("Huawei Technologies Co., Ltd.", "huawei technology")]
    [InlineData("HUAWEI TECHNOLOGIES CO.,LTD.", "huawei technology")]
    [InlineData("华为技术有限公司", "huawei technology")]
    [InlineData("華為技術有限公司", "huawei technology")]
    [InlineData("Ηuawei Technologies", "huawei technology")]
    [InlineData("Hua\u200Bwei\u00A0Technologies\u2060 Inc.", "huawei technology")]
    [InlineData("ＨＵＡＷＥＩ", "huawei")]
    [InlineData("Hua-wei", "huawei")]
    [InlineData("H U A W E I", "huawei")]
    [InlineData("Z.T.E. Corporation", "zte")]
    [InlineData("i F L Y T E K", "iflytek")]
    [InlineData("Mégvii", "megvii")]
    [InlineData("Me\u0301gvii", "megvii")]
    [InlineData("Ѕеnѕеtіmе Group Limited", "sensetime group")]
    [InlineData("ЅЕNЅЕТІМЕ", "sensetime")]
    [InlineData("AO Kaspersky Lab", "kaspersky lab")]
    [InlineData("Лаборатория Касперского", "laboratoriya kasperskogo")]
    [InlineData("ООО \"Рога и копыта\"", "roga i kopyta")]
    [InlineData("Общество с ограниченной ответственностью Ромашка", "romashka")]
    [InlineData("JSC TACTICAL MISSILES CORP.", "tactical missiles")]
    [InlineData("TACTICAL MISSILES CORPORATION JOINT STOCK COMPANY", "tactical missiles")]
    [InlineData("Oboronnye Initsiativy o.O.O.", "oboronnye initsiativy")]
    [InlineData("FABERLIC EUROPE Sp. z o.o.", "faberlic europe")]
    [InlineData("The Procter & Gamble Company", "procter gamble")]
    [InlineData("Face++", "face++")]
    [InlineData("China Telecom (Americas) Corporation", "china telecom americas")]
    [InlineData("科大讯飞股份有限公司", "kedaxunfei")]
    [InlineData("Co., Ltd.", "co")]
    public void Names_normalise_to_the_form_they_are_compared_in(string name, string expected)
    {
        Assert.Equal(expected, NameNormalizer.Normalize(name));
    }

    [Fact]
    public void The_embedded_table_is_anyascii_of_the_nfkc_form_for_every_code_point()
    {
        if (System.Environment.GetEnvironmentVariable(TransliterationTableFile.RegenerateVariable) == "1")
        {
            // Regeneration writes the source file; the embedded copy changes at the next build.
            TransliterationTableFile.Write();
            return;
        }
        int differences = 0, checkedCodePoints = 0;
        var message = new StringBuilder();
        for (int codePoint = 0x80; codePoint <= 0x10FFFF; codePoint++)
        {
            if (codePoint is >= 0xD800 and <= 0xDFFF) continue;
            string expected = TransliterationTableFile.Expected(codePoint);
            checkedCodePoints++;
            if (TransliterationTable.Of(codePoint) == expected) continue;
            if (++differences <= 10) message.AppendLine(CultureInfo.InvariantCulture, $"U+{codePoint:X4}: table '{TransliterationTable.Of(codePoint)}', AnyAscii '{expected}'");
        }
        Assert.True(differences == 0,
            $"{differences} of {checkedCodePoints} code points differ; regenerate with {TransliterationTableFile.RegenerateVariable}=1 dotnet test --filter The_embedded_table_is_anyascii:\n{message}");
    }
}
