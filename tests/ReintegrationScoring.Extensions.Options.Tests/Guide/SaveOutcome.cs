using System.Collections.Generic;
using ReintegrationScoring.Json;

namespace ReintegrationScoring.Extensions.Options.Tests.Guide;

/// <summary>What saving a survey gave: its stored result, or the problems to show the case worker.</summary>
public sealed record SaveOutcome(StoredScoreResult? Result, IReadOnlyList<JsonProblem> Problems)
{
    public static SaveOutcome Saved(StoredScoreResult result) => new(result, new List<JsonProblem>());

    public static SaveOutcome Rejected(IReadOnlyList<JsonProblem> problems) => new(null, problems);
}
