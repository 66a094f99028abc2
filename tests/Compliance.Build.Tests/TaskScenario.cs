using System;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Compliance.Build.Tests;

/// <summary>A project folder in a temporary directory, and the two tasks run on it as the targets run them.</summary>
internal sealed class TaskScenario : IDisposable
{
    public TaskScenario()
    {
        ProjectDirectory = Path.Combine(Path.GetTempPath(), "compliance-build-tests", Path.GetRandomFileName());
        Directory.CreateDirectory(ProjectDirectory);
        FindingsFile = Path.Combine(ProjectDirectory, "obj", "compliance.findings.json");
    }

    public string ProjectDirectory { get; }
    public string FindingsFile { get; }
    public MockBuildEngine Engine { get; } = new();

    public string Write(string relativePath, string content)
    {
        string path = Path.Combine(ProjectDirectory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return relativePath;
    }

    /// <summary>An item as MSBuild passes it: the path as written in the project, relative to the project folder.</summary>
    public ITaskItem Item(string relativePath) => new TaskItem(relativePath);

    public ScreenBoms Screen(params string[] manifests) => new()
    {
        BuildEngine = Engine,
        Manifests = manifests.Select(Item).ToArray(),
        AsOf = CoreFindings.AsOf,
        FindingsFile = FindingsFile,
        ProjectDirectory = ProjectDirectory,
    };

    public ReportFindings Report() => new() { BuildEngine = Engine, FindingsFile = FindingsFile };

    /// <summary>Screens, then reports; true if both passed.</summary>
    public bool Run(ScreenBoms screen) => screen.Execute() && Report().Execute();

    public void Dispose()
    {
        try
        {
            Directory.Delete(ProjectDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
