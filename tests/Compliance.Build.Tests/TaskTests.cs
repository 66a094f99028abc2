using System.IO;
using System.Linq;
using Compliance.Diagnostics;
using Microsoft.Build.Framework;

namespace Compliance.Build.Tests;

/// <summary>The two tasks run against a mock build engine: what reaches MSBuild, and in which form.</summary>
public sealed class TaskTests : System.IDisposable
{
    private readonly TaskScenario _project = new();

    public void Dispose() => _project.Dispose();

    [Fact]
    public void A_restricted_supplier_is_an_error_at_file_line_and_column_only_with_its_help_link()
    {
        var bom = _project.Write("sbom/bom.cdx.json", TestBoms.RestrictedSupplier);

        Assert.False(_project.Run(_project.Screen(bom)));

        var error = Assert.Single(_project.Engine.Errors);
        Assert.Equal("SCC001", error.Code);
        Assert.Equal("sbom/bom.cdx.json", error.File);
        Assert.Equal((11, 30, 0, 0), (error.LineNumber, error.ColumnNumber, error.EndLineNumber, error.EndColumnNumber));
        Assert.Null(error.Subcategory);
        Assert.Equal(Rules.RestrictedVendor.HelpUri, error.HelpLink);
        Assert.Equal(CoreFindings.BuildMessage(CoreFindings.Single(TestBoms.RestrictedSupplier, "SCC001")), error.Message);
        Assert.Empty(_project.Engine.Warnings);
    }

    [Fact]
    public void An_exempted_component_is_a_note_and_the_build_passes()
    {
        var screen = _project.Screen(_project.Write("bom.json", TestBoms.RestrictedSupplier));
        screen.EntityLists = new[] { _project.Item(_project.Write("licences.json", TestBoms.Licence)) };

        Assert.True(_project.Run(screen));

        var note = Assert.Single(_project.Engine.Messages, m => m.Code == "SCC003");
        Assert.Equal((MessageImportance.High, "bom.json", 11, 30), (note.Importance, note.File, note.LineNumber, note.ColumnNumber));
        Assert.Equal(CoreFindings.BuildMessage(CoreFindings.Single(TestBoms.RestrictedSupplier, "SCC003", TestBoms.Licence)), note.Message);
        Assert.Empty(_project.Engine.Errors);
        Assert.Empty(_project.Engine.Warnings);
    }

    [Theory]
    [InlineData(30, true)]
    [InlineData(10, false)]
    public void An_exemption_expiring_within_the_warning_window_is_a_warning(int warningDays, bool warned)
    {
        var screen = _project.Screen(_project.Write("bom.json", TestBoms.RestrictedSupplier));
        screen.EntityLists = new[] { _project.Item(_project.Write("licences.json", TestBoms.Licence)) };
        screen.AsOf = "2027-06-15";
        screen.ExemptionWarningDays = warningDays;

        Assert.True(_project.Run(screen));

        Assert.Equal(warned, _project.Engine.Warnings.Any(w => w.Code == "SCC005"));
    }

    [Fact]
    public void A_possible_match_is_a_warning_and_the_build_passes()
    {
        var bom = _project.Write("bom.json", TestBoms.RestrictedAuthor);

        Assert.True(_project.Run(_project.Screen(bom)));

        var warning = Assert.Single(_project.Engine.Warnings);
        Assert.Equal(("SCC002", "bom.json", 10, 30, 0, 0), (warning.Code, warning.File, warning.LineNumber, warning.ColumnNumber, warning.EndLineNumber, warning.EndColumnNumber));
        Assert.Null(warning.Subcategory);
        Assert.Empty(_project.Engine.Errors);
    }

    [Fact]
    public void TreatWarningsAsErrors_makes_a_possible_match_fail_the_build()
    {
        var screen = _project.Screen(_project.Write("bom.json", TestBoms.RestrictedAuthor));
        screen.TreatWarningsAsErrors = true;

        Assert.False(_project.Run(screen));

        Assert.Equal("SCC002", Assert.Single(_project.Engine.Errors).Code);
    }

    [Fact]
    public void WarningsNotAsErrors_keeps_a_warning_when_all_others_are_errors()
    {
        var screen = _project.Screen(_project.Write("bom.json", TestBoms.RestrictedAuthor));
        screen.TreatWarningsAsErrors = true;
        screen.WarningsNotAsErrors = "NU1603;SCC002";

        Assert.True(_project.Run(screen));

        Assert.Equal("SCC002", Assert.Single(_project.Engine.Warnings).Code);
    }

    [Fact]
    public void WarningsAsErrors_by_id_and_NoWarn_apply_as_the_compiler_applies_them()
    {
        var bom = _project.Write("bom.json", TestBoms.RestrictedAuthor);
        var promoted = _project.Screen(bom);
        promoted.WarningsAsErrors = "NU1605,SCC002";
        Assert.False(_project.Run(promoted));
        Assert.Equal("SCC002", Assert.Single(_project.Engine.Errors).Code);

        var engine = new MockBuildEngine();
        var silenced = _project.Screen(bom);
        silenced.BuildEngine = engine;
        silenced.NoWarn = "1701;1702;SCC002";
        Assert.True(silenced.Execute());
        var report = _project.Report();
        report.BuildEngine = engine;
        Assert.True(report.Execute());
        Assert.Empty(engine.Warnings);
        Assert.Empty(engine.Errors);
    }

    [Fact]
    public void A_globalconfig_raises_and_lowers_severities()
    {
        var screen = _project.Screen(_project.Write("bom.json", TestBoms.RestrictedSupplier), _project.Write("more.cdx.json", TestBoms.NoEvidence));
        screen.ConfigFiles = new[]
        {
            _project.Item(_project.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.SCC001.severity = warning\n")),
            _project.Item(_project.Write("team.globalconfig", "is_global = true\ndotnet_diagnostic.SCC006.severity = error  # every component must be screenable\n")),
        };

        Assert.False(_project.Run(screen));

        Assert.Equal(("SCC001", "bom.json"), (Assert.Single(_project.Engine.Warnings).Code, _project.Engine.Warnings[0].File));
        Assert.Equal(("SCC006", "more.cdx.json", 5, 51), Assert.Single(_project.Engine.Errors) is var e ? (e.Code, e.File, e.LineNumber, e.ColumnNumber) : default);
    }

    [Fact]
    public void A_note_is_a_high_importance_message_with_its_place()
    {
        Assert.True(_project.Run(_project.Screen(_project.Write("bom.json", TestBoms.NoEvidence))));

        var note = Assert.Single(_project.Engine.Messages, m => m.Code == "SCC006");
        Assert.Equal((MessageImportance.High, "bom.json", 5, 51, 0, 0), (note.Importance, note.File, note.LineNumber, note.ColumnNumber, note.EndLineNumber, note.EndColumnNumber));
    }

    [Fact]
    public void A_malformed_BOM_fails_with_SCC007_where_it_breaks()
    {
        Assert.False(_project.Run(_project.Screen(_project.Write("bom.cdx.json", TestBoms.Malformed))));

        var error = Assert.Single(_project.Engine.Errors);
        Assert.Equal(("SCC007", "bom.cdx.json", 5, 1), (error.Code, error.File, error.LineNumber, error.ColumnNumber));
    }

    [Fact]
    public void A_missing_BOM_or_entity_list_fails_the_build()
    {
        var screen = _project.Screen("sbom/missing.cdx.json");
        screen.EntityLists = new[] { _project.Item("lists/missing.json") };

        Assert.False(_project.Run(screen));

        Assert.Equal(new[] { ("SCC008", "lists/missing.json"), ("SCC007", "sbom/missing.cdx.json") },
            _project.Engine.Errors.Select(e => (e.Code, e.File)).OrderByDescending(e => e.Code));
        Assert.All(_project.Engine.Errors, e => Assert.Equal(0, e.LineNumber));
    }

    [Fact]
    public void NoWarn_cannot_hide_an_unreadable_BOM()
    {
        var screen = _project.Screen(_project.Write("bom.json", TestBoms.Malformed));
        screen.NoWarn = "SCC007";
        screen.ConfigFiles = new[] { _project.Item(_project.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.SCC007.severity = none\n")) };

        Assert.False(_project.Run(screen));

        Assert.Equal("SCC007", Assert.Single(_project.Engine.Errors).Code);
    }

    [Fact]
    public void A_broken_globalconfig_is_an_error_at_its_line_and_nothing_is_stored()
    {
        var screen = _project.Screen(_project.Write("bom.json", TestBoms.Clean));
        screen.ConfigFiles = new[] { _project.Item(_project.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.SCC002.severity = loud\n")) };

        Assert.False(screen.Execute());

        var error = Assert.Single(_project.Engine.Errors);
        Assert.Equal((".globalconfig", 2, 37), (error.File, error.LineNumber, error.ColumnNumber));
        Assert.False(File.Exists(_project.FindingsFile));
    }

    [Fact]
    public void An_invalid_as_of_date_is_an_error()
    {
        var screen = _project.Screen(_project.Write("bom.json", TestBoms.Clean));
        screen.AsOf = "next tuesday";

        Assert.False(screen.Execute());

        Assert.Contains("next tuesday", Assert.Single(_project.Engine.Errors).Message);
    }

    [Fact]
    public void Stored_findings_replay_the_same_diagnostics_without_screening_again()
    {
        var bom = _project.Write("bom.json", TestBoms.RestrictedSupplier);
        Assert.False(_project.Run(_project.Screen(bom)));
        File.Delete(Path.Combine(_project.ProjectDirectory, bom));

        var replay = new MockBuildEngine();
        var report = _project.Report();
        report.BuildEngine = replay;
        Assert.False(report.Execute());

        Assert.Equal(_project.Engine.Errors.Select(e => (e.Code, e.File, e.LineNumber, e.ColumnNumber, e.Message)),
            replay.Errors.Select(e => (e.Code, e.File, e.LineNumber, e.ColumnNumber, e.Message)));
    }

    [Fact]
    public void Unreadable_stored_findings_fail_the_build_and_are_removed_so_the_next_build_screens_again()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_project.FindingsFile)!);
        File.WriteAllText(_project.FindingsFile, "{ \"findings\": [ { \"id\": \"SCC001\"");

        Assert.False(_project.Report().Execute());

        Assert.Contains("could not be read", Assert.Single(_project.Engine.Errors).Message);
        Assert.False(File.Exists(_project.FindingsFile));
    }

    [Fact]
    public void Missing_stored_findings_fail_the_build()
    {
        Assert.False(_project.Report().Execute());

        Assert.Single(_project.Engine.Errors);
    }

    [Fact]
    public void A_failure_while_screening_fails_the_build_and_leaves_no_findings_behind()
    {
        var screen = _project.Screen(_project.Write("bom.json", TestBoms.Clean));
        _project.Write("obj", "a file where the findings folder should be");
        screen.FindingsFile = Path.Combine(_project.ProjectDirectory, "obj", "compliance.findings.json");

        Assert.False(screen.Execute());

        Assert.StartsWith("the compliance check could not run", Assert.Single(_project.Engine.Errors).Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("{\"entities\": []}")]
    [InlineData("{\"exemptions\": []}")]
    public void Without_the_default_list_and_with_no_entity_in_the_lists_given_the_build_fails(string? list)
    {
        var screen = _project.Screen(_project.Write("bom.json", TestBoms.RestrictedSupplier));
        screen.UseDefaultEntityList = false;
        if (list is not null) screen.EntityLists = new[] { _project.Item(_project.Write("list.json", list)) };

        Assert.False(screen.Execute());

        Assert.Contains("nothing would be screened", Assert.Single(_project.Engine.Errors).Message);
    }
}
