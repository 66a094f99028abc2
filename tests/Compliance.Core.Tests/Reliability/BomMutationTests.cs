using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Compliance.Tests;
using Compliance.Tests.Reliability;
using Xunit.Abstractions;

namespace Compliance.Core.Tests.Reliability;

/// <summary>
/// Seeded mutations of every real BOM in the shared fixtures, each with a restricted supplier planted in it, checked
/// against <see cref="Invariants"/>. The seeds are fixed, so a failure reproduces from its message.
/// </summary>
public class BomMutationTests
{
    private readonly ITestOutputHelper _output;

    public BomMutationTests(ITestOutputHelper output) => _output = output;

    public static IEnumerable<object[]> FixtureBoms() =>
        Directory.EnumerateFiles(TestPaths.Fixture("boms"), "*.json", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(TestPaths.Fixture("boms"), p))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new object[] { p });

    /// <summary>Fewer mutations of the largest files, so that every file gets some and the whole run stays short.</summary>
    private static int MutationsFor(int length) => Math.Clamp(40_000_000 / Math.Max(length, 1), 60, 600);

    [Theory]
    [MemberData(nameof(FixtureBoms))]
    public void Mutations_of_a_real_bom_keep_the_invariants(string relativePath)
    {
        var planted = RestrictedSupplier.Plant(File.ReadAllBytes(TestPaths.Fixture("boms", relativePath)));
        string path = Path.Combine("mutated", relativePath);
        var baseline = Invariants.CheckBom(path, planted, checkDeterminism: true);
        Assert.True(baseline is { Readable: true, Failure: null }, $"the planted BOM itself: {baseline.Failure}");

        var mutator = new Mutator(planted);
        int count = MutationsFor(planted.Length);
        var failures = new List<string>();
        var tried = new Dictionary<MutationKind, (int Readable, int Rejected)>();
        for (int i = 0; i < count; i++)
        {
            var kind = Mutator.Kinds[i % Mutator.Kinds.Length];
            int seed = StableSeed(relativePath, i);
            var mutation = mutator.Mutate(kind, seed);
            var outcome = Invariants.CheckBom(path, mutation.Bytes, checkDeterminism: i % 10 == 0);
            tried.TryGetValue(kind, out var counts);
            tried[kind] = outcome.Readable ? (counts.Readable + 1, counts.Rejected) : (counts.Readable, counts.Rejected + 1);
            if (outcome.Failure is not null) failures.Add($"{kind} seed {seed} ({mutation.Description}): {outcome.Failure}");
        }
        foreach (var (kind, (readable, rejected)) in tried) _output.WriteLine($"{kind}: {readable + rejected} tried, {readable} read cleanly, {rejected} SCC007");

        Assert.True(failures.Count == 0, $"{failures.Count} of {count} mutations broke an invariant:\n" + string.Join("\n", failures.Take(20)));
    }

    /// <summary>A seed from the file name and the mutation's number that does not change between runs or platforms.</summary>
    public static int StableSeed(string name, int index)
    {
        unchecked
        {
            int hash = (int)2166136261;
            foreach (char c in name.Replace('\\', '/')) hash = (hash ^ c) * 16777619;
            return (hash ^ index) * 16777619;
        }
    }
}
