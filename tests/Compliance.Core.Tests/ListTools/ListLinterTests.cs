using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Compliance.Diagnostics;
using Compliance.Entities;
using Compliance.Json;
using Compliance.ListTools;

namespace Compliance.Core.Tests.ListTools;

public class ListLinterTests
{
    private static readonly DateTime AsOf = new(2026, 11, 28);

    private static LintInput Input(string path, string json)
    {
        var text = new JsonText(path, Encoding.UTF8.GetBytes(json));
        return new LintInput(EntityListLoader.Load(text), text);
    }

    private static List<ListProblem> Lint(params LintInput[] inputs) =>
        ListLinter.Lint(inputs, new LintOptions { AsOf = AsOf, Background = DefaultEntityList.Load() });

    private static string At(ListProblem problem) => $"{problem.Location.Path}({problem.Location.StartLine},{problem.Location.StartColumn})";

    [Fact]
    public void A_clean_list_has_no_problems()
    {
        var problems = Lint(Input("a.json", """
            {"published": "2026-11-01", "maxAgeDays": 60, "entities": [
              {"id": "acme", "name": "Acme Widgets Ltd", "aliases": ["Acme Widgets"], "programs": ["EL"]}
            ],
            "exemptions": [{"id": "ex", "entity": "acme", "components": ["pkg:npm/acme"], "expires": "2027-01-01"}]}
            """));

        Assert.Empty(problems);
    }

    [Fact]
    public void A_duplicate_id_in_one_file_is_reported_at_the_second_id()
    {
        var problems = Lint(Input("a.json", """
            {"entities": [
              {"id": "acme", "name": "Acme Widgets"},
              {"id": "acme", "name": "Acme Gadgets"}
            ]}
            """));

        var problem = Assert.Single(problems);
        Assert.Equal(ListChecks.DuplicateId, problem.Check);
        Assert.Equal("a.json(3,11)", At(problem));
        Assert.Equal("entity id 'acme' is already used at a.json(2,11)", problem.Message);
    }

    [Fact]
    public void A_duplicate_id_across_files_names_both_places()
    {
        var problems = Lint(
            Input("a.json", """{"entities": [{"id": "acme", "name": "Acme Widgets"}]}"""),
            Input("b.json", """{"entities": [{"id": "acme", "name": "Acme Gadgets"}]}"""));

        var problem = Assert.Single(problems);
        Assert.Equal(ListChecks.DuplicateId, problem.Check);
        Assert.Equal("b.json(1,23)", At(problem));
        Assert.Contains("a.json(1,23)", problem.Message);
    }

    [Fact]
    public void A_name_claimed_by_two_entities_is_a_warning_naming_both()
    {
        var problems = Lint(Input("a.json", """
            {"entities": [
              {"id": "globe", "name": "Globe Metals"},
              {"id": "globe-ab", "name": "Globe Metals AB", "aliases": ["GLOBE METALS, INC."]}
            ]}
            """));

        var problem = Assert.Single(problems);
        Assert.Equal(ListChecks.SharedName, problem.Check);
        Assert.Equal(Severity.Warning, problem.Severity);
        Assert.Equal("a.json(2,28)", At(problem));
        Assert.Contains("'globe-ab' ('Globe Metals AB' at a.json(3,31))", problem.Message);
    }

    [Fact]
    public void A_name_shared_with_the_embedded_default_list_is_reported()
    {
        var problems = Lint(Input("a.json", """{"entities": [{"id": "huawei-consumer", "name": "Huawei Consumer Business Group", "aliases": ["HUAWEI"]}]}"""));

        var problem = Assert.Single(problems);
        Assert.Equal(ListChecks.SharedName, problem.Check);
        Assert.Contains("'huawei'", problem.Message);
    }

    [Theory]
    [InlineData("Technology")]
    [InlineData("Ltd")]
    [InlineData("China")]
    [InlineData("Co., Ltd.")]
    [InlineData("ZT")]
    public void Generic_aliases_are_reported_at_the_alias(string alias)
    {
        var problems = Lint(Input("a.json", $$"""{"entities": [{"id": "acme", "name": "Acme Widgets", "aliases": ["{{alias}}"]}]}"""));

        var problem = Assert.Single(problems);
        Assert.Equal(ListChecks.GenericName, problem.Check);
        Assert.Equal("a.json(1,67)", At(problem));
    }

    [Theory]
    [InlineData("China Mobile")]
    [InlineData("Central Bank of Iran")]
    [InlineData("ZTE")]
    public void Names_of_several_common_words_or_three_letters_are_not_generic(string name) => Assert.False(GenericNames.IsGeneric(name));

    [Fact]
    public void An_exemption_for_an_unknown_entity_is_reported_at_the_reference()
    {
        var problems = Lint(Input("a.json", """
            {"exemptions": [
              {"id": "ex", "entities": ["huawei", "no-such"], "components": ["pkg:maven/x/*"], "expires": "2027-01-01"}
            ]}
            """));

        var problem = Assert.Single(problems);
        Assert.Equal(ListChecks.UnknownEntity, problem.Check);
        Assert.Equal("a.json(2,40)", At(problem));
    }

    [Fact]
    public void Without_the_default_list_its_entities_are_unknown()
    {
        var input = Input("a.json", """{"exemptions": [{"id": "ex", "entity": "huawei", "components": ["pkg:maven/x/*"], "expires": "2027-01-01"}]}""");

        var problems = ListLinter.Lint(new[] { input }, new LintOptions { AsOf = AsOf });

        Assert.Equal(ListChecks.UnknownEntity, Assert.Single(problems).Check);
    }

    [Fact]
    public void An_expired_exemption_is_reported_at_its_expiry()
    {
        var problems = Lint(Input("a.json", """{"exemptions": [{"id": "ex", "entity": "huawei", "components": ["pkg:maven/x/*"], "expires": "2026-10-01"}]}"""));

        var problem = Assert.Single(problems);
        Assert.Equal(ListChecks.ExpiredExemption, problem.Check);
        Assert.Equal("a.json(1,95)", At(problem));
        Assert.Contains("expired on 2026-10-01 (58 days before 2026-11-28)", problem.Message);
    }

    [Fact]
    public void An_exemption_for_an_sdn_entity_is_not_allowed()
    {
        var problems = Lint(Input("a.json", """
            {"entities": [{"id": "bank", "name": "Banco Nacional de Cuba", "programs": ["SDN", "EL"]}],
             "exemptions": [
               {"id": "all", "entity": "bank", "components": ["pkg:npm/x"], "expires": "2027-01-01"},
               {"id": "el-only", "entity": "bank", "programs": ["EL"], "components": ["pkg:npm/x"], "expires": "2027-01-01"}
             ]}
            """));

        var problem = Assert.Single(problems);
        Assert.Equal(ListChecks.ExemptionNotAllowed, problem.Check);
        Assert.Contains("exemption 'all' covers entity 'bank' under SDN", problem.Message);
    }

    [Fact]
    public void A_list_older_than_its_maximum_age_is_a_warning_at_its_date()
    {
        var problems = Lint(Input("a.json", """{"published": "2026-01-01", "maxAgeDays": 30, "entities": [{"id": "acme", "name": "Acme Widgets"}]}"""));

        var problem = Assert.Single(problems);
        Assert.Equal(ListChecks.StaleList, problem.Check);
        Assert.Equal("a.json(1,16)", At(problem));
        Assert.Contains("331 days before 2026-11-28, over its maxAgeDays of 30", problem.Message);
    }

    [Fact]
    public void An_identifier_of_two_entities_is_a_warning()
    {
        var problems = Lint(Input("a.json", """
            {"entities": [
              {"id": "a", "name": "Alpha Shipping", "identifiers": {"domains": ["nitcshipping.com"]}},
              {"id": "b", "name": "Beta Shipping", "identifiers": {"domains": ["NITCSHIPPING.COM"]}}
            ]}
            """));

        Assert.Equal(ListChecks.SharedIdentifier, Assert.Single(problems).Check);
    }

    [Fact]
    public void A_file_the_loader_rejects_gets_its_format_problems_located()
    {
        var problems = Lint(Input("a.json", """{"entities": [{"id": "acme", "name": "Acme", "alias": ["x"]}]}"""));

        var problem = Assert.Single(problems);
        Assert.Equal(ListChecks.Format, problem.Check);
        Assert.Equal("a.json(1,47)", At(problem));
    }
}
