using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Compliance.Diagnostics;
using Compliance.Json;
using Microsoft.Extensions.FileSystemGlobbing;

namespace Compliance.Cli.Inputs;

/// <summary>
/// Turns the command line's inputs (files, folders, globs) into BOM paths. A named file is always screened (and is
/// an error if it is not a BOM); a folder contributes its <c>*.json</c> files, recursively, skipping well-formed JSON
/// that is not a BOM; a glob that matches nothing, or a path that does not exist, is an error: never a silent pass.
/// </summary>
public static class InputExpander
{
    public sealed record Input(string Path, bool FromFolder);

    public static (List<Input> Inputs, List<JsonProblem> Problems) Expand(IEnumerable<string> arguments, string workingDirectory)
    {
        var inputs = new List<Input>();
        var problems = new List<JsonProblem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            if (IsGlob(argument))
            {
                var matches = Glob(argument, workingDirectory);
                if (matches.Count == 0) problems.Add(new JsonProblem(SourceSpan.WholeFile(argument), "the pattern matches no file"));
                foreach (var match in matches) Add(new Input(match, false));
            }
            else if (Directory.Exists(argument))
            {
                var files = Directory.EnumerateFiles(argument, "*.json", SearchOption.AllDirectories)
                    .OrderBy(f => f, StringComparer.Ordinal)
                    .ToList();
                if (files.Count == 0) problems.Add(new JsonProblem(SourceSpan.WholeFile(argument), "the folder holds no .json file"));
                foreach (var file in files) Add(new Input(file, true));
            }
            else
            {
                Add(new Input(argument, false));
            }
        }
        return (inputs, problems);

        void Add(Input input)
        {
            if (seen.Add(Path.GetFullPath(Path.Combine(workingDirectory, input.Path)))) inputs.Add(input);
        }
    }

    private static bool IsGlob(string argument) => argument.IndexOfAny(new[] { '*', '?', '[' }) >= 0 && !File.Exists(argument);

    private static List<string> Glob(string pattern, string workingDirectory)
    {
        // Split the pattern into the fixed folder it starts from and the wildcard part.
        string normalized = pattern.Replace('\\', '/');
        var parts = normalized.Split('/');
        int firstWild = Array.FindIndex(parts, p => p.IndexOfAny(new[] { '*', '?', '[' }) >= 0);
        string root = string.Join("/", parts.Take(firstWild));
        string rest = string.Join("/", parts.Skip(firstWild));
        string rootPath = root.Length == 0 ? "." : (normalized.StartsWith("/", StringComparison.Ordinal) && root.Length == 0 ? "/" : root);
        string searchRoot = Path.GetFullPath(Path.Combine(workingDirectory, rootPath));
        if (!Directory.Exists(searchRoot)) return new List<string>();
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(rest);
        return matcher.GetResultsInFullPath(searchRoot)
            .Select(full => root.Length == 0 ? Path.GetRelativePath(workingDirectory, full) : Path.Combine(root, Path.GetRelativePath(searchRoot, full)))
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();
    }
}
