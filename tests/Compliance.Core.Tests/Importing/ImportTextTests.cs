using Compliance.Importing;

namespace Compliance.Core.Tests.Importing;

public class ImportTextTests
{
    [Theory]
    [InlineData("Huawei Technologies Co., Ltd.", "huawei-technologies-co-ltd")]
    [InlineData("Société Générale", "societe-generale")]
    [InlineData("Gui’an New District", "gui-an-new-district")]
    public void Slugs_are_lower_case_ascii_words(string name, string slug) => Assert.Equal(slug, ImportText.Slug(name));

    [Fact]
    public void Names_the_slug_cannot_spell_get_a_hash_so_that_they_stay_distinct()
    {
        string huawei = ImportText.Slug("华为技术有限公司");
        string zte = ImportText.Slug("中兴通讯股份有限公司");

        Assert.Matches("^[0-9a-f]{8}$", huawei);
        Assert.NotEqual(huawei, zte);
        Assert.Matches("^ooo-[0-9a-f]{8}$", ImportText.Slug("OOO Ромашка"));
    }

    [Fact]
    public void Long_names_are_cut_and_made_unique()
    {
        string a = ImportText.Slug(new string('a', 70) + " one");
        string b = ImportText.Slug(new string('a', 70) + " two");

        Assert.NotEqual(a, b);
        Assert.True(a.Length <= 69);
    }

    [Theory]
    [InlineData("www.bankrefah.ir", "bankrefah.ir")]
    [InlineData("http://nitcshipping.com/", "nitcshipping.com")]
    [InlineData("https://rtguard.ru/", "rtguard.ru")]
    [InlineData("www.facebook.com/porticellomalta", null)]
    [InlineData("http://sharif.edu/jalili", null)]
    [InlineData("www.alturath.org. Revival of Islamic Heritage Society Offices Worldwide", null)]
    public void Only_a_site_of_its_own_gives_a_domain(string url, string? domain) => Assert.Equal(domain, ImportText.WebsiteDomain(url));

    [Theory]
    [InlineData("For all items subject to the EAR. (See §§ 734.9(g),3 746.8(a)(3), and 744.21(b) of the EAR)", "For all items subject to the EAR. (See §§ 734.9(g), 746.8(a)(3), and 744.21(b) of the EAR)")]
    [InlineData("See §§ 734.9(e)2 and 744.11", "See §§ 734.9(e) and 744.11")]
    [InlineData("See §744.21(d) and (e).", "See §744.21(d) and (e).")]
    public void Footnote_digits_after_a_parenthesis_are_removed(string text, string expected) => Assert.Equal(expected, ImportText.RemoveFootnotes(text));

    [Theory]
    [InlineData("-0- ", null)]
    [InlineData("  a   b ", "a b")]
    [InlineData("", null)]
    [InlineData("Gui\u0092an New District", "Gui’an New District")]
    [InlineData("a\u0081b", "ab")]
    public void Cleaning_turns_null_markers_into_null(string text, string? expected) => Assert.Equal(expected, ImportText.Clean(text));
}
