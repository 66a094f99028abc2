using System.IO;
using Compliance.Cli.Validation;
using Compliance.Entities;
using Compliance.Json;
using Compliance.Tests;

namespace Compliance.Cli.Tests.Exemptions;

/// <summary>The example lists and the exemption fields agree with schemas/entity-list.schema.json and the loader.</summary>
public class ExemptionListSchemaTests
{
    private static readonly SchemaValidator Schema = SchemaValidator.Load(TestPaths.Repo("schemas", "entity-list.schema.json"));

    [Fact]
    public void Every_example_list_is_valid_for_the_schema_and_the_loader()
    {
        var lists = Directory.GetFiles(TestPaths.Repo("examples", "lists"), "*.json");
        Assert.NotEmpty(lists);
        foreach (string path in lists)
        {
            var text = new JsonText(path, File.ReadAllBytes(path));
            Assert.Empty(Schema.Validate(text));
            Assert.Empty(EntityListLoader.Load(text).Problems);
        }
    }

    [Theory]
    [InlineData("maven/com.huawei.hms/*")]
    [InlineData("pkg:maven")]
    [InlineData("pkg:maven/com.huawei.hms/push?type=aar")]
    [InlineData("pkg:maven/com.huawei.hms/push@6.0#sub")]
    public void A_component_pattern_that_is_not_a_purl_pattern_is_rejected_by_both(string pattern)
    {
        string json = "{\"exemptions\": [{\"id\": \"E\", \"entity\": \"a\", \"components\": [\"" + pattern + "\"], \"expires\": \"2027-06-30\"}]}";
        var text = new JsonText("list.json", System.Text.Encoding.UTF8.GetBytes(json));

        Assert.NotEmpty(EntityListLoader.Load(text).Problems);
        Assert.NotEmpty(Schema.Validate(text));
    }

    [Theory]
    [InlineData("pkg:maven/com.huawei.hms/*")]
    [InlineData(" pkg:npm/@huaweicloud/**")]
    [InlineData("pkg:maven/com.huawei.hms/push@[6.0,7.0)")]
    [InlineData("pkg:maven/com.huawei.hms/push@vers:maven/>=6.0|<7.0")]
    public void A_purl_pattern_is_accepted_by_both(string pattern)
    {
        string json = "{\"exemptions\": [{\"id\": \"E\", \"entity\": \"a\", \"components\": [\"" + pattern + "\"], \"expires\": \"2027-06-30\"}]}";
        var text = new JsonText("list.json", System.Text.Encoding.UTF8.GetBytes(json));

        Assert.Empty(EntityListLoader.Load(text).Problems);
        Assert.Empty(Schema.Validate(text));
    }
}
