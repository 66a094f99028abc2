using System.IO;
using System.Linq;
using Compliance.Configuration;
using Compliance.Diagnostics;

namespace Compliance.Core.Tests.Configuration;

public class SeverityConfigurationTests
{
    private static SeverityConfiguration Read(string text)
    {
        var configuration = new SeverityConfiguration();
        Assert.Empty(configuration.ReadGlobalConfig(".globalconfig", text));
        return configuration;
    }

    [Fact]
    public void Without_settings_every_rule_has_its_default_severity()
    {
        var configuration = new SeverityConfiguration();

        Assert.All(Rules.All, rule => Assert.Equal(rule.DefaultSeverity, configuration.Effective(rule)));
    }

    [Theory]
    [InlineData("error", Severity.Error)]
    [InlineData("warning", Severity.Warning)]
    [InlineData("suggestion", Severity.Note)]
    [InlineData("info", Severity.Note)]
    [InlineData("silent", Severity.Hidden)]
    [InlineData("hidden", Severity.Hidden)]
    [InlineData("none", Severity.None)]
    [InlineData("default", Severity.Warning)]
    [InlineData("  Error  # comment", Severity.Error)]
    public void Every_severity_word_sets_the_rule(string word, Severity expected)
    {
        var configuration = Read($"is_global = true\ndotnet_diagnostic.SCC002.severity = {word}\n");

        Assert.Equal(expected, configuration.Effective(Rules.PossibleRestrictedVendor));
        Assert.Equal(Severity.Error, configuration.Effective(Rules.RestrictedVendor));
    }

    [Theory]
    [InlineData("error", Severity.Error)]
    [InlineData("warning", Severity.Warning)]
    [InlineData("suggestion", Severity.Note)]
    [InlineData("silent", Severity.Hidden)]
    [InlineData("none", Severity.None)]
    public void The_all_rules_setting_applies_to_every_configurable_rule(string word, Severity expected)
    {
        var configuration = Read($"dotnet_analyzer_diagnostic.severity = {word}");

        foreach (var rule in Rules.All.Where(r => !SeverityConfiguration.IsInputFailure(r))) Assert.Equal(expected, configuration.Effective(rule));
        Assert.Equal(Severity.Error, configuration.Effective(Rules.UnreadableBom));
        Assert.Equal(Severity.Error, configuration.Effective(Rules.UnreadableEntityList));
    }

    [Fact]
    public void An_id_setting_beats_the_category_which_beats_the_all_rules_setting_in_any_order()
    {
        var configuration = Read("""
            dotnet_diagnostic.SCC005.severity = error
            dotnet_analyzer_diagnostic.severity = none
            dotnet_analyzer_diagnostic.category-Compliance.severity = suggestion
            dotnet_diagnostic.SCC003.severity = warning
            """);

        Assert.Equal(Severity.Error, configuration.Effective(Rules.ExemptionExpiresSoon));
        Assert.Equal(Severity.Warning, configuration.Effective(Rules.ExemptedVendor));
        Assert.Equal(Severity.Note, configuration.Effective(Rules.RestrictedVendor));
    }

    [Fact]
    public void The_all_rules_setting_applies_when_no_category_setting_exists()
    {
        var configuration = Read("dotnet_analyzer_diagnostic.severity = none\ndotnet_analyzer_diagnostic.category-Style.severity = error");

        Assert.Equal(Severity.None, configuration.Effective(Rules.RestrictedVendor));
    }

    [Fact]
    public void An_id_set_to_default_keeps_its_default_despite_bulk_settings()
    {
        var configuration = Read("dotnet_analyzer_diagnostic.severity = error\ndotnet_diagnostic.SCC009.severity = default");

        Assert.Equal(Severity.Note, configuration.Effective(Rules.UnusedExemption));
        Assert.Equal(Severity.Error, configuration.Effective(Rules.ExemptedVendor));
    }

    [Fact]
    public void Reading_failures_stay_errors_whatever_the_configuration_says()
    {
        var configuration = Read("dotnet_diagnostic.SCC007.severity = none\ndotnet_diagnostic.SCC008.severity = warning");
        configuration.NoWarn.Add("SCC007");
        configuration.NoWarn.Add("SCC008");

        Assert.Equal(Severity.Error, configuration.Effective(Rules.UnreadableBom));
        Assert.Equal(Severity.Error, configuration.Effective(Rules.UnreadableEntityList));
    }

    [Fact]
    public void Warnings_as_errors_promotes_every_warning_but_no_note_or_silent_finding()
    {
        var configuration = Read("dotnet_diagnostic.SCC006.severity = silent\ndotnet_diagnostic.SCC003.severity = warning");
        configuration.AllWarningsAsErrors = true;

        Assert.Equal(Severity.Error, configuration.Effective(Rules.PossibleRestrictedVendor));
        Assert.Equal(Severity.Error, configuration.Effective(Rules.ExemptionExpiresSoon));
        Assert.Equal(Severity.Error, configuration.Effective(Rules.ExemptedVendor));
        Assert.Equal(Severity.Hidden, configuration.Effective(Rules.NoVendorEvidence));
        Assert.Equal(Severity.Note, configuration.Effective(Rules.UnusedExemption));
    }

    [Fact]
    public void Warnings_as_errors_by_id_promotes_only_those_ids_and_warnings_not_as_errors_exempts()
    {
        var byId = new SeverityConfiguration();
        byId.WarningsAsErrors.Add("scc005");
        var allBut = new SeverityConfiguration { AllWarningsAsErrors = true };
        allBut.WarningsNotAsErrors.Add("SCC002");

        Assert.Equal(Severity.Error, byId.Effective(Rules.ExemptionExpiresSoon));
        Assert.Equal(Severity.Warning, byId.Effective(Rules.PossibleRestrictedVendor));
        Assert.Equal(Severity.Warning, allBut.Effective(Rules.PossibleRestrictedVendor));
        Assert.Equal(Severity.Error, allBut.Effective(Rules.StaleEntityList));
    }

    [Fact]
    public void Nowarn_hides_an_id_even_when_configured_as_error_or_promoted()
    {
        var configuration = Read("dotnet_diagnostic.SCC002.severity = error");
        configuration.AllWarningsAsErrors = true;
        configuration.WarningsAsErrors.Add("SCC002");
        configuration.NoWarn.Add("SCC002");

        Assert.Equal(Severity.None, configuration.Effective(Rules.PossibleRestrictedVendor));
    }

    [Fact]
    public void Several_files_read_in_order_let_the_later_setting_win()
    {
        var configuration = new SeverityConfiguration();
        Assert.Empty(configuration.ReadGlobalConfig("team.globalconfig", "dotnet_diagnostic.SCC002.severity = error\ndotnet_diagnostic.SCC010.severity = error"));
        Assert.Empty(configuration.ReadGlobalConfig("repo.globalconfig", "dotnet_diagnostic.SCC002.severity = suggestion"));

        Assert.Equal(Severity.Note, configuration.Effective(Rules.PossibleRestrictedVendor));
        Assert.Equal(Severity.Error, configuration.Effective(Rules.StaleEntityList));
    }

    [Fact]
    public void Sections_comments_and_other_analyzers_settings_are_ignored()
    {
        var configuration = Read("""
            # Compliance settings
            ; also a comment
            is_global = true
            global_level = 100
            dotnet_diagnostic.CA1822.severity = none
            dotnet_style_qualification_for_field = false:warning
            dotnet_diagnostic.SCC002.severity: error
            [*.cs]
            dotnet_diagnostic.SCC001.severity = none
            """);

        Assert.Equal(Severity.Error, configuration.Effective(Rules.PossibleRestrictedVendor));
        Assert.Equal(Severity.Error, configuration.Effective(Rules.RestrictedVendor));
    }

    [Fact]
    public void A_word_that_is_not_a_severity_is_a_problem_at_its_place()
    {
        var configuration = new SeverityConfiguration();

        var problem = Assert.Single(configuration.ReadGlobalConfig("a.globalconfig", "is_global = true\ndotnet_diagnostic.SCC002.severity = eror\n"));

        Assert.Equal("a.globalconfig(2,37)", problem.Location.ToString());
        Assert.Contains("'eror' is not a severity", problem.Message);
        Assert.Equal(Severity.Warning, configuration.Effective(Rules.PossibleRestrictedVendor));
    }

    [Fact]
    public void An_unknown_SCC_id_is_a_problem_but_other_analyzers_ids_are_not()
    {
        var configuration = new SeverityConfiguration();

        var problem = Assert.Single(configuration.ReadGlobalConfig("a.globalconfig", "dotnet_diagnostic.SCC0002.severity = error\ndotnet_diagnostic.IDE0005.severity = error"));

        Assert.Contains("'SCC0002' is not a Compliance diagnostic ID", problem.Message);
        Assert.Null(SeverityConfiguration.UnknownId("CA2007"));
        Assert.Null(SeverityConfiguration.UnknownId("scc004"));
    }

    [Fact]
    public void A_line_without_a_value_is_a_problem()
    {
        var problem = Assert.Single(new SeverityConfiguration().ReadGlobalConfig("a.globalconfig", "dotnet_diagnostic.SCC002.severity\n"));

        Assert.Equal(1, problem.Location.StartLine);
    }

    [Fact]
    public void A_missing_file_is_a_problem_not_a_silent_default()
    {
        var problem = Assert.Single(new SeverityConfiguration().ReadGlobalConfigFile(Path.Combine(Path.GetTempPath(), "no-such-dir-sc", ".globalconfig")));

        Assert.Contains("could not be read", problem.Message);
    }

    [Fact]
    public void Settings_can_be_applied_one_by_one_as_an_analyzer_reads_them()
    {
        var configuration = new SeverityConfiguration();

        Assert.Null(configuration.Apply("dotnet_diagnostic.SCC003.severity", "error"));
        Assert.Null(configuration.Apply("build_property.TargetFramework", "net10.0"));
        Assert.NotNull(configuration.Apply("dotnet_analyzer_diagnostic.severity", "loud"));

        Assert.Equal(Severity.Error, configuration.Effective(Rules.ExemptedVendor));
        Assert.Equal(Severity.Warning, configuration.Effective(Rules.PossibleRestrictedVendor));
    }

    [Fact]
    public void Id_lists_split_as_the_compiler_writes_them()
    {
        Assert.Equal(new[] { "SCC002", "SCC005", "SCC010", "CA1" }, SeverityConfiguration.SplitIds("SCC002,SCC005;SCC010 CA1"));
    }

    /// <summary>A JSON, UTF-16 or binary file given as a config was read as a file of keys for other analyzers, and every setting the user meant was lost without a word.</summary>
    [Theory]
    [InlineData("{\"dotnet_diagnostic.SCC001.severity\": \"none\"}", "{\"dotnet_diagnostic.SCC001.severity\": \"none\"}")]
    [InlineData("d\0o\0t\0n\0e\0t\0_\0d\0i\0a\0g\0 \0=\0 \0e\0r\0r\0o\0r\0", "d\\u0000o\\u0000t")]
    [InlineData("\u001B[2Kkey: value", "\\u001B[2Kkey: value")]
    [InlineData("dotnet diagnostic = error", "dotnet diagnostic = error")]
    public void A_line_whose_key_is_not_a_key_is_an_error_quoting_it_printably(string text, string found)
    {
        var problem = Assert.Single(new SeverityConfiguration().ReadGlobalConfig("x.globalconfig", "is_global = true\n" + text));

        Assert.StartsWith($"expected 'key = value', found '{found}", problem.Message);
        Assert.Equal((2, 1), (problem.Location.StartLine, problem.Location.StartColumn));
    }
}
