using ReintegrationScoring.Internal;

namespace ReintegrationScoring.Scoring.Engine;

/// <summary>
/// Turns a score's sums into a <see cref="Score"/> under the missing-answer policy (reference section 7): the one place
/// every kernel decides a status and forms the quotients.
/// </summary>
internal sealed class ScoreRules
{
    public ScoreRules(ScoringOptions options)
    {
        Policy = options.MissingAnswerPolicy;
        MinimumCoverage = options.MinimumCoverage;
    }

    public MissingAnswerPolicy Policy { get; }

    public double MinimumCoverage { get; }

    /// <summary>The denominator a score's points are divided by: Σ_A w under renormalize, Σ_S w otherwise.</summary>
    public DoubleDouble Denominator(in ScoreTotals totals) =>
        Policy == MissingAnswerPolicy.Renormalize ? totals.Answered : totals.Applicable;

    public ScoreSet Finish(in ResponseTotals totals) =>
        new(Finish(in totals.Economic), Finish(in totals.Social), Finish(in totals.Psychosocial), Finish(in totals.Composite));

    public Score Finish(in ScoreTotals totals) => Finish(
        totals.Answered.Hi,
        totals.Applicable.Hi,
        totals.Missing,
        DoubleDouble.Quotient(totals.Answered, totals.Applicable),
        DoubleDouble.Quotient(totals.Points, Denominator(in totals)));

    /// <summary>
    /// A score from its weight sums, missing count and the two quotients the policy may need, which the caller forms (one
    /// response at a time, or eight lanes at once: the same operations either way); a quotient the outcome does not use
    /// is ignored.
    /// </summary>
    /// <param name="answered">The high part of Σ_A w: positive exactly when the sum is.</param>
    /// <param name="applicable">The high part of Σ_S w: positive exactly when the sum is.</param>
    /// <param name="missing">The missing count.</param>
    /// <param name="coverage">Σ_A w / Σ_S w, rounded once.</param>
    /// <param name="value">Σ_A p·w / <see cref="Denominator"/>, rounded once.</param>
    /// <remarks>
    /// The coverage is compared with the minimum as it is, with no slack: it is the exact share rounded to the nearest
    /// double, so a share that equals the minimum on paper (8 of 10 equal weights against 0.8) is the minimum's double.
    /// </remarks>
    public Score Finish(double answered, double applicable, int missing, double coverage, double value)
    {
        if (!(applicable > 0))
        {
            return new Score(ScoreStatus.NoApplicableMeasures, 0, 0, missing);
        }

        return Policy switch
        {
            MissingAnswerPolicy.Strict when missing > 0 => new Score(ScoreStatus.MissingAnswers, 0, coverage, missing),
            MissingAnswerPolicy.Renormalize when !(answered > 0 && coverage >= MinimumCoverage) =>
                new Score(ScoreStatus.InsufficientCoverage, 0, coverage, missing),
            _ => new Score(ScoreStatus.Computed, value, coverage, missing),
        };
    }
}
