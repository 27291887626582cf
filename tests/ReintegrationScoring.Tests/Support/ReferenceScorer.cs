using System;
using System.Linq;

namespace ReintegrationScoring.Tests.Support;

/// <summary>
/// Reference section 7 written as plainly as possible, to check the engine against: for one score, S = its measures
/// not answered not_applicable, A ⊆ S the answered ones, w the score's weights.
/// </summary>
public static class ReferenceScorer
{
    /// <summary>The expected status and value of one score; the value is NaN when the score is not computed.</summary>
    public static (ScoreStatus Status, double Value, double Coverage, int Missing) Expected(
        WeightSet weights, Answer[] answers, ScoreKind kind, ScoringOptions options)
    {
        var catalog = weights.Catalog;
        var indices = Enumerable.Range(0, catalog.Measures.Count)
            .Where(i => kind == ScoreKind.Composite || catalog.Measures[i].Dimension.ToScoreKind() == kind)
            .ToArray();
        double Weight(int i) => kind == ScoreKind.Composite ? weights.Weights[i].Composite : weights.Weights[i].Dimensional;
        double Points(int i) => catalog.Measures[i].Scale.Options[answers[i].OptionIndex].Points;

        var s = indices.Where(i => answers[i].Kind != AnswerKind.NotApplicable).ToArray();
        var a = s.Where(i => answers[i].Kind == AnswerKind.Option).ToArray();
        var missing = s.Length - a.Length;
        var sumS = s.Sum(Weight);
        var sumA = a.Sum(Weight);
        var points = a.Sum(i => Points(i) * Weight(i));
        if (!(sumS > 0))
        {
            return (ScoreStatus.NoApplicableMeasures, double.NaN, 0, missing);
        }

        var coverage = sumA / sumS;
        return options.MissingAnswerPolicy switch
        {
            MissingAnswerPolicy.Strict => missing > 0 ? (ScoreStatus.MissingAnswers, double.NaN, coverage, missing) : (ScoreStatus.Computed, points / sumS, coverage, missing),
            MissingAnswerPolicy.Renormalize => sumA > 0 && coverage >= options.MinimumCoverage - 1e-12
                ? (ScoreStatus.Computed, points / sumA, coverage, missing)
                : (ScoreStatus.InsufficientCoverage, double.NaN, coverage, missing),
            MissingAnswerPolicy.Zero => (ScoreStatus.Computed, points / sumS, coverage, missing),
            _ => throw new ArgumentOutOfRangeException(nameof(options)),
        };
    }
}
