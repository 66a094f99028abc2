using Compliance.Diagnostics;

namespace Compliance.Json;

/// <summary>Something in a JSON file that prevented it from being read completely.</summary>
public sealed record JsonProblem(SourceSpan Location, string Message);
