using System;
using System.Linq;
using Compliance.Boms;
using Compliance.Diagnostics;
using Compliance.Entities;
using Compliance.Screening;
using static Compliance.Core.Tests.Exemptions.ExemptionScenario;

namespace Compliance.Core.Tests.Exemptions;

public class ExemptionOutcomeTests
{
    private const string Licence = """
        [{"id": "LIC-1", "entity": "zorvex", "components": ["pkg:maven/com.zorvex.sdk/*"], "reason": "non-sensitive",
          "license": "D123456", "approvedBy": "J. Roe", "approved": "2026-01-15", "expires": "2027-06-30",
          "justification": "EAR99 notification SDK."}]
        """;

    [Fact]
    public void A_valid_exemption_turns_the_finding_into_a_suppressed_SCC003_that_keeps_its_properties()
    {
        var result = Screen(Licence, Bom(Zorvex()), "2026-12-01");

        var finding = result.Only("SCC003");
        Assert.Equal(Severity.Note, finding.Severity);
        Assert.Equal(BomPath, finding.Location.Path);
        Assert.Equal(2, finding.Location.StartLine);
        Assert.Equal("zorvex", finding.EntityId);
        Assert.Equal("pkg:maven/com.zorvex.sdk/push@6.2.0", finding.BomRef);
        Assert.Equal("pkg:maven/com.zorvex.sdk/push@6.2.0", finding.Purl);
        Assert.Equal("supplier.name", finding.EvidenceField);
        Assert.Equal("Zorvex Telecom Co., Ltd.", finding.MatchedName);
        Assert.NotNull(finding.Score);
        Assert.Equal("LIC-1", finding.ExemptionId);
        Assert.Contains("exempt until 2027-06-30 under exemption 'LIC-1' (licence D123456)", finding.Message);
        Assert.Equal("Exemption 'LIC-1', licence D123456, non-sensitive, approved by J. Roe on 2026-01-15, valid until 2027-06-30: EAR99 notification SDK.",
            finding.SuppressionJustification);
        Assert.Equal(new[] { "SCC003" }, result.Ids());
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void An_expired_exemption_gives_SCC004_at_the_component_naming_the_exemption_and_its_end_date()
    {
        var result = Screen(Licence, Bom(Zorvex()), "2027-07-01");

        var finding = result.Only("SCC004");
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(BomPath, finding.Location.Path);
        Assert.Equal(2, finding.Location.StartLine);
        Assert.Equal("LIC-1", finding.ExemptionId);
        Assert.Equal("zorvex", finding.EntityId);
        Assert.Null(finding.SuppressionJustification);
        Assert.Contains("not exempt as of 2027-07-01: exemption 'LIC-1' expired on 2027-06-30", finding.Message);
        Assert.DoesNotContain("SCC001", result.Ids());
        Assert.Equal(1, result.ExitCode);
    }

    [Theory]
    [InlineData("2027-07-01")]
    [InlineData("2026-01-01")]
    public void With_SCC004_turned_off_an_exemption_that_fails_leaves_the_finding_it_could_not_exempt(string asOf)
    {
        var result = Screen(Licence, Bom(Zorvex()), asOf, o => o.Severities.NoWarn.Add("SCC004"));

        Assert.Equal(new[] { "SCC001" }, result.Ids());
        Assert.Null(result.Only("SCC001").ExemptionId);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void With_SCC004_turned_off_an_exemption_for_an_SDN_listing_still_leaves_the_finding()
    {
        var exemption = """[{"id": "LIC-SDN", "entity": "blocked", "componentNames": ["*"], "expires": "2030-01-01"}]""";
        var bom = Bom(Component("tool", "2.0", "pkg:npm/tool@2.0", "Quandrix Blocked Holdings"));

        var result = Screen(exemption, bom, "2026-12-01", o => o.Severities.ReadGlobalConfig(".globalconfig", "dotnet_diagnostic.SCC004.severity = none"));

        Assert.Equal(new[] { "SCC001" }, result.Ids());
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void An_exemption_is_valid_on_its_expiry_date_and_warns_that_it_is_the_last_day()
    {
        var result = Screen(Licence, Bom(Zorvex()), "2027-06-30");

        Assert.Equal(new[] { "SCC003", "SCC005" }, result.Ids());
        var warning = result.Only("SCC005");
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("exemption 'LIC-1' covering component 'push@6.2.0' from restricted entity 'Zorvex Telecom Co., Ltd.' expires today (2027-06-30), its last valid day", warning.Message);
        Assert.Contains("renew licence D123456", warning.Message);
        Assert.Equal("LIC-1", warning.ExemptionId);
        Assert.Null(warning.SuppressionJustification);
        Assert.Equal(0, result.ExitCode);
    }

    [Theory]
    [InlineData("2027-05-31", true)] // 30 days left: inside the default window
    [InlineData("2027-05-30", false)] // 31 days left
    public void An_exemption_in_use_warns_within_thirty_days_of_its_end(string asOf, bool warns)
    {
        var result = Screen(Licence, Bom(Zorvex()), asOf);

        Assert.Equal(warns, result.Ids().Contains("SCC005"));
        if (warns) Assert.Contains("expires on 2027-06-30, in 30 days (as of 2027-05-31)", result.Only("SCC005").Message);
    }

    [Theory]
    [InlineData(90, "2027-04-01", true)]
    [InlineData(0, "2027-06-29", false)]
    [InlineData(0, "2027-06-30", true)]
    public void The_warning_window_is_configurable(int days, string asOf, bool warns)
    {
        var result = Screen(Licence, Bom(Zorvex()), asOf, o => o.ExemptionWarningDays = days);

        Assert.Equal(warns, result.Ids().Contains("SCC005"));
    }

    [Fact]
    public void An_exemption_not_yet_approved_on_the_screening_date_does_not_cover()
    {
        var result = Screen(Licence, Bom(Zorvex()), "2026-01-14");

        Assert.Contains("exemption 'LIC-1' was approved on 2026-01-15, after the screening date", result.Only("SCC004").Message);
    }

    [Fact]
    public void A_component_outside_the_scope_keeps_its_SCC001_and_the_exemption_is_reported_unused()
    {
        var other = Component("core", "1.0", "pkg:maven/com.zorvex.core/core@1.0", "Zorvex Telecom Co., Ltd.");

        var result = Screen(Licence, Bom(other), "2026-12-01");

        Assert.Equal(new[] { "SCC001", "SCC009" }, result.Ids().OrderBy(i => i));
        Assert.Null(result.Only("SCC001").ExemptionId);
    }

    [Fact]
    public void An_exemption_that_matched_nothing_gives_SCC009_at_its_id_in_the_list_file()
    {
        var result = Screen(Licence, Bom(Component("lib", "1.0", "pkg:npm/lib@1.0", "Someone Else")), "2026-12-01");

        var unused = result.Only("SCC009");
        Assert.Equal(ListPath, unused.Location.Path);
        Assert.Equal(PositionOf(List(Licence), "LIC-1\""), (unused.Location.StartLine, unused.Location.StartColumn));
        Assert.Equal("LIC-1", unused.ExemptionId);
        Assert.Contains("exemption 'LIC-1' (zorvex: pkg:maven/com.zorvex.sdk/*) matched no component", unused.Message);
        Assert.Equal(Severity.Note, unused.Severity);
    }

    [Fact]
    public void No_exemption_is_called_unused_when_a_BOM_could_not_be_read()
    {
        var result = Screen(Licence, "{\"bomFormat\": \"CycloneDX\", \"components\": [", "2026-12-01");

        Assert.DoesNotContain("SCC009", result.Ids());
        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public void An_exemption_for_an_SDN_listing_gives_SCC004_because_the_programme_allows_none()
    {
        var exemption = """[{"id": "LIC-SDN", "entity": "blocked", "componentNames": ["*"], "expires": "2030-01-01"}]""";
        var bom = Bom(Component("tool", "2.0", "pkg:npm/tool@2.0", "Quandrix Blocked Holdings"));

        var result = Screen(exemption, bom, "2026-12-01");

        var finding = result.Only("SCC004");
        Assert.Contains("its listing under SDN (OFAC SDN) allows no exemption, so exemption 'LIC-SDN' cannot cover it", finding.Message);
        Assert.Equal("LIC-SDN", finding.ExemptionId);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void An_exemption_limited_to_an_exemptible_programme_still_names_the_SDN_listing_as_not_exemptible()
    {
        var exemption = """[{"id": "LIC-EL", "entity": "blocked", "programs": ["EL"], "componentNames": ["*"], "expires": "2030-01-01"}]""";
        var bom = Bom(Component("tool", "2.0", "pkg:npm/tool@2.0", "Quandrix Blocked Holdings"));

        var result = Screen(exemption, bom, "2026-12-01");

        Assert.Contains("its listing under SDN (OFAC SDN) allows no exemption, so exemption 'LIC-EL' cannot cover it", result.Only("SCC004").Message);
    }

    [Fact]
    public void An_unreadable_list_does_not_cascade_into_unknown_entity_reports()
    {
        var broken = EntityListLoader.LoadText("broken.json", "{\"entities\": [{\"id\": \"zorvex\"}]}");
        var exemptions = EntityListLoader.LoadText("exemptions.json", "{\"exemptions\": " + Licence + "}");

        var result = Screener.Screen(new[] { BomReader.ReadText(BomPath, Bom(Zorvex())) }, EntityCatalog.Combine(new[] { broken, exemptions }), new ScreeningOptions());

        Assert.Contains("needs a 'name'", result.Only("SCC008").Message);
        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public void An_exemption_limited_to_one_programme_does_not_hide_the_listing_under_another()
    {
        var exemption = """[{"id": "LIC-EL", "entity": "twolists", "programs": ["EL"], "componentNames": ["router*"], "expires": "2030-01-01"}]""";
        var bom = Bom(Component("router-sdk", "1.0", "pkg:npm/router-sdk@1.0", "Merovia Networks Ltd."));

        var result = Screen(exemption, bom, "2026-12-01");

        Assert.Contains("its listing under 889 is outside the programmes of exemption 'LIC-EL' (EL)", result.Only("SCC004").Message);
    }

    [Fact]
    public void Exemptions_for_each_programme_together_cover_the_finding()
    {
        var exemptions = """
            [{"id": "LIC-EL", "entity": "twolists", "programs": ["EL"], "componentNames": ["router*"], "expires": "2030-01-01"},
             {"id": "WAIVER-889", "entity": "twolists", "programs": ["889"], "componentNames": ["router-sdk"], "expires": "2029-01-01"}]
            """;
        var bom = Bom(Component("router-sdk", "1.0", "pkg:npm/router-sdk@1.0", "Merovia Networks Ltd."));

        var result = Screen(exemptions, bom, "2026-12-01");

        var finding = result.Only("SCC003");
        Assert.Equal("LIC-EL, WAIVER-889", finding.ExemptionId);
        Assert.Contains("exempt until 2029-01-01 under exemptions 'LIC-EL', 'WAIVER-889'", finding.Message);
        Assert.Contains("Exemption 'LIC-EL'", finding.SuppressionJustification);
        Assert.Contains("Exemption 'WAIVER-889'", finding.SuppressionJustification);
    }

    [Fact]
    public void Of_several_exemptions_covering_a_finding_the_longest_lasting_decides_and_none_is_unused()
    {
        var exemptions = """
            [{"id": "LIC-OLD", "entity": "zorvex", "components": ["pkg:maven/com.zorvex.sdk/push"], "expires": "2026-12-10"},
             {"id": "LIC-NEW", "entity": "zorvex", "components": ["pkg:maven/com.zorvex.sdk/*"], "expires": "2028-12-31"},
             {"id": "LIC-GONE", "entity": "zorvex", "componentNames": ["push"], "expires": "2025-01-01"}]
            """;

        var result = Screen(exemptions, Bom(Zorvex()), "2026-12-01");

        Assert.Equal(new[] { "SCC003" }, result.Ids());
        Assert.Equal("LIC-NEW", result.Only("SCC003").ExemptionId);
    }

    [Fact]
    public void An_exemption_never_hides_a_finding_against_another_entity_on_the_same_component()
    {
        var both = """
            {"bom-ref": "combo", "name": "combo", "version": "1.0", "purl": "pkg:maven/com.zorvex.sdk/combo@1.0",
             "supplier": {"name": "Zorvex Telecom Co., Ltd."}, "publisher": "Merovia Networks Ltd."}
            """;

        var result = Screen(Licence, Bom(both), "2026-12-01");

        Assert.Equal("zorvex", result.Only("SCC003").EntityId);
        Assert.Equal("twolists", result.Only("SCC001").EntityId);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void An_exemption_naming_an_entity_no_list_defines_is_an_SCC008_at_that_name()
    {
        var exemption = """[{"id": "LIC-TYPO", "entities": ["zorvex", "zorveks"], "componentNames": ["*"], "expires": "2030-01-01"}]""";

        var result = Screen(exemption, Bom(Zorvex()), "2026-12-01");

        var problem = result.Only("SCC008");
        Assert.Contains("exemption 'LIC-TYPO' names entity 'zorveks', which no entity list of this run defines", problem.Message);
        Assert.Equal(ListPath, problem.Location.Path);
        Assert.Equal(PositionOf(List(exemption), "zorveks"), (problem.Location.StartLine, problem.Location.StartColumn));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("SCC003", result.Ids());
    }

    [Theory]
    [InlineData("6.0", true)]
    [InlineData("6.11.0.300", true)]
    [InlineData("7.0", false)]
    [InlineData("7.0.1", false)]
    [InlineData("5.9.9", false)]
    public void A_version_range_limits_the_purls_covered(string version, bool covered)
    {
        var exemption = """[{"id": "LIC-6", "entity": "zorvex", "components": ["pkg:maven/com.zorvex.sdk/push@[6.0,7.0)"], "expires": "2030-01-01"}]""";

        var result = Screen(exemption, Bom(Zorvex(version: version)), "2026-12-01");

        Assert.Equal(covered ? "SCC003" : "SCC001", result.Findings.First(f => f.Location.Path == BomPath).Id);
    }

    [Fact]
    public void A_finding_outside_an_exemption_version_range_says_which_range_the_exemption_covers()
    {
        var exemption = """[{"id": "LIC-6", "entity": "zorvex", "components": ["pkg:maven/com.zorvex.sdk/push@[6.0,7.0)"], "expires": "2030-01-01"}]""";

        var result = Screen(exemption, Bom(Zorvex(version: "7.0.1")), "2026-12-01");

        var finding = result.Only("SCC001");
        Assert.EndsWith("; exemption 'LIC-6' covers pkg:maven/com.zorvex.sdk/push@[6.0,7.0), not version 7.0.1", finding.Message);
        Assert.Null(finding.ExemptionId);
        Assert.Contains("SCC009", result.Ids());
    }

    [Fact]
    public void A_classification_scope_reads_the_configured_component_property()
    {
        var exemption = """[{"id": "LIC-EAR99", "entity": "zorvex", "classifications": ["EAR99"], "expires": "2030-01-01"}]""";
        var ear99 = Zorvex(extra: """, "properties": [{"name": "ECCN", "value": "EAR99"}]""");
        var custom = Zorvex(extra: """, "properties": [{"name": "acme:export-class", "value": "ear99"}]""");
        var controlled = Zorvex(extra: """, "properties": [{"name": "ECCN", "value": "5D002"}]""");

        Assert.Equal("SCC003", Screen(exemption, Bom(ear99), "2026-12-01").Findings[0].Id);
        Assert.Equal("SCC001", Screen(exemption, Bom(controlled), "2026-12-01").Findings[0].Id);
        Assert.Equal("SCC001", Screen(exemption, Bom(custom), "2026-12-01").Findings[0].Id);
        Assert.Equal("SCC003", Screen(exemption, Bom(custom), "2026-12-01", o => o.ClassificationProperty = "acme:export-class").Findings[0].Id);
    }

    [Fact]
    public void Several_kinds_of_scope_must_all_match()
    {
        var exemption = """[{"id": "LIC-NARROW", "entity": "zorvex", "components": ["pkg:maven/com.zorvex.sdk/*"], "classifications": ["EAR99"], "expires": "2030-01-01"}]""";
        var unclassified = Zorvex();
        var classified = Zorvex(name: "map", extra: """, "properties": [{"name": "eccn", "value": "EAR99"}]""");

        var result = Screen(exemption, Bom(unclassified, classified), "2026-12-01");

        Assert.Equal("pkg:maven/com.zorvex.sdk/push@6.2.0", result.Only("SCC001").BomRef);
        Assert.Equal("pkg:maven/com.zorvex.sdk/map@6.2.0", result.Only("SCC003").BomRef);
    }

    [Fact]
    public void Component_names_match_with_wildcards_and_without_regard_to_case()
    {
        var exemption = """[{"id": "LIC-NAMES", "entity": "zorvex", "componentNames": ["PUSH-*"], "expires": "2030-01-01"}]""";

        var result = Screen(exemption, Bom(Zorvex(name: "push-core"), Zorvex(name: "maps")), "2026-12-01");

        Assert.Equal("pkg:maven/com.zorvex.sdk/push-core@6.2.0", result.Only("SCC003").BomRef);
        Assert.Equal("pkg:maven/com.zorvex.sdk/maps@6.2.0", result.Only("SCC001").BomRef);
    }

    [Fact]
    public void Exemption_ids_and_entity_ids_are_matched_without_regard_to_case()
    {
        var exemption = """[{"id": "LIC-CASE", "entity": "ZORVEX", "components": ["PKG:MAVEN/COM.ZORVEX.SDK/*"], "expires": "2030-01-01"}]""";

        Assert.Equal(new[] { "SCC003" }, Screen(exemption, Bom(Zorvex()), "2026-12-01").Ids());
    }

    [Fact]
    public void An_exemption_only_file_works_beside_the_list_that_defines_the_entities()
    {
        var entities = EntityListLoader.LoadText("entities.json", "{" + EntitiesJson + "}");
        var exemptions = EntityListLoader.LoadText("exemptions.json", "{\"exemptions\": " + Licence + "}");
        var catalog = EntityCatalog.Combine(new[] { entities, exemptions });
        var options = new ScreeningOptions { AsOf = new DateTime(2026, 12, 1) };

        var result = Screener.Screen(new[] { BomReader.ReadText(BomPath, Bom(Zorvex())) }, catalog, options);

        Assert.Equal(new[] { "SCC003" }, result.Ids());
    }
}
