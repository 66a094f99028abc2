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
/// an error if it is not a BOM); a folder contributes its <c>*.json</c> files and the BOMs in formats that are not
/// read (<see cref="FolderPatterns"/>), recursively, skipping well-formed JSON that is not a BOM; a glob that matches nothing, a path that does not exist or cannot be a path, and a folder that
/// cannot be searched are errors: never a silent pass.
/// </summary>
public static class InputExpander
{
    public sealed record Input(string Path, bool FromFolder);

    private static readonly char[] Wildcards = { '*', '?', '[' };

    /// <summary>
    /// What a folder search takes, in any letter case ("SBOM.JSON" too): JSON files, and files named as BOMs in a
    /// format that is not read (CycloneDX XML, SPDX tag-value, RDF, XML, YAML), which are then reported rather than
    /// skipped without a word.
    /// </summary>
    private static readonly string[] FolderPatterns =
    {
        "**/*.json", "**/bom.xml", "**/*.cdx.xml", "**/*.cdx.yaml", "**/*.cdx.yml", "**/*.spdx", "**/*.spdx.tv",
        "**/*.spdx.xml", "**/*.spdx.rdf", "**/*.spdx.rdf.xml", "**/*.spdx.yaml", "**/*.spdx.yml",
    };

    public static (List<Input> Inputs, List<JsonProblem> Problems) Expand(IEnumerable<string> arguments, string workingDirectory)
    {
        var inputs = new List<Input>();
        var problems = new List<JsonProblem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            if (argument.Length == 0 || argument.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
            {
                problems.Add(new JsonProblem(SourceSpan.WholeFile(argument.Replace("\0", "\\0")), "not a valid path"));
            }
            else if (IsGlob(argument))
            {
                var matches = Glob(argument, workingDirectory, problems);
                if (matches.Count == 0) problems.Add(new JsonProblem(SourceSpan.WholeFile(argument), "the pattern matches no file"));
                foreach (var match in matches) Add(new Input(match, false));
            }
            else if (Directory.Exists(argument))
            {
                var files = Search(argument, FolderPatterns, StringComparison.OrdinalIgnoreCase, workingDirectory, problems);
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

    private static bool IsGlob(string argument) => argument.IndexOfAny(Wildcards) >= 0 && !File.Exists(argument) && !Directory.Exists(argument);

    private static List<string> Glob(string pattern, string workingDirectory, List<JsonProblem> problems)
    {
        // Split the pattern into the fixed folder it starts from and the wildcard part.
        string normalized = pattern.Replace('\\', '/');
        var parts = normalized.Split('/');
        int firstWild = Array.FindIndex(parts, p => p.IndexOfAny(Wildcards) >= 0);
        string root = string.Join("/", parts.Take(firstWild));
        if (root.Length == 0 && normalized.StartsWith("/", StringComparison.Ordinal)) root = "/";
        string rest = string.Join("/", parts.Skip(firstWild));
        return Search(root.Length == 0 ? "." : root, new[] { rest }, StringComparison.Ordinal, workingDirectory, problems);
    }

    /// <summary>The files below <paramref name="folder"/> that one of <paramref name="patterns"/> matches, as paths that start with the folder as given.</summary>
    private static List<string> Search(string folder, string[] patterns, StringComparison comparison, string workingDirectory, List<JsonProblem> problems)
    {
        string searchRoot = Path.GetFullPath(Path.Combine(workingDirectory, folder));
        if (!Directory.Exists(searchRoot)) return new List<string>();
        var matcher = new Matcher(comparison);
        matcher.AddIncludePatterns(patterns);
        var walk = new SearchedDirectory.Walk();
        var matches = matcher.Execute(SearchedDirectory.Root(searchRoot, walk)).Files
            .Select(match => folder == "." ? match.Path : Path.Combine(folder, match.Path))
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToList();
        problems.AddRange(walk.Problems);
        return matches;
    }
}
