namespace Compliance.Build.Tests;

/// <summary>Small BOMs whose findings sit at known places.</summary>
internal static class TestBoms
{
    /// <summary>SCC001 at (11,30): a confident match on the supplier's name.</summary>
    public const string RestrictedSupplier = """
        {
          "bomFormat": "CycloneDX",
          "specVersion": "1.6",
          "components": [
            {
              "type": "library",
              "bom-ref": "pkg:maven/com.huawei.hms/push@6.11.0.300",
              "name": "push",
              "version": "6.11.0.300",
              "purl": "pkg:maven/com.huawei.hms/push@6.11.0.300",
              "supplier": { "name": "Huawei Technologies Co., Ltd." }
            }
          ]
        }
        """;


    /// <summary>An exemption file that covers <see cref="RestrictedSupplier"/> until 2027-06-30.</summary>
    public const string Licence = """
        {
          "exemptions": [
            { "id": "LIC-D123456", "entity": "huawei", "components": ["pkg:maven/com.huawei.hms/*"], "reason": "non-sensitive", "license": "D123456", "expires": "2027-06-30" }
          ]
        }
        """;


    /// <summary>SCC002 at (10,30): a restricted name on weak evidence (an author), which needs review.</summary>
    public const string RestrictedAuthor = """
        {
          "bomFormat": "CycloneDX",
          "specVersion": "1.6",
          "components": [
            {
              "type": "library",
              "bom-ref": "phone-kit",
              "name": "phone-kit",
              "version": "2.0.0",
              "authors": [{ "name": "Huawei" }]
            }
          ]
        }
        """;

    /// <summary>SCC006 (a note) at (5,51): nothing to screen the component by.</summary>
    public const string NoEvidence = """
        {
          "bomFormat": "CycloneDX",
          "specVersion": "1.6",
          "components": [
            { "type": "library", "bom-ref": "a", "name": "mystery", "version": "1.0" }
          ]
        }
        """;

    /// <summary>SCC007 at (5,1): the array is never closed.</summary>
    public const string Malformed = "{\n  \"bomFormat\": \"CycloneDX\",\n  \"specVersion\": \"1.6\",\n  \"components\": [\n}\n";

    public const string Clean = """
        {
          "bomFormat": "CycloneDX",
          "specVersion": "1.6",
          "components": [
            { "type": "library", "name": "Serilog", "version": "4.1.0", "purl": "pkg:nuget/Serilog@4.1.0", "authors": [{ "name": "Serilog Contributors" }] }
          ]
        }
        """;
}
