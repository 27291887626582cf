using System;
using System.Linq;
using ReintegrationScoring.Tests.Support;
using Xunit;

namespace ReintegrationScoring.Tests;

/// <summary>Progress between two surveys of one respondent (reference section 8): deltas and the flags that qualify them.</summary>
public class ScoreComparisonTests
{
    private static readonly RespondentId Someone = new("RID-5150");

    private static SurveyResponse Response(MonitoringRound round, int optionIndex, params (string Code, string? Key)[] overrides) =>
        SurveyResponse.Parse(RssCatalog.Default, Someone, round, RssResponses.Keys(optionIndex, overrides));

    [Fact]
    public void Compare_SameSetupRoundsInOrder_GivesLaterMinusEarlierWithoutIssues()
    {
        var earlier = ScoringEngine.Default.Score(Response(MonitoringRound.Initial, 4));
        var later = ScoringEngine.Default.Score(Response(MonitoringRound.Intermediate, 0));

        var comparison = ScoreComparison.Compare(earlier, later);

        Assert.Equal(ComparisonIssues.None, comparison.Issues);
        Assert.True(comparison.IsComparable);
        Assert.Same(earlier, comparison.Earlier);
        Assert.Same(later, comparison.Later);
        Assert.Equal(1.0, comparison.Economic);
        Assert.Equal(1.0, comparison.Social);
        Assert.Equal(1.0, comparison.Psychosocial);
        Assert.Equal(1.0, comparison.Composite);
        Assert.All(ScoreKinds.All, k => Assert.Equal(later.Scores[k].Value - earlier.Scores[k].Value, comparison.Delta(k)));
        Assert.Equal("initial → intermediate: economic 1, social 1, psychosocial 1, composite 1", comparison.ToString());
    }

    [Fact]
    public void Compare_ScoreNotComputedOnEitherSide_GivesNullDelta()
    {
        var earlier = ScoringEngine.Default.Score(Response(MonitoringRound.Initial, 1, ("ECO_DEBT_RATIO", "dont_know")));
        var later = ScoringEngine.Default.Score(Response(MonitoringRound.Final, 1));

        var comparison = ScoreComparison.Compare(earlier, later);

        Assert.Null(comparison.Economic);
        Assert.Null(comparison.Composite);
        Assert.Equal(0.0, comparison.Social);
        Assert.Contains("economic n/a", comparison.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_DifferentWeightSets_IsFlaggedButStillGivesDeltas()
    {
        var earlier = ScoringEngine.Default.Score(Response(MonitoringRound.Initial, 1));
        var later = new ScoringEngine(PublishedPairsWeights.Create()).Score(Response(MonitoringRound.Final, 1));

        var comparison = ScoreComparison.Compare(earlier, later);

        Assert.Equal(ComparisonIssues.DifferentWeightSet, comparison.Issues);
        Assert.False(comparison.IsComparable);
        Assert.NotNull(comparison.Composite);
        Assert.EndsWith("[DifferentWeightSet]", comparison.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_SameWeightsUnderAnotherVersion_IsFlagged()
    {
        var relabelled = WeightSet.Create(RssCatalog.Default, BuiltInWeightSets.EqualByIndicatorId, "2", BuiltInWeightSets.EqualByIndicator.Weights);
        var earlier = ScoringEngine.Default.Score(Response(MonitoringRound.Initial, 1));
        var later = new ScoringEngine(relabelled).Score(Response(MonitoringRound.Final, 1));

        Assert.Equal(ComparisonIssues.DifferentWeightSet, ScoreComparison.Compare(earlier, later).Issues);
    }

    [Fact]
    public void Compare_DifferentPolicies_IsFlagged()
    {
        var renormalize = new ScoringEngine(BuiltInWeightSets.EqualByIndicator, new ScoringOptions { MissingAnswerPolicy = MissingAnswerPolicy.Renormalize });
        var otherCoverage = new ScoringEngine(BuiltInWeightSets.EqualByIndicator, new ScoringOptions { MissingAnswerPolicy = MissingAnswerPolicy.Renormalize, MinimumCoverage = 0.5 });
        var earlier = ScoringEngine.Default.Score(Response(MonitoringRound.Initial, 1));

        Assert.Equal(ComparisonIssues.DifferentPolicy, ScoreComparison.Compare(earlier, renormalize.Score(Response(MonitoringRound.Final, 1))).Issues);
        Assert.Equal(
            ComparisonIssues.DifferentPolicy,
            ScoreComparison.Compare(renormalize.Score(Response(MonitoringRound.Initial, 1)), otherCoverage.Score(Response(MonitoringRound.Final, 1))).Issues);
    }

    [Fact]
    public void Compare_DifferentCatalogs_IsFlaggedEvenWithTheSameWeightSetId()
    {
        var indicators = Dimensions.All.Select(d => new Indicator("I_" + d.ToCode(), d, LocalizedText.OfEnglish(d.ToCode()))).ToArray();
        var custom = Catalog.Create("custom", "1", indicators, indicators.Select(i => new Measure("M_" + i.Code, i, RssScales.YesNo, LocalizedText.OfEnglish(i.Code))));
        var earlier = ScoringEngine.Default.Score(Response(MonitoringRound.Initial, 1));
        var later = new ScoringEngine(WeightSet.EqualByIndicator(custom)).Score(
            SurveyResponse.FromAnswers(custom, Someone, MonitoringRound.Final, new[] { Answer.Option(0), Answer.Option(0), Answer.Option(1) }));

        var comparison = ScoreComparison.Compare(earlier, later);

        // Same weight-set id and version ("equal-by-indicator" 1), but a different catalog and so different weights.
        Assert.Equal(ComparisonIssues.DifferentCatalog | ComparisonIssues.DifferentWeightSet, comparison.Issues);
        Assert.False(comparison.IsComparable);
    }

    [Fact]
    public void Compare_SameWeightSetIdButDifferentWeights_IsFlagged()
    {
        var original = WeightSet.EqualByIndicator(RssCatalog.Default);
        var reweighted = original.Weights.Select(w => w.MeasureCode == "ECO_SATISFACTION" ? w with { Dimensional = 0.15 } : w.MeasureCode == "ECO_NEEDS_COVERED" ? w with { Dimensional = 0.05 } : w);
        var impostor = WeightSet.Create(RssCatalog.Default, original.Id, original.Version, reweighted);

        var comparison = ScoreComparison.Compare(
            ScoringEngine.Default.Score(Response(MonitoringRound.Initial, 1)),
            new ScoringEngine(impostor).Score(Response(MonitoringRound.Final, 1)));

        Assert.Equal(ComparisonIssues.DifferentWeightSet, comparison.Issues);
        Assert.False(comparison.IsComparable);
    }

    [Theory]
    [InlineData(MonitoringRound.Intermediate, MonitoringRound.Initial)]
    [InlineData(MonitoringRound.Final, MonitoringRound.Intermediate)]
    [InlineData(MonitoringRound.Intermediate, MonitoringRound.Intermediate)]
    public void Compare_RoundsNotInOrder_IsFlaggedButStaysComparable(MonitoringRound first, MonitoringRound second)
    {
        var comparison = ScoreComparison.Compare(ScoringEngine.Default.Score(Response(first, 1)), ScoringEngine.Default.Score(Response(second, 2)));

        Assert.Equal(ComparisonIssues.RoundsNotInOrder, comparison.Issues);
        Assert.True(comparison.IsComparable);
        Assert.NotNull(comparison.Composite);
    }

    [Fact]
    public void Compare_DifferentRespondents_ThrowsWithoutNamingThem()
    {
        var mine = ScoringEngine.Default.Score(Response(MonitoringRound.Initial, 1));
        var theirs = ScoringEngine.Default.Score(SurveyResponse.Parse(RssCatalog.Default, new RespondentId("RID-9000"), MonitoringRound.Final, RssResponses.Keys(1)));

        var ex = Assert.Throws<ArgumentException>(() => ScoreComparison.Compare(mine, theirs));

        Assert.Equal("later", ex.ParamName);
        Confidential.DoesNotReveal(ex, "RID-5150", "RID-9000");
    }

    [Fact]
    public void Compare_NullResult_Throws()
    {
        var result = ScoringEngine.Default.Score(Response(MonitoringRound.Initial, 1));

        Assert.Throws<ArgumentNullException>(() => ScoreComparison.Compare(null!, result));
        Assert.Throws<ArgumentNullException>(() => ScoreComparison.Compare(result, null!));
    }

    [Fact]
    public void ToString_NeverNamesTheRespondent()
    {
        var comparison = ScoreComparison.Compare(ScoringEngine.Default.Score(Response(MonitoringRound.Initial, 1)), ScoringEngine.Default.Score(Response(MonitoringRound.Final, 2)));

        Confidential.DoesNotReveal(comparison.ToString(), "RID-5150");
        Assert.Throws<ArgumentOutOfRangeException>(() => comparison.Delta((ScoreKind)9));
    }
}
