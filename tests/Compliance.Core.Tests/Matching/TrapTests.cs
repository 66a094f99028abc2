using System.IO;
using System.Linq;
using Compliance.Entities;
using Compliance.Tests;

namespace Compliance.Core.Tests.Matching;

/// <summary>
/// Real names that must not be taken for a restricted vendor, and one real affiliate that must be caught, with the
/// embedded default list.
/// </summary>
public class TrapTests
{
    private static Outcome OutcomeOf(string component, out string? entity)
    {
        var bom = Screening.CycloneDx(new[] { ("c", component) });
        var result = Screening.ByComponent(Screening.Screen(bom, DefaultEntityList.Load()));
        if (result.TryGetValue("c", out var found))
        {
            entity = found.EntityId;
            return found.Outcome;
        }
        entity = null;
        return Outcome.None;
    }

    [Theory]
    [InlineData("\"copyright\": \"Copyright (c) 2014 Dahua Lin\"")]
    [InlineData("\"author\": \"Dahua Lin\"")]
    [InlineData("\"authors\": [{\"name\": \"Dahua Lin\"}]")]
    [InlineData("\"supplier\": {\"name\": \"DAHUA ELECTRONICS CORPORATION\"}")]
    [InlineData("\"manufacturer\": {\"name\": \"Dahua Electronics Corp.\"}")]
    [InlineData("\"copyright\": \"Copyright (c) 2015 Huawei Inc.\", \"purl\": \"pkg:generic/libbpf@1.2.0\", \"supplier\": {\"name\": \"The Linux Foundation\"}")]
    [InlineData("\"copyright\": \"2015 Huawei Inc. (wangnan0@huawei.com)\"")]
    [InlineData("\"evidence\": {\"copyright\": [{\"text\": \"Copyright (C) 2015 Huawei Inc.\"}]}")]
    [InlineData("\"supplier\": {\"name\": \"China Mobile\"}")]
    [InlineData("\"supplier\": {\"name\": \"Technology Co., Ltd.\"}")]
    [InlineData("\"supplier\": {\"name\": \"China Telecom Global Limited\"}")]
    [InlineData("\"supplier\": {\"name\": \"Hawaii Technologies Inc.\"}")]
    [InlineData("\"supplier\": {\"name\": \"Pacific Networks Foundation\"}")]
    public void An_innocent_name_raises_nothing(string component)
    {
        Assert.Equal(Outcome.None, OutcomeOf(component, out var entity));
        Assert.Null(entity);
    }

    [Fact]
    public void The_huawei_affiliate_on_the_2019_entity_list_sample_is_a_possible_huawei_match()
    {
        // The CSL row's name field carries the address after the name: "Guian New District Huawei Investment Co., Ltd., Guiyang, Guizhou".
        string row = File.ReadLines(TestPaths.Fixture("lists", "csl", "csl-2019-sample-115rows.csv"))
            .Single(line => line.StartsWith("Entity List (EL)") && line.Contains("Huawei"));
        string name = row.Split('"')[1];
        Assert.StartsWith("Guian New District Huawei Investment", name);

        var outcome = OutcomeOf($"\"supplier\": {{\"name\": {Screening.Quote(name)}}}", out var entity);

        Assert.Equal(Outcome.Possible, outcome);
        Assert.Equal("huawei", entity);
    }

    [Fact]
    public void A_person_named_like_a_restricted_brand_is_at_most_a_possible_match()
    {
        var list = Screening.List("""{"entities": [{"id": "dahua", "name": "Zhejiang Dahua Technology Co., Ltd.", "aliases": ["Dahua"]}]}""");
        var bom = Screening.CycloneDx(new[]
        {
            ("person", "\"supplier\": {\"contact\": [{\"name\": \"Dahua\"}]}"),
            ("author", "\"author\": \"Dahua\""),
            ("copyright", "\"copyright\": \"Copyright 2019 Dahua\""),
            ("organisation", "\"supplier\": {\"name\": \"Dahua\"}"),
        });

        var result = Screening.ByComponent(Screening.Screen(bom, list));

        Assert.Equal(Outcome.Possible, result["person"].Outcome);
        Assert.Equal(Outcome.Possible, result["author"].Outcome);
        Assert.False(result.ContainsKey("copyright"));
        Assert.Equal(Outcome.Confident, result["organisation"].Outcome);
    }

    [Fact]
    public void A_person_matches_a_listed_name_only_as_a_whole()
    {
        // Names as the OFAC SDN list writes them: vessels and companies of one word, individuals as "SURNAME, Given".
        var list = Screening.List("""
            {"entities": [
              {"id": "maria", "name": "MARIA"},
              {"id": "fagima", "name": "FAGIMA SPA"},
              {"id": "zhang-wei", "name": "ZHANG, Wei"}
            ]}
            """);
        var bom = Screening.CycloneDx(new[]
        {
            ("contains", "\"author\": \"Maria Chen <maria.chen@example.com>\""),
            ("contact", "\"supplier\": {\"contact\": [{\"name\": \"Maria Chen\"}]}"),
            ("near-part", "\"author\": \"Fatima Smith\""),
            ("reordered", "\"author\": \"Wei Zhang\""),
            ("organisation", "\"author\": \"Maria Shipping Co., Ltd.\""),
        });

        var result = Screening.ByComponent(Screening.Screen(bom, list));

        Assert.False(result.ContainsKey("contains"));
        Assert.False(result.ContainsKey("contact"));
        Assert.False(result.ContainsKey("near-part"));
        Assert.Equal((Outcome.Possible, "zhang-wei"), (result["reordered"].Outcome, result["reordered"].EntityId));
        Assert.Equal((Outcome.Possible, "maria"), (result["organisation"].Outcome, result["organisation"].EntityId));
    }
}
