using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Compliance.Boms;
using Compliance.Entities;
using Compliance.Screening;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Compliance.Analyzer;

/// <summary>
/// Parsed BOMs, entity lists and screening results keyed by file content, kept by the analyzer instance across
/// compilations: an IDE builds a new compilation on every edit, and editing C# must not re-read an unchanged BOM.
/// </summary>
internal sealed class ScreeningCache
{
    private const int Capacity = 256;
    private static readonly Lazy<EntityList> DefaultList = new(DefaultEntityList.Load);

    private readonly ConcurrentDictionary<FileKey, Bom> _boms = new();
    private readonly ConcurrentDictionary<FileKey, EntityList> _lists = new();
    private readonly ConcurrentDictionary<string, ScreeningResult> _results = new(StringComparer.Ordinal);
    private int _bomsRead;

    /// <summary>How many times a BOM's text was parsed (not taken from the cache).</summary>
    public int BomsRead => Volatile.Read(ref _bomsRead);

    public ScreeningResult Screen(AnalyzerSettings settings, CancellationToken cancellationToken)
    {
        var bomKeys = settings.Manifests.Select(f => Key(f, cancellationToken)).ToList();
        var listKeys = settings.EntityLists.Select(f => Key(f, cancellationToken)).ToList();
        string resultKey = string.Join("|", new[] { settings.Key }
            .Concat(bomKeys.Select(k => k.ToString())).Concat(new[] { "lists" }).Concat(listKeys.Select(k => k.ToString())));
        return GetOrAdd(_results, resultKey, _ =>
        {
            var boms = bomKeys.Select(k => GetOrAdd(_boms, k, key =>
            {
                Interlocked.Increment(ref _bomsRead);
                return BomReader.ReadText(key.Path, key.Text.ToString());
            })).ToList();
            var lists = new List<EntityList>();
            if (settings.UseDefaultList) lists.Add(DefaultList.Value);
            lists.AddRange(listKeys.Select(k => GetOrAdd(_lists, k, key => EntityListLoader.LoadText(key.Path, key.Text.ToString()))));
            return Screener.Screen(boms, EntityCatalog.Combine(lists), settings.Options);
        });
    }

    private static FileKey Key(AdditionalText file, CancellationToken cancellationToken)
    {
        var text = file.GetText(cancellationToken) ?? SourceText.From(string.Empty);
        return new FileKey(file.Path, Convert.ToBase64String(text.GetContentHash().ToArray()), text);
    }

    private static TValue GetOrAdd<TKey, TValue>(ConcurrentDictionary<TKey, TValue> cache, TKey key, Func<TKey, TValue> create)
        where TKey : notnull
    {
        if (cache.TryGetValue(key, out var value)) return value;
        if (cache.Count >= Capacity) cache.Clear();
        return cache.GetOrAdd(key, create);
    }

    /// <summary>A file by path and content hash; the text rides along to parse on a miss but takes no part in equality.</summary>
    private readonly struct FileKey : IEquatable<FileKey>
    {
        public FileKey(string path, string hash, SourceText text)
        {
            Path = path;
            Hash = hash;
            Text = text;
        }

        public string Path { get; }
        public string Hash { get; }
        public SourceText Text { get; }

        public bool Equals(FileKey other) => string.Equals(Path, other.Path, StringComparison.Ordinal) && string.Equals(Hash, other.Hash, StringComparison.Ordinal);
        public override bool Equals(object? obj) => obj is FileKey other && Equals(other);
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Path) ^ StringComparer.Ordinal.GetHashCode(Hash);
        public override string ToString() => Path + "#" + Hash;
    }
}
