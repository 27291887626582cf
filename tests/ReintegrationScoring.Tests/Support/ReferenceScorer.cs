using System;
using System.Linq;
using Xunit;

namespace ReintegrationScoring.Tests.Support;

/// <summary>
/// Reference section 7 evaluated exactly, to check the engine against: for one score, S = its measures not answered
/// not_applicable, A ⊆ S the answered ones, w the score's weights and p the points, all taken as the exact values of
/// their doubles. Σ_A p·w, Σ_A w and Σ_S w and their quotients are exact fractions; the engine must give each quotient
/// rounded once to a double (<see cref="ExactRounding"/>).
/// </summary>
public static class ReferenceScorer
{
    /// <summary>The exact score of <paramref name="kind"/> for the answers at <paramref name="offset"/> (catalog order).</summary>
    public static ExactScore Expected(WeightSet weights, Answer[] answers, ScoreKind kind, ScoringOptions options, int offset = 0)
    {
        var catalog = weights.Catalog;
        var indices = Enumerable.Range(0, catalog.Measures.Count)
            .Where(i => kind == ScoreKind.Composite || catalog.Measures[i].Dimension.ToScoreKind() == kind)
            .ToArray();
        Rational Weight(int i) => Rational.Of(kind == ScoreKind.Composite ? weights.Weights[i].Composite : weights.Weights[i].Dimensional);
        Rational Points(int i) => Rational.Of(catalog.Measures[i].Scale.Options[answers[offset + i].OptionIndex].Points);
        Rational Sum(int[] measures, Func<int, Rational> term) => measures.Aggregate(Rational.Zero, (sum, i) => sum + term(i));

        var s = indices.Where(i => answers[offset + i].Kind != AnswerKind.NotApplicable).ToArray();
        var a = s.Where(i => answers[offset + i].Kind == AnswerKind.Option).ToArray();
        var missing = s.Length - a.Length;
        var sumS = Sum(s, Weight);
        var sumA = Sum(a, Weight);
        var points = Sum(a, i => Points(i) * Weight(i));
        if (sumS.IsZero)
        {
            return new ExactScore(ScoreStatus.NoApplicableMeasures, null, null, missing, s.Length, sumS);
        }

        var coverage = sumA / sumS;
        var status = options.MissingAnswerPolicy switch
        {
            MissingAnswerPolicy.Strict => missing > 0 ? ScoreStatus.MissingAnswers : ScoreStatus.Computed,
            MissingAnswerPolicy.Renormalize => !sumA.IsZero && coverage.ToNearestDouble() >= options.MinimumCoverage ? ScoreStatus.Computed : ScoreStatus.InsufficientCoverage,
            MissingAnswerPolicy.Zero => ScoreStatus.Computed,
            _ => throw new ArgumentOutOfRangeException(nameof(options)),
        };
        var denominator = options.MissingAnswerPolicy == MissingAnswerPolicy.Renormalize ? sumA : sumS;
        return new ExactScore(status, status == ScoreStatus.Computed ? points / denominator : null, coverage, missing, s.Length, denominator);
    }
}

/// <summary>
/// A score evaluated exactly: status, value and coverage as fractions (null where there is none), the missing count,
/// the terms summed (|S|), which bound the engine's error before its one rounding, and the policy's denominator.
/// </summary>
public sealed record ExactScore(ScoreStatus Status, Rational? Value, Rational? Coverage, int Missing, int Terms, Rational Denominator)
{
    /// <summary>Asserts that a contribution is points × weight ÷ this score's denominator, exactly, rounded once.</summary>
    public void AssertContribution(double points, double weight, double actual, string what) =>
        ExactRounding.IsRoundedOnce(Rational.Of(points) * Rational.Of(weight) / Denominator, actual, Terms, what);

    /// <summary>Asserts that <paramref name="actual"/> has this status and missing count, and this value and coverage rounded once.</summary>
    public void AssertMatches(Score actual, string what)
    {
        Assert.True(Status == actual.Status, $"{what}: status {actual.Status}, expected {Status}");
        Assert.True(Missing == actual.MissingCount, $"{what}: missing {actual.MissingCount}, expected {Missing}");
        if (Coverage is { } coverage)
        {
            ExactRounding.IsRoundedOnce(coverage, actual.Coverage, Terms, what + " coverage");
        }
        else
        {
            Assert.Equal(0, actual.Coverage);
        }

        if (Value is { } value)
        {
            ExactRounding.IsRoundedOnce(value, actual.Value, Terms, what + " value");
        }
        else
        {
            Assert.Null(actual.ValueOrNull);
        }
    }
}
