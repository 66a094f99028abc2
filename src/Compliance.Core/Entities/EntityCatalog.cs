using System;
using System.Collections.Generic;
using Compliance.Json;

namespace Compliance.Entities;

/// <summary>
/// The entity lists of one run combined: entities by id, and all exemptions. A duplicate id across the user's
/// files is an error naming both places; a user's entity with the id of an embedded default entity replaces it,
/// so that a team can refine a default entry without turning the default list off.
/// </summary>
public sealed class EntityCatalog
{
    private readonly Dictionary<string, Entity> _byId = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Entity> _entities = new();
    private readonly HashSet<string> _defaultIds = new(StringComparer.OrdinalIgnoreCase);

    private EntityCatalog(IReadOnlyList<EntityList> lists) => Lists = lists;

    public IReadOnlyList<EntityList> Lists { get; }
    public IReadOnlyList<Entity> Entities => _entities;
    public List<Exemption> Exemptions { get; } = new();

    /// <summary>Problems in the lists themselves and in combining them; any of them fails the run (SCC008).</summary>
    public List<JsonProblem> Problems { get; } = new();

    /// <summary>Every list was read and none defines an entity or an exemption: screening against it would pass every BOM.</summary>
    public bool DefinesNothing => _entities.Count == 0 && Exemptions.Count == 0 && Problems.Count == 0;

    public Entity? Find(string id) => _byId.TryGetValue(id, out var entity) ? entity : null;

    public static EntityCatalog Combine(IReadOnlyList<EntityList> lists)
    {
        var catalog = new EntityCatalog(lists);
        var exemptionIds = new Dictionary<string, Exemption>(StringComparer.OrdinalIgnoreCase);
        foreach (var list in lists)
        {
            catalog.Problems.AddRange(list.Problems);
            foreach (var entity in list.Entities) catalog.Add(entity, list);
            foreach (var exemption in list.Exemptions)
            {
                if (exemptionIds.TryGetValue(exemption.Id, out var earlier))
                {
                    catalog.Problems.Add(new JsonProblem(exemption.Location, $"exemption id '{exemption.Id}' is already used at {earlier.Location}"));
                    continue;
                }
                exemptionIds.Add(exemption.Id, exemption);
                catalog.Exemptions.Add(exemption);
            }
        }
        return catalog;
    }

    private void Add(Entity entity, EntityList list)
    {
        if (_byId.TryGetValue(entity.Id, out var earlier))
        {
            if (_defaultIds.Remove(entity.Id))
            {
                _entities[_entities.IndexOf(earlier)] = entity;
                _byId[entity.Id] = entity;
                return;
            }
            Problems.Add(new JsonProblem(entity.Location, $"entity id '{entity.Id}' is also defined at {earlier.Location}"));
            return;
        }
        _byId.Add(entity.Id, entity);
        _entities.Add(entity);
        if (list.IsEmbeddedDefault) _defaultIds.Add(entity.Id);
    }
}
