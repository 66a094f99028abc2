using System.Collections.Generic;
using Compliance.Entities;

namespace Compliance.Matching;

/// <summary>An entity one evidence value points at, before the evidence's weight is applied.</summary>
/// <param name="ConfidentKind">True when the kind of match is confident (exact name or alias, a listed identifier).</param>
internal sealed record ValueHit(Entity Entity, string MatchedName, string Kind, double Score, bool ConfidentKind, string Explanation);

/// <summary>The best hit per entity: a confident kind first, then the highest score.</summary>
internal sealed class ValueHits
{
    private readonly System.Func<ValueHit, bool>? _admits;
    // Made on the first hit: most values match nothing.
    private Dictionary<Entity, ValueHit>? _best;
    private List<Entity>? _order;

    /// <param name="admits">Which hits the evidence can carry (<see cref="EntityTypeRules"/>); others are dropped as they come, so that they cannot hide an admitted hit for the same entity.</param>
    public ValueHits(System.Func<ValueHit, bool>? admits = null) => _admits = admits;

    public void Add(ValueHit hit)
    {
        if (_admits is not null && !_admits(hit)) return;
        _best ??= new Dictionary<Entity, ValueHit>();
        _order ??= new List<Entity>();
        if (_best.TryGetValue(hit.Entity, out var current))
        {
            if (current.ConfidentKind && !hit.ConfidentKind) return;
            if (current.ConfidentKind == hit.ConfidentKind && current.Score >= hit.Score) return;
            _best[hit.Entity] = hit;
            return;
        }
        _best.Add(hit.Entity, hit);
        _order.Add(hit.Entity);
    }

    public void AddAll(IReadOnlyList<ValueHit> hits)
    {
        for (int i = 0; i < hits.Count; i++) Add(hits[i]);
    }

    public IReadOnlyList<ValueHit> ToList()
    {
        if (_order is null || _best is null) return System.Array.Empty<ValueHit>();
        var list = new List<ValueHit>(_order.Count);
        foreach (var entity in _order) list.Add(_best[entity]);
        return list;
    }
}
