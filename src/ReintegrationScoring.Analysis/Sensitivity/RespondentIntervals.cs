using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ReintegrationScoring.Analysis.Cohorts;
using ReintegrationScoring.Analysis.Statistics;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring.Analysis.Sensitivity;

/// <summary>
/// Per respondent, on request: the 5th–95th percentile interval of each score over the drawn weight sets. Each survey is
/// scored by the core engine under every draw, so the cost is surveys × draws (unlike the group figures, which do not grow
/// with the surveys): meant for a case file or a sample, not for a million surveys.
/// </summary>
public static class RespondentIntervals
{
    /// <summary>The intervals of each survey, in input order, streaming.</summary>
    /// <param name="surveys">The surveys.</param>
    /// <param name="request">The weights, policy and settings (the groups and round are not used; every survey is scored).</param>
    /// <param name="cancellationToken">Stops between surveys.</param>
    /// <returns>For each survey, its four intervals (economic, social, psychosocial, composite).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="surveys"/> or <paramref name="request"/> is null.</exception>
    public static IEnumerable<KeyValuePair<CohortSurvey, IReadOnlyList<RespondentInterval>>> Of(
        IEnumerable<CohortSurvey> surveys,
        SensitivityRequest request,
        CancellationToken cancellationToken = default)
    {
        Preconditions.NotNull(surveys);
        Preconditions.NotNull(request);
        return Iterate(surveys, request, cancellationToken);
    }

    private static IEnumerable<KeyValuePair<CohortSurvey, IReadOnlyList<RespondentInterval>>> Iterate(
        IEnumerable<CohortSurvey> surveys,
        SensitivityRequest request,
        CancellationToken cancellationToken)
    {
        var engines = WeightDraws.Create(request.WeightSet, request.Settings).Select(d => new ScoringEngine(d, request.Options)).ToArray();
        var values = Enumerable.Range(0, ScoreLayout.Kinds).Select(_ => new List<double>(engines.Length)).ToArray();
        foreach (var survey in surveys)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var list in values)
            {
                list.Clear();
            }

            foreach (var engine in engines)
            {
                var scores = engine.ComputeScores(survey.Result.Response);
                for (var kind = 0; kind < ScoreLayout.Kinds; kind++)
                {
                    if (scores[(ScoreKind)kind].TryGetValue(out var value))
                    {
                        values[kind].Add(value);
                    }
                }
            }

            var intervals = new RespondentInterval[ScoreLayout.Kinds];
            for (var kind = 0; kind < ScoreLayout.Kinds; kind++)
            {
                var list = values[kind];
                list.Sort();
                intervals[kind] = list.Count == 0
                    ? new RespondentInterval((ScoreKind)kind, null, null, 0)
                    : new RespondentInterval((ScoreKind)kind, Quantiles.Type7(list, 0.05), Quantiles.Type7(list, 0.95), list.Count);
            }

            yield return new KeyValuePair<CohortSurvey, IReadOnlyList<RespondentInterval>>(survey, Array.AsReadOnly(intervals));
        }
    }
}
