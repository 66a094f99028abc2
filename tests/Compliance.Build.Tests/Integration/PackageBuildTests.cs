using System.IO;
using System.Linq;
using Xunit.Abstractions;

namespace Compliance.Build.Tests.Integration;

/// <summary>
/// The packed package in real <c>dotnet build</c>s of consumer projects: exit codes and the exact diagnostic lines.
/// All tests share one packed package and one packages folder (see <see cref="PackedPackage"/>).
/// </summary>
public sealed class PackageBuildTests : IClassFixture<PackedPackage>
{
    private readonly PackedPackage _package;
    private readonly ITestOutputHelper _output;

    public PackageBuildTests(PackedPackage package, ITestOutputHelper output)
    {
        _package = package;
        _output = output;
        _output.WriteLine($"package packed in {package.PackTime.TotalSeconds:0.0} s");
    }

    private BuildResult Build(ConsumerProject project, params string[] args)
    {
        var result = project.Build(args);
        _output.WriteLine($"dotnet build {string.Join(" ", args)}: exit {result.ExitCode} in {result.Duration.TotalSeconds:0.0} s");
        return result;
    }

    private static void AssertAnalyzerLoaded(BuildResult result) =>
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "AD0001" or "CS8032" or "CS9057");


    [Fact]
    public void A_restricted_vendor_fails_the_build_at_its_line_and_column_and_an_incremental_build_still_fails()
    {
        var project = _package.NewProject("restricted").CSharp().Write("bom.cdx.json", TestBoms.RestrictedSupplier);

        var first = Build(project);

        Assert.NotEqual(0, first.ExitCode);
        Assert.Equal(new BuildResult.Diagnostic("bom.cdx.json", 11, 30, "error", "SCC001", CoreFindings.BuildMessage(CoreFindings.Single(TestBoms.RestrictedSupplier, "SCC001"))),
            Assert.Single(first.Diagnostics));

        string stored = Assert.Single(Directory.GetFiles(project.PathOf("obj"), "compliance.findings.json", SearchOption.AllDirectories));
        var screenedAt = File.GetLastWriteTimeUtc(stored);

        var second = Build(project, "--no-restore");

        Assert.NotEqual(0, second.ExitCode);
        Assert.Equal(screenedAt, File.GetLastWriteTimeUtc(stored));
        Assert.Equal(first.Diagnostics, second.Diagnostics);
    }

    [Fact]
    public void An_exemption_lets_the_build_pass_with_SCC003_in_the_log()
    {
        var project = _package.NewProject("exempted")
            .CSharp($"<ComplianceAsOf>{CoreFindings.AsOf}</ComplianceAsOf>", "<ComplianceEntityList Include=\"compliance/licences.json\" />")
            .Write("bom.cdx.json", TestBoms.RestrictedSupplier)
            .Write("compliance/licences.json", TestBoms.Licence);

        var result = Build(project);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(new BuildResult.Diagnostic("bom.cdx.json", 11, 30, "message", "SCC003", CoreFindings.BuildMessage(CoreFindings.Single(TestBoms.RestrictedSupplier, "SCC003", TestBoms.Licence))),
            Assert.Single(result.Diagnostics));
    }

    [Fact]
    public void TreatWarningsAsErrors_turns_a_possible_match_into_a_failure()
    {
        var project = _package.NewProject("warnaserror").CSharp().Write("bom.json", TestBoms.RestrictedAuthor);

        var lenient = Build(project);
        Assert.Equal(0, lenient.ExitCode);
        Assert.Equal(("bom.json", 10, 30, "warning"), Assert.Single(lenient.OfId("SCC002")) is var w ? (w.File, w.Line, w.Column, w.Severity) : default);

        var strict = Build(project, "--no-restore", "-p:TreatWarningsAsErrors=true");
        Assert.NotEqual(0, strict.ExitCode);
        Assert.Equal(("bom.json", 10, 30, "error"), Assert.Single(strict.OfId("SCC002")) is var e ? (e.File, e.Line, e.Column, e.Severity) : default);
    }

    [Fact]
    public void NoWarn_and_globalconfig_files_change_severities()
    {
        var project = _package.NewProject("severities")
            .CSharp(items: "<ComplianceConfig Include=\"config/quiet.globalconfig\" Condition=\"'$(Quiet)' == 'true'\" />")
            .Write("bom.json", TestBoms.RestrictedAuthor);

        var silenced = Build(project, "-p:NoWarn=SCC002");
        Assert.Equal(0, silenced.ExitCode);
        Assert.Empty(silenced.OfId("SCC002"));

        project.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.SCC002.severity = error\n");
        var raised = Build(project, "--no-restore");
        Assert.NotEqual(0, raised.ExitCode);
        Assert.Equal("error", Assert.Single(raised.OfId("SCC002")).Severity);

        project.Write("config/quiet.globalconfig", "is_global = true\ndotnet_diagnostic.SCC002.severity = none\n");
        var lowered = Build(project, "--no-restore", "-p:Quiet=true");
        Assert.Equal(0, lowered.ExitCode);
        Assert.Empty(lowered.OfId("SCC002"));
    }

    [Fact]
    public void A_malformed_BOM_fails_the_build_with_SCC007()
    {
        var project = _package.NewProject("malformed")
            .CSharp(items: "<ComplianceManifest Include=\"sbom/bom.cdx.json\" />")
            .Write("sbom/bom.cdx.json", TestBoms.Malformed);

        var result = Build(project);

        Assert.NotEqual(0, result.ExitCode);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("sbom/bom.cdx.json", 5, 1, "error", "SCC007"), (error.File, error.Line, error.Column, error.Severity, error.Id));
    }

    [Fact]
    public void A_project_without_a_BOM_builds_clean_without_running_the_check()
    {
        var project = _package.NewProject("no-bom").CSharp();

        var result = Build(project);
        var again = Build(project, "--no-restore");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(0, again.ExitCode);
        Assert.Empty(result.Diagnostics);
        Assert.Empty(Directory.GetFiles(project.PathOf("obj"), "compliance.*", SearchOption.AllDirectories));
    }

    [Fact]
    public void ComplianceEnabled_false_turns_the_check_off()
    {
        var project = _package.NewProject("disabled").CSharp("<ComplianceEnabled>false</ComplianceEnabled>").Write("bom.cdx.json", TestBoms.RestrictedSupplier);

        var result = Build(project);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void An_FSharp_project_is_checked_by_the_task()
    {
        var project = _package.NewProject("fsharp").FSharp().Write("bom.cdx.json", TestBoms.RestrictedSupplier);

        var result = Build(project);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal(("bom.cdx.json", 11, 30, "SCC001"), Assert.Single(result.Diagnostics) is var d ? (d.File, d.Line, d.Column, d.Id) : default);
    }

    [Fact]
    public void A_NoTargets_project_is_checked_by_the_task()
    {
        var project = _package.NewProject("notargets").NoTargets().Write("bom.cdx.json", TestBoms.RestrictedSupplier);

        var result = Build(project);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal(("bom.cdx.json", 11, 30, "SCC001"), Assert.Single(result.Diagnostics) is var d ? (d.File, d.Line, d.Column, d.Id) : default);
    }

    [Fact]
    public void In_a_design_time_build_the_analyzer_reports_the_same_finding_and_the_task_stays_out()
    {
        var project = _package.NewProject("design-time").CSharp().Write("bom.cdx.json", TestBoms.RestrictedSupplier);

        var result = Build(project, "-p:DesignTimeBuild=true");

        AssertAnalyzerLoaded(result);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(new BuildResult.Diagnostic(project.PathOf("bom.cdx.json"), 11, 30, "error", "SCC001", CoreFindings.BuildMessage(CoreFindings.Single(TestBoms.RestrictedSupplier, "SCC001"))),
            diagnostic);
        Assert.Empty(Directory.GetFiles(project.PathOf("obj"), "compliance.*", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_command_line_build_compiles_with_the_analyzer_loaded_and_silent()
    {
        var project = _package.NewProject("analyzer-silent").CSharp().Write("bom.json", TestBoms.RestrictedAuthor);

        var result = Build(project, "-v:d");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"/analyzer:\S*Compliance\.Analyzer\.dll", result.Output);
        AssertAnalyzerLoaded(result);
        Assert.Single(result.OfId("SCC002"));
    }
}
