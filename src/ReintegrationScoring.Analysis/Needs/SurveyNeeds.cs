using System;
using System.Collections.Generic;
using ReintegrationScoring.Analysis.Cohorts;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring.Analysis.Needs;

/// <summary>
/// A needs assessment of one survey for case workers: the dimensions whose score is strictly below a threshold the
/// user chose, and the weakest dimension. Immutable; one per survey, so it streams.
/// </summary>
public sealed class SurveyNeeds
{
    private SurveyNeeds(CohortSurvey survey, double threshold)
    {
        Survey = survey;
        Threshold = threshold;
        Below = survey.Result.DimensionsBelow(threshold);
        Weakest = survey.Result.WeakestDimension;
    }

    /// <summary>The survey assessed.</summary>
    public CohortSurvey Survey { get; }

    /// <summary>The threshold.</summary>
    public double Threshold { get; }

    /// <summary>The dimensions with a computed score strictly below <see cref="Threshold"/>, in economic, social, psychosocial order.</summary>
    public IReadOnlyList<Dimension> Below { get; }

    /// <summary>
    /// The dimension with the lowest score (the first in economic, social, psychosocial order on a tie); null unless
    /// all three were computed, since a dimension that could not be scored might be the weakest.
    /// </summary>
    public Dimension? Weakest { get; }

    /// <summary>Assesses <paramref name="survey"/>.</summary>
    /// <param name="survey">The survey.</param>
    /// <param name="threshold">The threshold, in [0, 1].</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="survey"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is not in [0, 1].</exception>
    public static SurveyNeeds Of(CohortSurvey survey, double threshold) =>
        new(Preconditions.NotNull(survey), Preconditions.InUnitInterval(threshold));
}
