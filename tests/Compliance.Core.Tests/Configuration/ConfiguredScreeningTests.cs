using System;
using System.Linq;
using Compliance.Boms;
using Compliance.Configuration;
using Compliance.Diagnostics;
using Compliance.Entities;
using Compliance.Screening;

namespace Compliance.Core.Tests.Configuration;

/// <summary>The configured severity, not the default, decides what is reported, the counts and the exit code.</summary>
public class ConfiguredScreeningTests
{
    private const string List = """
        {"entities": [{"id": "zorvex", "name": "Zorvex Telecom Co., Ltd.", "programs": ["EL"]}],
         "exemptions": [{"id": "LIC-1", "entity": "zorvex", "componentNames": ["covered"], "expires": "2026-12-20"},
                        {"id": "LIC-STALE", "entity": "zorvex", "componentNames": ["gone"], "expires": "2030-01-01"}]}
        """;

    private const string Bom = """
        {"bomFormat": "CycloneDX", "specVersion": "1.6", "components": [
          {"bom-ref": "a", "name": "covered", "supplier": {"name": "Zorvex Telecom Co., Ltd."}},
          {"bom-ref": "b", "name": "plain", "supplier": {"name": "Zorvex Telecom Co., Ltd."}},
          {"bom-ref": "c", "name": "unknown"}]}
        """;

    /// <summary>By default: SCC001 (b), SCC003 and SCC005 (a), SCC006 (c), SCC009 (LIC-STALE).</summary>
    private static ScreeningResult Screen(string globalConfig, Action<SeverityConfiguration>? switches = null)
    {
        var severities = new SeverityConfiguration();
        Assert.Empty(severities.ReadGlobalConfig(".globalconfig", globalConfig));
        switches?.Invoke(severities);
        var options = new ScreeningOptions { AsOf = new DateTime(2026, 12, 1), Severities = severities };
        var catalog = EntityCatalog.Combine(new[] { EntityListLoader.LoadText("list.json", List) });
        return Screener.Screen(new[] { BomReader.ReadText("bom.json", Bom) }, catalog, options);
    }

    [Fact]
    public void Defaults()
    {
        var result = Screen("");

        Assert.Equal(new[] { "SCC001", "SCC003", "SCC005", "SCC006", "SCC009" }, result.Findings.Select(f => f.Id).OrderBy(i => i));
        Assert.Equal((1, 1, 3), (result.ErrorCount, result.WarningCount, result.NoteCount));
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void Lowering_SCC001_to_a_warning_passes_the_run_and_moves_the_count()
    {
        var result = Screen("dotnet_diagnostic.SCC001.severity = warning");

        Assert.Equal((0, 2, 3), (result.ErrorCount, result.WarningCount, result.NoteCount));
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Severity.Warning, result.Findings.Single(f => f.Id == "SCC001").Severity);
    }

    [Fact]
    public void Raising_a_note_to_error_fails_the_run()
    {
        var result = Screen("dotnet_diagnostic.SCC001.severity = none\ndotnet_diagnostic.SCC009.severity = error");

        Assert.Equal((1, 1, 2), (result.ErrorCount, result.WarningCount, result.NoteCount));
        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain(result.Findings, f => f.Id == "SCC001");
    }

    [Fact]
    public void Silent_findings_are_kept_for_tools_but_not_counted()
    {
        var result = Screen("dotnet_diagnostic.SCC006.severity = silent");

        Assert.Equal(Severity.Hidden, result.Findings.Single(f => f.Id == "SCC006").Severity);
        Assert.Equal(2, result.NoteCount);
    }

    [Fact]
    public void Warnaserror_turns_the_expiry_warning_into_a_failing_error()
    {
        var result = Screen("dotnet_diagnostic.SCC001.severity = none", s => s.WarningsAsErrors.Add("SCC005"));

        Assert.Equal((1, 0), (result.ErrorCount, result.WarningCount));
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void Nowarn_removes_findings_from_the_report_and_the_counts()
    {
        var result = Screen("", s =>
        {
            foreach (var id in new[] { "SCC001", "SCC005", "SCC006" }) s.NoWarn.Add(id);
        });

        Assert.Equal(new[] { "SCC003", "SCC009" }, result.Findings.Select(f => f.Id).OrderBy(i => i));
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void Turning_everything_off_still_fails_an_unreadable_list()
    {
        var severities = new SeverityConfiguration { AllRules = Severity.None };
        var options = new ScreeningOptions { Severities = severities };
        var broken = EntityListLoader.LoadText("list.json", "{\"entities\": 7}");

        var result = Screener.Screen(new[] { BomReader.ReadText("bom.json", Bom) }, EntityCatalog.Combine(new[] { broken }), options);

        Assert.Equal("SCC008", Assert.Single(result.Findings).Id);
        Assert.Equal(2, result.ExitCode);
    }
}
