using Compliance.Boms;
using Compliance.Entities;

namespace Compliance.Matching;

/// <summary>Why a piece of evidence points at an entity.</summary>
/// <param name="MatchedName">The entity's name, alias or identifier that matched.</param>
/// <param name="Kind">How it matched: one of <see cref="MatchKinds"/>.</param>
/// <param name="Score">Confidence from 0 to 1.</param>
/// <param name="Confident">True for an SCC001-grade match: a confident kind on strong evidence.</param>
/// <param name="Explanation">What the evidence value does, for the finding's message, for example "matches the alias 'Huawei'".</param>
public sealed record EntityMatch(Entity Entity, Evidence Evidence, string MatchedName, string Kind, double Score, bool Confident, string Explanation);
