using System.Collections.Generic;
using System.IO;
using System.Linq;
using Compliance.Cli.Validation;
using Compliance.Entities;
using Compliance.Json;
using Compliance.Tests;

namespace Compliance.Cli.Tests;

/// <summary>
/// schemas/entity-list.schema.json and the engine's loader accept the same documents: each document below is read by
/// both, and both must agree. The one thing a schema cannot say, an id used twice, only the loader reports.
/// </summary>
public class EntityListSchemaTests
{
    private static readonly SchemaValidator Schema = SchemaValidator.Load(TestPaths.Repo("schemas", "entity-list.schema.json"));

    public static IEnumerable<object[]> Valid() => new[]
    {
        """{"entities": [{"id": "huawei", "name": "Huawei Technologies Co., Ltd.", "aliases": ["Huawei"]}]}""",
        """{"exemptions": [{"id": "LIC-1", "entity": "huawei", "components": ["pkg:maven/com.huawei.hms/*"], "reason": "non-sensitive", "expires": "2027-06-30"}]}""",
        """{"entities": []}""",
        """
        {
          "$schema": "https://example.com/entity-list.schema.json", "x-source": {"any": ["thing"]},
          "name": "Team list", "version": "7", "published": "2026-11-28T10:15:00Z", "maxAgeDays": 30,
          "entities": [{
            "id": "acme", "name": "Acme Corp.", "aliases": ["ACME", "阿克米"], "country": "CN", "addresses": ["1 Road, Shenzhen"],
            "source": "84 FR 22961", "notes": null, "x-internal": 1,
            "programs": ["SDN", {"code": "EL", "exemptible": true, "citation": "84 FR 22961", "added": "2019-05-21", "x-note": "a"}],
            "identifiers": {"domains": ["acme.example"], "emailDomains": ["acme.example"], "purls": ["pkg:maven/com.acme"], "cpeVendors": ["acme"], "x-more": []}
          }],
          "exemptions": [{
            "id": "E-2", "entities": ["acme"], "programs": ["EL"], "componentNames": ["acme-*"], "classifications": ["EAR99"],
            "license": "L-123", "approvedBy": "Compliance", "approved": "2026-01-02", "expires": "2027-01-02T00:00:00+08:00",
            "justification": "non-sensitive item", "entity": null
          }]
        }
        """,
        """{"name": null, "version": null, "published": null, "entities": [{"id": "a", "name": "A", "country": null, "programs": [{"code": "EL", "citation": null, "added": null}]}]}""",
        """{"published": "2026-11-28T10:15:00.123+02:00", "entities": [{"id": "a", "name": "A"}]}""",
        """{"maxAgeDays": 1, "entities": [{"id": "a", "name": "A", "aliases": [], "identifiers": {}}]}""",
        """{"maxAgeDays": 30.0, "entities": []}""",
        """{"maxAgeDays": 1e1, "entities": []}""",
        """{"entities": [{"id": "a", "name": "A", "type": "organization"}, {"id": "b", "name": "B", "type": "individual"}, {"id": "c", "name": "C", "type": "vessel"}, {"id": "d", "name": "D", "type": "aircraft"}, {"id": "e", "name": "E", "type": null}]}""",
    }.Select(json => new object[] { json });

    public static IEnumerable<object[]> Invalid() => new[]
    {
        """{}""",
        """[]""",
        """{"entites": []}""",
        """{"entities": {}}""",
        """{"entities": ["huawei"]}""",
        """{"entities": [{"name": "A"}]}""",
        """{"entities": [{"id": "a"}]}""",
        """{"entities": [{"id": "", "name": "A"}]}""",
        """{"entities": [{"id": "  ", "name": "A"}]}""",
        """{"entities": [{"id": null, "name": "A"}]}""",
        """{"entities": [{"id": "a", "name": null}]}""",
        """{"entities": [{"id": 5, "name": "A"}]}""",
        """{"entities": [{"id": "a", "name": "A", "aliases": [""]}]}""",
        """{"entities": [{"id": "a", "name": "A", "aliases": "A"}]}""",
        """{"entities": [{"id": "a", "name": "A", "aliases": [5]}]}""",
        """{"entities": [{"id": "a", "name": "A", "aliasses": ["B"]}]}""",
        """{"entities": [{"id": "a", "name": "A", "programs": [{}]}]}""",
        """{"entities": [{"id": "a", "name": "A", "programs": [""]}]}""",
        """{"entities": [{"id": "a", "name": "A", "programs": [5]}]}""",
        """{"entities": [{"id": "a", "name": "A", "programs": [{"code": "EL", "exemptible": "yes"}]}]}""",
        """{"entities": [{"id": "a", "name": "A", "programs": [{"code": "EL", "licence": "x"}]}]}""",
        """{"entities": [{"id": "a", "name": "A", "programs": [{"code": "EL", "added": "May 2019"}]}]}""",
        """{"entities": [{"id": "a", "name": "A", "identifiers": {"domain": ["a.example"]}}]}""",
        """{"entities": [{"id": "a", "name": "A", "identifiers": {"domains": null}}]}""",
        """{"entities": [{"id": "a", "name": "A", "identifiers": []}]}""",
        """{"entities": [{"id": "a", "name": "A", "country": 49}]}""",
        """{"entities": [{"id": "a", "name": "A", "type": "entity"}]}""",
        """{"entities": [{"id": "a", "name": "A", "type": "Vessel"}]}""",
        """{"entities": [{"id": "a", "name": "A", "type": ["vessel"]}]}""",
        """{"maxAgeDays": 0, "entities": []}""",
        """{"maxAgeDays": -1, "entities": []}""",
        """{"maxAgeDays": "30", "entities": []}""",
        """{"maxAgeDays": 1.5, "entities": []}""",
        """{"published": "2026-11-28T10:15:00.Z", "entities": []}""",
        """{"published": "2026-11-28t10:15:00z", "entities": []}""",
        """{"published": "2026-13-01", "entities": []}""",
        """{"published": "yesterday", "entities": []}""",
        """{"published": "2026-11-28T10:15:00", "entities": []}""",
        """{"published": "June 30, 2027", "entities": []}""",
        """{"published": " 2027-06-30", "entities": []}""",
        """{"published": "2027-02-30", "entities": []}""",
        """{"exemptions": [{"id": "E", "entity": "a", "components": ["pkg:maven/a/*"]}]}""",
        """{"exemptions": [{"id": "E", "entity": "a", "expires": "2027-06-30"}]}""",
        """{"exemptions": [{"id": "E", "components": ["pkg:maven/a/*"], "expires": "2027-06-30"}]}""",
        """{"exemptions": [{"id": "E", "entity": "", "components": ["pkg:maven/a/*"], "expires": "2027-06-30"}]}""",
        """{"exemptions": [{"id": "E", "entities": [], "components": ["pkg:maven/a/*"], "expires": "2027-06-30"}]}""",
        """{"exemptions": [{"id": "E", "entity": "a", "components": [], "expires": "2027-06-30"}]}""",
        """{"exemptions": [{"id": "E", "entity": "a", "components": ["pkg:maven/a/*"], "expires": "2027-02-30"}]}""",
        """{"exemptions": [{"id": "E", "entity": "a", "components": ["pkg:maven/a/*"], "expires": null}]}""",
        """{"exemptions": [{"id": "E", "entity": "a", "components": ["pkg:maven/a/*"], "expires": "2027-06-30", "expiry": "2027-06-30"}]}""",
        """{"exemptions": [{"entity": "a", "components": ["pkg:maven/a/*"], "expires": "2027-06-30"}]}""",
        """{"exemptions": [{"id": " ", "entity": "a", "components": ["pkg:maven/a/*"], "expires": "2027-06-30"}]}""",
    }.Select(json => new object[] { json });

    [Theory]
    [MemberData(nameof(Valid))]
    public void The_loader_and_the_schema_both_accept(string json)
    {
        var text = new JsonText("list.json", System.Text.Encoding.UTF8.GetBytes(json));

        Assert.Empty(EntityListLoader.Load(text).Problems);
        Assert.Empty(Schema.Validate(text));
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void The_loader_and_the_schema_both_reject(string json)
    {
        var text = new JsonText("list.json", System.Text.Encoding.UTF8.GetBytes(json));

        Assert.NotEmpty(EntityListLoader.Load(text).Problems);
        Assert.NotEmpty(Schema.Validate(text));
    }

    [Fact]
    public void The_embedded_default_list_and_the_shared_example_lists_are_valid()
    {
        string defaultList = File.ReadAllText(TestPaths.Repo("src", "Compliance.Core", "Entities", "default-entities.json"));
        string devEntities = File.ReadAllText(TestPaths.Fixture("matching", "dev-cases", "entities.json"));

        Assert.Empty(Schema.Validate(new JsonText("default-entities.json", System.Text.Encoding.UTF8.GetBytes(defaultList))));
        Assert.Empty(Schema.Validate(new JsonText("entities.json", System.Text.Encoding.UTF8.GetBytes(devEntities))));
        Assert.Empty(DefaultEntityList.Load().Problems);
    }

    [Fact]
    public void An_id_used_twice_passes_the_schema_but_not_the_loader()
    {
        var text = new JsonText("list.json", System.Text.Encoding.UTF8.GetBytes("""{"entities": [{"id": "a", "name": "A"}, {"id": "A", "name": "B"}]}"""));

        Assert.Empty(Schema.Validate(text));
        Assert.Contains(EntityListLoader.Load(text).Problems, p => p.Message.Contains("entity id 'A' is already used at"));
    }

    [Fact]
    public void Every_json_example_in_the_format_reference_is_valid()
    {
        string page = File.ReadAllText(TestPaths.Repo("docs", "entity-lists.md"));
        var examples = System.Text.RegularExpressions.Regex.Matches(page, "```json\n(.*?)```", System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.True(examples.Count >= 3);

        foreach (System.Text.RegularExpressions.Match example in examples)
        {
            var text = new JsonText("example.json", System.Text.Encoding.UTF8.GetBytes(example.Groups[1].Value));
            Assert.Empty(EntityListLoader.Load(text).Problems);
            Assert.Empty(Schema.Validate(text));
        }
    }
}
