using System.Collections.Generic;
using System.IO;
using System.Linq;
using Compliance.Tests;
using Compliance.Tests.Reliability;
using Xunit.Abstractions;

namespace Compliance.Core.Tests.Reliability;

/// <summary>Seeded mutations of the embedded default list and the example exemption file, checked against <see cref="Invariants"/>.</summary>
public class ListMutationTests
{
    private const int Mutations = 1400;

    private readonly ITestOutputHelper _output;

    public ListMutationTests(ITestOutputHelper output) => _output = output;

    [Theory]
    [InlineData("src/Compliance.Core/Entities/default-entities.json")]
    [InlineData("examples/lists/exemptions.json")]
    public void Mutations_of_a_real_list_keep_the_invariants(string relativePath)
    {
        var original = File.ReadAllBytes(TestPaths.Repo(relativePath.Split('/')));
        Assert.True(Invariants.CheckEntityList(relativePath, original) is { Readable: true, Failure: null }, "the list itself");

        var mutator = new Mutator(original);
        var failures = new List<string>();
        var tried = new Dictionary<MutationKind, (int Readable, int Rejected)>();
        for (int i = 0; i < Mutations; i++)
        {
            var kind = Mutator.Kinds[i % Mutator.Kinds.Length];
            int seed = BomMutationTests.StableSeed(relativePath, i);
            var mutation = mutator.Mutate(kind, seed);
            var outcome = Invariants.CheckEntityList(relativePath, mutation.Bytes);
            tried.TryGetValue(kind, out var counts);
            tried[kind] = outcome.Readable ? (counts.Readable + 1, counts.Rejected) : (counts.Readable, counts.Rejected + 1);
            if (outcome.Failure is not null) failures.Add($"{kind} seed {seed} ({mutation.Description}): {outcome.Failure}");
        }
        foreach (var (kind, (readable, rejected)) in tried) _output.WriteLine($"{kind}: {readable + rejected} tried, {readable} read cleanly, {rejected} SCC008");

        Assert.True(failures.Count == 0, $"{failures.Count} of {Mutations} mutations broke an invariant:\n" + string.Join("\n", failures.Take(20)));
    }
}
