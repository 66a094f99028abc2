using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Compliance.Boms;
using Compliance.Configuration;
using Compliance.Diagnostics;
using Compliance.Entities;
using Compliance.Json;
using Compliance.Reporting;
using Compliance.Screening;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Compliance.Build;

/// <summary>
/// Screens the project's BOMs with the engine and stores the findings (the JSON report) for <see cref="ReportFindings"/>
/// to log. It logs nothing itself, so that a build where this step is up to date prints exactly what one where it ran
/// prints. On any failure it leaves no findings file behind, so the next build screens again.
/// </summary>
public sealed class ScreenBoms : Task
{
    /// <summary>The BOM files; each item's identity is the path the findings show.</summary>
    [Required]
    public ITaskItem[] Manifests { get; set; } = Array.Empty<ITaskItem>();

    public ITaskItem[] EntityLists { get; set; } = Array.Empty<ITaskItem>();

    /// <summary><c>.globalconfig</c> files with <c>dotnet_diagnostic.SCCnnn.severity</c> settings, later files win.</summary>
    public ITaskItem[] ConfigFiles { get; set; } = Array.Empty<ITaskItem>();

    public bool UseDefaultEntityList { get; set; } = true;

    /// <summary>The date exemptions and list ages are judged at (yyyy-mm-dd); the targets pass today's UTC date by default.</summary>
    [Required]
    public string AsOf { get; set; } = "";

    /// <summary>An exemption in use that expires within this many days gives SCC005.</summary>
    public int ExemptionWarningDays { get; set; } = ScreeningOptions.DefaultExemptionWarningDays;

    /// <summary>The component property holding a classification (such as an ECCN) that exemptions can match.</summary>
    public string ClassificationProperty { get; set; } = ScreeningOptions.DefaultClassificationProperty;

    public string? NoWarn { get; set; }
    public string? WarningsAsErrors { get; set; }
    public string? WarningsNotAsErrors { get; set; }
    public bool TreatWarningsAsErrors { get; set; }

    /// <summary>Where the findings are stored (normally under <c>obj/</c>).</summary>
    [Required]
    public string FindingsFile { get; set; } = "";

    /// <summary>The project folder: relative item paths are resolved against it, and report paths made relative to it.</summary>
    [Required]
    public string ProjectDirectory { get; set; } = "";

    public override bool Execute()
    {
        try
        {
            DeleteFindings(FindingsFile);
            var options = new ScreeningOptions();
            if (!Dates.TryParse(AsOf, out var asOf))
            {
                Log.LogError($"ComplianceAsOf: '{AsOf}' is not a date such as 2027-06-30");
                return false;
            }
            options.AsOf = asOf;
            if (ExemptionWarningDays < 0)
            {
                Log.LogError($"ComplianceExemptionWarningDays: {ExemptionWarningDays} is not a number of days");
                return false;
            }
            options.ExemptionWarningDays = ExemptionWarningDays;
            options.ClassificationProperty = ClassificationProperty;
            if (!TryReadSeverities(out var severities)) return false;
            options.Severities = severities;

            var lists = new List<EntityList>();
            if (UseDefaultEntityList) lists.Add(DefaultEntityList.Load());
            lists.AddRange(EntityLists.Select(ReadEntityList));
            var catalog = EntityCatalog.Combine(lists);
            if (catalog.DefinesNothing)
            {
                DeleteFindings(FindingsFile);
                Log.LogError("no entity list defines an entity, so nothing would be screened: add a ComplianceEntityList item, or leave ComplianceUseDefaultEntityList true");
                return false;
            }
            var boms = Manifests.Select(ReadBom).ToList();
            var result = Screener.Screen(boms, catalog, options);

            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(FindingsFile))!);
            using (var writer = new StreamWriter(FindingsFile, false, new UTF8Encoding(false)))
            {
                new JsonReportWriter().Write(result, new ReportContext(ProjectDirectory), writer);
            }
            Log.LogMessage(MessageImportance.Low, SummaryLine.For(result));
            return !Log.HasLoggedErrors;
        }
        catch (Exception e)
        {
            DeleteFindings(FindingsFile);
            Log.LogError($"the compliance check could not run, so the build cannot pass: {e.GetType().Name}: {e.Message}");
            return false;
        }
    }

    internal static void DeleteFindings(string path)
    {
        if (path.Length > 0 && File.Exists(path)) File.Delete(path);
    }

    /// <summary>An item's path resolved against the project folder (not the process's current folder, which MSBuild may share).</summary>
    private string FullPath(ITaskItem item) => Path.GetFullPath(Path.Combine(ProjectDirectory, item.ItemSpec));

    private Bom ReadBom(ITaskItem item)
    {
        string display = item.ItemSpec;
        if (!InputFile.TryReadAllBytes(FullPath(item), BomReader.DefaultMaxBytes, "BOM", out var bytes, out var problem))
        {
            return new Bom(display, BomFormat.Unknown, null, Array.Empty<Component>(), new[] { problem! with { Location = SourceSpan.WholeFile(display) } });
        }
        return BomReader.Read(new JsonText(display, bytes!));
    }

    private EntityList ReadEntityList(ITaskItem item)
    {
        string display = item.ItemSpec;
        if (!InputFile.TryReadAllBytes(FullPath(item), EntityListLoader.DefaultMaxBytes, "entity list", out var bytes, out var problem))
        {
            var failed = new EntityList(display);
            failed.Problems.Add(problem! with { Location = SourceSpan.WholeFile(display) });
            return failed;
        }
        return EntityListLoader.Load(new JsonText(display, bytes!));
    }

    private bool TryReadSeverities(out SeverityConfiguration severities)
    {
        severities = new SeverityConfiguration();
        foreach (var item in ConfigFiles)
        {
            string text;
            try
            {
                text = File.ReadAllText(FullPath(item));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                Log.LogError(null, null, null, item.ItemSpec, 0, 0, 0, 0, $"the .globalconfig file could not be read: {e.Message}");
                continue;
            }
            foreach (var problem in severities.ReadGlobalConfig(item.ItemSpec, text))
            {
                var at = problem.Location;
                Log.LogError(null, null, null, at.Path, at.StartLine, at.StartColumn, 0, 0, problem.Message);
            }
        }
        severities.AllWarningsAsErrors = TreatWarningsAsErrors;
        foreach (var id in SeverityConfiguration.SplitIds(WarningsAsErrors)) severities.WarningsAsErrors.Add(id);
        foreach (var id in SeverityConfiguration.SplitIds(WarningsNotAsErrors)) severities.WarningsNotAsErrors.Add(id);
        foreach (var id in SeverityConfiguration.SplitIds(NoWarn)) severities.NoWarn.Add(id);
        return !Log.HasLoggedErrors;
    }
}
