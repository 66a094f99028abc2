using System.Collections.Generic;
using Compliance.Entities;

namespace Compliance.Matching;

/// <summary>An entity one evidence value points at, before the evidence's weight is applied.</summary>
/// <param name="ConfidentKind">True when the kind of match is confident (exact name or alias, a listed identifier).</param>
internal sealed record ValueHit(Entity Entity, string MatchedName, string Kind, double Score, bool ConfidentKind, string Explanation);

/// <summary>The best hit per entity: a confident kind first, then the highest score.</summary>
internal sealed class ValueHits
{
    private readonly Dictionary<Entity, ValueHit> _best = new();
    private readonly List<Entity> _order = new();

    public void Add(ValueHit hit)
    {
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

    public void AddAll(IEnumerable<ValueHit> hits)
    {
        foreach (var hit in hits) Add(hit);
    }

    public IReadOnlyList<ValueHit> ToList()
    {
        if (_order.Count == 0) return System.Array.Empty<ValueHit>();
        var list = new List<ValueHit>(_order.Count);
        foreach (var entity in _order) list.Add(_best[entity]);
        return list;
    }
}
