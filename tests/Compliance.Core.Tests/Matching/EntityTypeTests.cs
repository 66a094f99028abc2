using System.Linq;
using Compliance.Entities;
using Compliance.Matching;

namespace Compliance.Core.Tests.Matching;

/// <summary>An entity's type decides what evidence can point at it (docs/matching.md, "Entity types").</summary>
public class EntityTypeTests
{
    private const string List = """
        {"entities": [
          {"id": "person", "name": "ZHANG, Wei", "type": "individual"},
          {"id": "ship", "name": "HELM", "type": "vessel", "identifiers": {"domains": ["helm-tankers.example"]}},
          {"id": "plane", "name": "SKYHAWK CARGO", "type": "aircraft"},
          {"id": "company", "name": "DEVON"}
        ]}
        """;

    private static (Outcome Outcome, string? Entity, string? Kind, string? Message) Screen(string component)
    {
        var bom = Screening.CycloneDx(new[] { ("c", component) });
        var result = Screening.ByComponent(Screening.Screen(bom, Screening.List(List)));
        return result.TryGetValue("c", out var found) ? (found.Outcome, found.EntityId, found.Finding!.MatchKind, found.Finding.Message) : (Outcome.None, null, null, null);
    }

    [Fact]
    public void The_type_is_read_and_an_entity_without_one_is_an_organisation()
    {
        var list = Screening.List(List);

        Assert.Equal(new[] { EntityType.Individual, EntityType.Vessel, EntityType.Aircraft, EntityType.Organization }, list.Entities.Select(e => e.Type));
    }

    [Fact]
    public void An_unknown_type_is_a_problem_at_its_value()
    {
        var list = EntityListLoader.LoadText("list.json", "{\"entities\": [\n  {\"id\": \"a\", \"name\": \"A\", \"type\": \"Entity\"}\n]}");

        var problem = Assert.Single(list.Problems);
        Assert.Equal((2, 37), (problem.Location.StartLine, problem.Location.StartColumn));
        Assert.Contains("'type' must be 'organization', 'individual', 'vessel', 'aircraft' or absent, not 'Entity'", problem.Message);
    }

    [Theory]
    [InlineData("\"author\": \"Wei Zhang\"", Outcome.Possible, MatchKinds.Reordered)]
    [InlineData("\"supplier\": {\"contact\": [{\"name\": \"Zhang Wei\"}]}", Outcome.Possible, MatchKinds.ExactName)]
    [InlineData("\"supplier\": {\"name\": \"Zhang Wei\"}", Outcome.Possible, MatchKinds.ExactName)]
    [InlineData("\"author\": \"Zhang Wei Ltd.\"", Outcome.Possible, MatchKinds.ExactName)]
    public void An_individual_is_matched_by_a_whole_name_and_never_confidently(string component, Outcome outcome, string kind)
    {
        var result = Screen(component);

        Assert.True(result.Outcome == outcome && result.Entity == "person" && result.Kind == kind, $"got {result.Outcome} {result.Entity} {result.Kind}: {result.Message}");
    }

    [Fact]
    public void A_namesake_of_an_individual_on_organisation_evidence_says_why_it_is_not_an_error()
    {
        Assert.Contains("(the listed entity is an individual: a namesake is a lead for review)", Screen("\"supplier\": {\"name\": \"Zhang Wei\"}").Message);
    }

    [Theory]
    [InlineData("\"supplier\": {\"name\": \"Zhang Wei Trading Co., Ltd.\"}")]
    [InlineData("\"supplier\": {\"name\": \"Zhang Wie\"}")]
    [InlineData("\"purl\": \"pkg:maven/com.zhangwei/sdk@1.0\"")]
    [InlineData("\"supplier\": {\"name\": \"Helm\"}")]
    [InlineData("\"supplier\": {\"name\": \"Helm Shipping Co., Ltd.\"}")]
    [InlineData("\"purl\": \"pkg:golang/helm.sh/helm@v2.17.0\"")]
    [InlineData("\"cpe\": \"cpe:2.3:a:helm:v3:3.10.1:*:*:*:*:*:*:*\"")]
    [InlineData("\"supplier\": {\"name\": \"Skyhawk Cargo\"}")]
    public void Containment_near_spellings_and_inferred_brands_never_point_at_a_person_a_vessel_or_an_aircraft(string component)
    {
        var result = Screen(component);

        Assert.True(result.Outcome == Outcome.None, $"got {result.Outcome} {result.Entity} {result.Kind}: {result.Message}");
    }

    [Fact]
    public void An_identifier_the_list_gives_for_a_vessel_is_still_confident()
    {
        var result = Screen("\"externalReferences\": [{\"type\": \"website\", \"url\": \"https://www.helm-tankers.example/\"}]");

        Assert.Equal((Outcome.Confident, "ship", MatchKinds.Domain), (result.Outcome, result.Entity, result.Kind));
    }

    [Theory]
    [InlineData("\"supplier\": {\"name\": \"Devon\"}", Outcome.Confident)]
    [InlineData("\"supplier\": {\"name\": \"Devon Software Ltd.\"}", Outcome.Possible)]
    [InlineData("\"externalReferences\": [{\"type\": \"vcs\", \"url\": \"https://github.com/devon/tools\"}]", Outcome.Possible)]
    public void The_same_name_as_an_organisation_is_matched_every_way(string component, Outcome outcome)
    {
        var result = Screen(component);

        Assert.Equal((outcome, "company"), (result.Outcome, result.Entity));
    }
}
