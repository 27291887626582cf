using System;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReintegrationScoring.Tests.Generators;
using ReintegrationScoring.Tests.Support;
using Xunit;

namespace ReintegrationScoring.Tests;

/// <summary>
/// Scores are the formulas evaluated exactly on the given doubles and rounded once: golden values that a naive sum of
/// floating-point weights misses by a few units in the last place, and the common case of equal weights.
/// </summary>
public partial class ScoringEngineTests
{
    [Fact]
    public void Score_PointsSumming7_75OverTenWeightsOf0_1_IsExactly0_775()
    {
        // Points 0.25, 0.5, 0.5, 0.75, 0.75 and five times 1; a naive sum gives 0.7750000000000001.
        var response = RssResponses.Uniform(
            0,
            ("ECO_EMPLOYMENT_ACCESS", "bad"),
            ("ECO_WORK_SECURITY", "neutral"),
            ("ECO_FOOD_REDUCTION", "sometimes"),
            ("ECO_MEALS_SKIPPED", "rarely"),
            ("ECO_SATISFACTION", "satisfied"));
        var result = ScoringEngine.Default.Score(response);

        Assert.Equal(7.75, result.Explain().Where(c => c.Dimension == Dimension.Economic).Sum(c => c.Points!.Value));
        Assert.Equal(0.775, result.Economic.Value);
        Assert.Equal("0.775", result.Economic.Value.ToString("R", CultureInfo.InvariantCulture));
        Assert.Equal(27.75 / 30, result.Composite.Value);
    }

    [Fact]
    public void Score_AllBestAnswers_IsExactlyOneWithFullCoverage()
    {
        foreach (var weights in new[] { BuiltInWeightSets.EqualByIndicator, PublishedPairsWeights.Create() })
        {
            var scores = new ScoringEngine(weights).ComputeScores(RssResponses.Uniform(0));

            Assert.All(ScoreKinds.All, kind => Assert.Equal(1.0, scores[kind].Value));
            Assert.All(ScoreKinds.All, kind => Assert.Equal(1.0, scores[kind].Coverage));
        }
    }

    [Fact]
    public void Explain_EqualWeights_ContributionsArePointsOverTheMeasureCount()
    {
        // 1 × 0.1 / (10 × 0.1) is exactly 1/10: the double 0.1, where a naive quotient gives 0.10000000000000002.
        var contributions = ScoringEngine.Default.Score(RssResponses.Uniform(0, ("ECO_EMPLOYMENT_ACCESS", "good"), ("SOC_SCHOOL_ATTENDANCE", "not_applicable"))).Explain();

        var income = contributions.Single(c => c.MeasureCode == "ECO_INCOME_ACTIVITY");
        var employment = contributions.Single(c => c.MeasureCode == "ECO_EMPLOYMENT_ACCESS");
        Assert.Equal(0.1, income.DimensionContribution);
        Assert.Equal(1.0 / 29, income.CompositeContribution);
        Assert.Equal(0.075, employment.DimensionContribution);
        Assert.Equal(0.75 / 29, employment.CompositeContribution);
    }

    [Property(Arbitrary = new[] { typeof(ScoringArbitraries) }, MaxTest = 200)]
    public Property Score_EqualWeightsWithinEachDimension_IsTheDoubleNearestThePointsMean(int seed)
    {
        // Built-in catalog, equal-by-indicator weights (0.1 each, 1/30 in the composite): the weights cancel, so a score
        // is the mean of its points, rounded once, e.g. 7.75 / 10 = 0.775 or 5.25 / 9 = 0.5833333333333334.
        var random = new Random(seed);
        var catalog = RssCatalog.Default;
        var answers = catalog.Measures
            .Select(m => m.AllowsNotApplicable && random.Next(4) == 0 ? Answer.NotApplicable : Answer.Option(random.Next(m.Scale.Options.Count)))
            .ToArray();
        var scores = ScoringEngine.Default.ComputeScores(answers);

        return Prop.ToProperty(ScoreKinds.All.All(kind =>
        {
            var points = Enumerable.Range(0, catalog.Measures.Count)
                .Where(i => (kind == ScoreKind.Composite || catalog.Measures[i].Dimension.ToScoreKind() == kind) && answers[i].Kind == AnswerKind.Option)
                .Select(i => catalog.Measures[i].PointsOf(answers[i])!.Value)
                .ToArray();

            // The points are quarters, so their sum and count are exact and one IEEE division rounds their ratio once.
            return scores[kind].Value == points.Sum() / points.Length;
        })).Label(string.Join(", ", scores));
    }

    [Property(Arbitrary = new[] { typeof(ScoringArbitraries) }, MaxTest = 100)]
    public void Score_AnyWeightSetAllBestAnswers_IsExactlyOne(ScoringCase scoringCase)
    {
        // Every measure answered with an option worth 1 where its scale has one: points and weight sums are then equal.
        var best = scoringCase.Catalog.Measures
            .Select(m => m.Scale.Options.Select(o => o.Points).ToList().IndexOf(1))
            .ToArray();
        if (best.Any(i => i < 0))
        {
            return;
        }

        var scores = new ScoringEngine(scoringCase.Weights).ComputeScores(best.Select(Answer.Option).ToArray());

        Assert.All(ScoreKinds.All, kind => Assert.True(scores[kind].Status == ScoreStatus.NoApplicableMeasures || scores[kind].Value == 1.0, kind.ToString()));
    }
}
