using System;
using System.Collections.Generic;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring.Scoring.Engine;

/// <summary>How every measure of a response entered its scores: the one way <see cref="ScoreResult.Explain"/> is computed.</summary>
internal static class Explanation
{
    /// <summary>
    /// Each measure's points, weights and contributions (p·w over its score's denominator, exact and rounded once), in
    /// catalog order, from the reference kernel's sums of <paramref name="response"/>, whose scores are <paramref name="scores"/>.
    /// </summary>
    public static IReadOnlyList<MeasureContribution> Of(ReferenceKernel reference, ScoreRules rules, WeightSet weightSet, SurveyResponse response, ScoreSet scores)
    {
        var answers = response.AnswerArray;
        var totals = reference.Accumulate(answers, 0, -1);
        var measures = weightSet.Catalog.Measures;
        var compositeDenominator = rules.Denominator(in totals.Composite);
        var result = new MeasureContribution[measures.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var measure = measures[i];
            var weight = weightSet.Weights[i];
            var answer = answers[i];
            var points = measure.PointsOf(answer);
            var dimensionDenominator = rules.Denominator(in ResponseTotals.Of(ref totals, measure.Dimension));
            result[i] = new MeasureContribution(
                measure,
                answer,
                points,
                weight.Dimensional,
                weight.Composite,
                Contribution(scores[measure.Dimension], points, answer, weight.Dimensional, dimensionDenominator, rules.Policy),
                Contribution(scores.Composite, points, answer, weight.Composite, compositeDenominator, rules.Policy));
        }

        return Array.AsReadOnly(result);
    }

    /// <summary>p·w / the score's denominator, from the exact product and the denominator's sum, rounded once.</summary>
    private static double? Contribution(Score score, double? points, Answer answer, double weight, DoubleDouble denominator, MissingAnswerPolicy policy)
    {
        if (!score.IsComputed || answer.Kind == AnswerKind.NotApplicable)
        {
            return null;
        }

        if (points is { } p)
        {
            return DoubleDouble.Quotient(DoubleDouble.Product(p, weight), denominator);
        }

        return policy == MissingAnswerPolicy.Zero ? 0.0 : null;
    }
}
