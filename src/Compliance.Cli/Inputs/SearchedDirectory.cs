using System;
using System.Collections.Generic;
using System.IO;
using Compliance.Diagnostics;
using Compliance.Json;
using Microsoft.Extensions.FileSystemGlobbing.Abstractions;

namespace Compliance.Cli.Inputs;

/// <summary>
/// A folder as the glob matcher walks it, following symbolic links but entering each real folder once (a link
/// back to a parent would otherwise be followed until the system refuses, finding the same BOMs again and again).
/// A folder that cannot be listed is recorded as a problem, never skipped in silence.
/// </summary>
internal sealed class SearchedDirectory : DirectoryInfoBase
{
    private static readonly EnumerationOptions ListEverything = new() { AttributesToSkip = 0, IgnoreInaccessible = false };

    private readonly DirectoryInfo _directory;
    private readonly SearchedDirectory? _parent;
    private readonly Walk _walk;

    private SearchedDirectory(DirectoryInfo directory, SearchedDirectory? parent, Walk walk)
    {
        _directory = directory;
        _parent = parent;
        _walk = walk;
    }

    /// <summary>What one search shares: the real folders entered so far and the problems met.</summary>
    public sealed class Walk
    {
        public HashSet<string> Entered { get; } = new(StringComparer.Ordinal);
        public List<JsonProblem> Problems { get; } = new();
    }

    public static SearchedDirectory Root(string path, Walk walk)
    {
        var root = new SearchedDirectory(new DirectoryInfo(path), null, walk);
        walk.Entered.Add(RealPath(root._directory));
        return root;
    }

    public override string Name => _directory.Name;
    public override string FullName => _directory.FullName;
    public override DirectoryInfoBase? ParentDirectory => _parent;

    public override IEnumerable<FileSystemInfoBase> EnumerateFileSystemInfos()
    {
        var entries = new List<FileSystemInfoBase>();
        try
        {
            foreach (var entry in _directory.EnumerateFileSystemInfos("*", ListEverything))
            {
                if (entry is FileInfo file) entries.Add(new FileInfoWrapper(file));
                else if (entry is DirectoryInfo folder && _walk.Entered.Add(RealPath(folder))) entries.Add(new SearchedDirectory(folder, this, _walk));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            _walk.Problems.Add(new JsonProblem(SourceSpan.WholeFile(_directory.FullName), $"the folder could not be searched: {e.Message}"));
        }
        return entries;
    }

    public override DirectoryInfoBase? GetDirectory(string path) =>
        path == ".." ? _parent : new SearchedDirectory(new DirectoryInfo(Path.Combine(FullName, path)), this, _walk);

    public override FileInfoBase? GetFile(string path) => new FileInfoWrapper(new FileInfo(Path.Combine(FullName, path)));

    /// <summary>The folder a path finally designates, through any symbolic links on its last step.</summary>
    private static string RealPath(DirectoryInfo folder) =>
        folder.LinkTarget is null ? folder.FullName : Path.GetFullPath(folder.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? folder.FullName);
}
