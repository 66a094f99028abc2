using System.Linq;
using Compliance.Boms;

namespace Compliance.Core.Tests.Boms;

public class BomParserTests
{
    private static Bom Read(string json) => BomReader.ReadText("bom.json", json);

    [Fact]
    public void Nested_and_metadata_components_are_components_with_their_parent()
    {
        var bom = Read("""
            {"bomFormat":"CycloneDX","specVersion":"1.6",
             "metadata":{"supplier":{"name":"Acme Corp"},"component":{"bom-ref":"app","name":"app"}},
             "components":[{"name":"outer","components":[{"name":"inner","publisher":"Inner Ltd"}],"bom-ref":"o"}]}
            """);

        Assert.Empty(bom.Problems);
        var root = Assert.Single(bom.Components, c => c.IsRoot);
        Assert.Contains(root.Evidence, e => e.Field == "metadata.supplier.name" && e.Value == "Acme Corp");
        var inner = Assert.Single(bom.Components, c => c.Name == "inner");
        Assert.Equal("o", inner.ParentRef);
        Assert.Equal(3, bom.Components.Count);
    }

    [Fact]
    public void Services_and_formulation_components_are_screened_with_their_provider_and_endpoints()
    {
        var bom = Read("""
            {"bomFormat":"CycloneDX","specVersion":"1.6",
             "services":[{"name":"push-api","provider":{"name":"Acme Cloud Ltd","url":["https://acme.example"]},
                          "endpoints":["https://api.acme.example/v1"],
                          "services":[{"name":"auth","group":"com.acme"}],"bom-ref":"svc"}],
             "formulation":[{"bom-ref":"f","components":[{"name":"compiler","supplier":{"name":"Tool Corp"}}],
                             "services":[{"name":"ci"}]}]}
            """);

        Assert.Empty(bom.Problems);
        Assert.Equal(new[] { "push-api", "auth", "compiler", "ci" }, bom.Components.Select(c => c.Name));
        var service = bom.Components[0];
        Assert.Equal("svc", service.Ref);
        Assert.Equal(new[] { "provider.name", "provider.url", "endpoints" }, service.Evidence.Select(e => e.Field));
        Assert.Equal(EvidenceKind.Organization, service.Evidence[0].Kind);
        Assert.Equal(EvidenceKind.Url, service.Evidence[2].Kind);
        Assert.Equal("svc", bom.Components[1].ParentRef);
        Assert.Equal("com.acme", bom.Components[1].Group);
        Assert.Equal("supplier.name", Assert.Single(bom.Components[2].Evidence).Field);
        Assert.Empty(bom.Components[3].Evidence);
    }

    [Fact]
    public void A_service_run_by_a_restricted_vendor_is_a_finding_at_its_provider()
    {
        const string json = """
            {"bomFormat":"CycloneDX","specVersion":"1.6","services":[
              {"bom-ref":"push","name":"push-kit","provider":{"name":"Huawei Technologies Co., Ltd."}},
              {"bom-ref":"obs","name":"object-storage","endpoints":["https://obs.cn-north-4.myhuaweicloud.com"]}]}
            """;
        var result = Compliance.Screening.Screener.Screen(new[] { Read(json) },
            Compliance.Entities.EntityCatalog.Combine(new[] { Compliance.Entities.DefaultEntityList.Load() }), new Compliance.Screening.ScreeningOptions());

        var provider = Assert.Single(result.Findings, f => f.BomRef == "push");
        Assert.Equal("SCC001", provider.Id);
        Assert.Equal("provider.name", provider.EvidenceField);
        Assert.Equal(2, provider.Location.StartLine);
        var endpoint = Assert.Single(result.Findings, f => f.BomRef == "obs");
        Assert.Equal("huawei", endpoint.EntityId);
        Assert.Equal("endpoints", endpoint.EvidenceField);
    }

    [Fact]
    public void Format_comes_from_content_even_when_bomFormat_is_last()
    {
        var bom = Read("""{"components":[{"name":"a","purl":"pkg:npm/a@1"}],"specVersion":"1.5","bomFormat":"CycloneDX"}""");

        Assert.Equal(BomFormat.CycloneDx, bom.Format);
        Assert.Single(bom.Components);
    }

    [Fact]
    public void A_wrong_type_where_evidence_is_read_is_a_located_problem()
    {
        var bom = Read("{\"bomFormat\":\"CycloneDX\",\n\"components\":[{\"name\":\"a\",\n  \"supplier\":{\"name\":42}}]}");

        var problem = Assert.Single(bom.Problems);
        Assert.Equal(3, problem.Location.StartLine);
        Assert.Equal(22, problem.Location.StartColumn);
        Assert.Contains("'supplier.name' must be a string, not a number", problem.Message);
    }

    [Fact]
    public void Json_that_is_no_bom_is_a_problem_at_the_start()
    {
        var bom = Read("""{"name":"package.json"}""");

        var problem = Assert.Single(bom.Problems);
        Assert.True(bom.IsNotABom);
        Assert.Contains("neither 'bomFormat' nor 'spdxVersion'", problem.Message);
    }

    [Fact]
    public void Truncated_json_is_a_problem_with_line_and_column()
    {
        var bom = Read("{\"bomFormat\":\"CycloneDX\",\n\"components\":[{\"name\":\"a\"");

        var problem = Assert.Single(bom.Problems);
        Assert.Equal(2, problem.Location.StartLine);
        Assert.StartsWith("invalid JSON", problem.Message);
    }

    [Fact]
    public void Spdx_noassertion_gives_no_evidence()
    {
        var bom = Read("""{"spdxVersion":"SPDX-2.3","packages":[{"SPDXID":"SPDXRef-a","name":"a","supplier":"NOASSERTION","downloadLocation":"NOASSERTION","copyrightText":"NONE"}]}""");

        Assert.Empty(Assert.Single(bom.Components).Evidence);
    }

    [Fact]
    public void Npm_author_strings_give_a_name_and_an_email_at_their_own_columns()
    {
        var bom = Read("""{"bomFormat":"CycloneDX","components":[{"name":"a","author":"Jane Doe <jane@example.com> (https://example.com)"}]}""");

        var evidence = Assert.Single(bom.Components).Evidence;
        var name = Assert.Single(evidence, e => e.Kind == EvidenceKind.Party);
        var email = Assert.Single(evidence, e => e.Kind == EvidenceKind.Email);
        Assert.Equal("Jane Doe", name.Value);
        Assert.Equal("jane@example.com", email.Value);
        Assert.Equal(name.Location.StartColumn + "Jane Doe <".Length, email.Location.StartColumn);
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_accepted_and_not_counted_in_columns()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(System.Text.Encoding.UTF8.GetBytes("""{"bomFormat":"CycloneDX","components":[{"name":"a","publisher":"P"}]}""")).ToArray();
        var bom = BomReader.Read(new Compliance.Json.JsonText("bom.json", bytes));

        Assert.Empty(bom.Problems);
        var publisher = Assert.Single(Assert.Single(bom.Components).Evidence);
        Assert.Equal(65, publisher.Location.StartColumn);
        Assert.Equal(64, publisher.Location.StartOffset);
    }
}
