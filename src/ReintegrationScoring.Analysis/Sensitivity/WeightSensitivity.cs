using System;
using System.Collections.Generic;
using System.Threading;
using ReintegrationScoring.Analysis.Cohorts;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring.Analysis.Sensitivity;

/// <summary>
/// Uncertainty analysis of the weights (docs/sensitivity.md): how far group means and their ranking depend on weights
/// nobody can check. Perturbs every weight (<see cref="WeightDraws"/>), rescores the cohort under each draw with the same
/// missing-answer policy, and reports the nominal figures beside their 5th, 50th and 95th percentiles over the draws.
/// </summary>
public static class WeightSensitivity
{
    /// <summary>Analyses a cohort, read once.</summary>
    /// <param name="surveys">The scored surveys with their attributes.</param>
    /// <param name="request">The weights, policy, groups, round and settings.</param>
    /// <param name="progress">Told after each batch of draws; may be called from worker threads.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The figures by round, group and score, the stability of the ranks, and the draws.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="surveys"/> or <paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException">A survey is for another catalog than the weight set's.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    /// <exception cref="InvalidOperationException">Groups × 4 × draws exceed <see cref="SensitivityAccumulator.MaxFigures"/>.</exception>
    public static SensitivityResult Analyze(
        IEnumerable<CohortSurvey> surveys,
        SensitivityRequest request,
        IProgress<SensitivityProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        Preconditions.NotNull(surveys);
        var accumulator = new SensitivityAccumulator(Preconditions.NotNull(request));
        var added = 0;
        foreach (var survey in surveys)
        {
            accumulator.Add(survey);
            if ((++added & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        return accumulator.Analyze(progress, cancellationToken);
    }
}
