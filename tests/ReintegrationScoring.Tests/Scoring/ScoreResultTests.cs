using System;
using System.Linq;
using ReintegrationScoring.Tests.Support;
using Xunit;

namespace ReintegrationScoring.Tests;

/// <summary>What a result records and derives: provenance of the numbers, weakest dimension, spread, thresholds.</summary>
public class ScoreResultTests
{
    /// <summary>Economic 0.7, social 0.65, psychosocial 1 under equal-by-indicator.</summary>
    private static SurveyResponse Graded() =>
        RssResponses.Build(m => m.Dimension switch
        {
            Dimension.Economic => m.Scale.Options.First(o => o.Points == 0.5 || (m.Scale.Code is "yes_no" or "debt_ratio" && o.Points == 1)).Key,
            Dimension.Social => m.Scale.Options.First(o => o.Points <= 0.75).Key,
            _ => m.Scale.Options[0].Key,
        });

    [Fact]
    public void Score_Graded_HasTheExpectedDimensionScores()
    {
        // Economic: the three yes/no measures and the debt ratio at 1, six five-level measures at 0.5. Social: eight
        // quality5 measures at 0.75, school attendance "some" at 0.5, identity document "no" at 0.
        var result = ScoringEngine.Default.Score(Graded());

        Assert.Equal(((4 * 1.0) + (6 * 0.5)) / 10, result.Economic.Value, 12);
        Assert.Equal(((8 * 0.75) + 0.5 + 0) / 10, result.Social.Value, 12);
        Assert.Equal(0.65, result.Social.Value, 12);
        Assert.Equal(0.7, result.Economic.Value, 12);
        Assert.Equal(1.0, result.Psychosocial.Value, 12);
    }

    [Fact]
    public void WeakestDimensionSpreadAndThresholds_Graded_AreDerivedFromComputedScores()
    {
        var result = ScoringEngine.Default.Score(Graded());

        Assert.Equal(Dimension.Social, result.WeakestDimension);
        Assert.Equal(1.0 - 0.65, result.Spread!.Value, 12);
        Assert.Equal(new[] { Dimension.Economic, Dimension.Social }, result.DimensionsBelow(0.8));
        Assert.Equal(new[] { Dimension.Social }, result.DimensionsBelow(0.69));
        Assert.Empty(result.DimensionsBelow(0.64));
        Assert.Equal(new[] { Dimension.Economic, Dimension.Social }, result.DimensionsBelow(1));
        Assert.Empty(result.DimensionsBelow(0));
    }

    [Fact]
    public void DimensionsBelow_ThresholdIsStrict()
    {
        var best = ScoringEngine.Default.Score(RssResponses.Uniform(0));
        var worst = ScoringEngine.Default.Score(RssResponses.Uniform(4));

        Assert.Equal(1.0, best.Economic.Value);
        Assert.Empty(best.DimensionsBelow(1));
        Assert.Equal(0.0, worst.Economic.Value);
        Assert.Empty(worst.DimensionsBelow(0));
        Assert.Equal(Dimensions.All, worst.DimensionsBelow(1e-12));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void DimensionsBelow_ThresholdOutsideUnitInterval_Throws(double threshold)
    {
        var result = ScoringEngine.Default.Score(RssResponses.Uniform(0));

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => result.DimensionsBelow(threshold));
        Assert.Equal("threshold", ex.ParamName);
    }

    [Fact]
    public void WeakestDimension_Tie_IsTheFirstInFixedOrder()
    {
        var result = ScoringEngine.Default.Score(RssResponses.Uniform(0));

        Assert.Equal(Dimension.Economic, result.WeakestDimension);
        Assert.Equal(0.0, result.Spread);
    }

    [Fact]
    public void WeakestDimensionAndSpread_NotAllDimensionsComputed_AreUnknown()
    {
        var onlyPsychosocial = RssResponses.Uniform(0, ("ECO_SATISFACTION", "refused"), ("SOC_WATER_ACCESS", null));
        var twoComputed = RssResponses.Uniform(3, ("ECO_SATISFACTION", "refused"));

        var one = ScoringEngine.Default.Score(onlyPsychosocial);
        var two = ScoringEngine.Default.Score(twoComputed);

        // A dimension that could not be scored might be the weakest: neither is claimed.
        Assert.Null(one.WeakestDimension);
        Assert.Null(one.Spread);
        Assert.Null(two.WeakestDimension);
        Assert.Null(two.Spread);

        // Only computed scores can be known to be below a threshold.
        Assert.Empty(one.DimensionsBelow(1));
        Assert.Equal(new[] { Dimension.Social, Dimension.Psychosocial }, two.DimensionsBelow(1));
    }

    [Fact]
    public void Result_RecordsCatalogWeightSetAndPolicy()
    {
        var options = new ScoringOptions { MissingAnswerPolicy = MissingAnswerPolicy.Renormalize, MinimumCoverage = 0.6 };
        var weights = PublishedPairsWeights.Create();
        var result = new ScoringEngine(weights, options).Score(RssResponses.Uniform(1));

        Assert.Equal("rss-reconstructed", result.CatalogId);
        Assert.Equal("1.0", result.CatalogVersion);
        Assert.Equal("test-published-pairs", result.WeightSetId);
        Assert.Equal("1", result.WeightSetVersion);
        Assert.Same(weights, result.WeightSet);
        Assert.Same(options, result.Options);
        Assert.Equal(MonitoringRound.Initial, result.Round);
        Assert.Equal(RssResponses.Id, result.RespondentId);
        Assert.Equal(result.Scores.Composite, result.Composite);
    }

    [Fact]
    public void ToString_NamesRoundScoresWeightSetAndPolicyNeverTheRespondent()
    {
        var response = SurveyResponse.Parse(RssCatalog.Default, new RespondentId("RID-424242"), MonitoringRound.Final, RssResponses.Keys(0));

        var text = ScoringEngine.Default.Score(response).ToString();

        Assert.Equal("final: economic=1 social=1 psychosocial=1 composite=1 (equal-by-indicator 1, strict)", text);
        Confidential.DoesNotReveal(text, "RID-424242");
    }

    [Fact]
    public void MissingMeasures_UndefinedKind_Throws()
    {
        var result = ScoringEngine.Default.Score(RssResponses.Uniform(0));

        Assert.Throws<ArgumentOutOfRangeException>(() => result.MissingMeasures((ScoreKind)7));
        Assert.Empty(result.MissingMeasures(ScoreKind.Composite));
    }

    [Fact]
    public void Explain_StrictWithOneDimensionIncomplete_ExplainsTheOthers()
    {
        var result = ScoringEngine.Default.Score(RssResponses.Uniform(1, ("PSY_DISTRESS", "dont_know")));

        var contributions = result.Explain();

        Assert.All(contributions.Where(c => c.Dimension != Dimension.Psychosocial && c.Status == AnswerStatus.Answered), c => Assert.NotNull(c.DimensionContribution));
        Assert.All(contributions.Where(c => c.Dimension == Dimension.Psychosocial), c => Assert.Null(c.DimensionContribution));
        Assert.All(contributions, c => Assert.Null(c.CompositeContribution));
    }

    [Fact]
    public void CheckRoundWindow_DefaultAndCustomWindows()
    {
        var response = SurveyResponse.Parse(RssCatalog.Default, RssResponses.Id, MonitoringRound.Intermediate, RssResponses.Keys(0), new DateTime(2025, 6, 1), new DateTime(2024, 12, 1));
        var result = ScoringEngine.Default.Score(response);

        Assert.Equal(RoundWindowStatus.WithinWindow, result.CheckRoundWindow().Status);
        Assert.Equal(6, result.CheckRoundWindow().MonthsAfterArrival);
        Assert.Equal(RoundWindowStatus.OutsideWindow, result.CheckRoundWindow(new RoundWindows(new(0, 3), new(7, 9), new(12, 18))).Status);
    }
}
