using System.Linq;
using ReintegrationScoring.Tests.Support;
using Xunit;

namespace ReintegrationScoring.Tests;

/// <summary>Golden tests: the source's worked example (reference section 2) and what it implies.</summary>
public partial class ScoringEngineTests
{
    [Fact]
    public void Score_SourceWorkedExample_Contributes0_1125ToEconomicAnd0_0375ToComposite()
    {
        // "How satisfied are you with your current economic situation?" "Satisfied" → 0.75, weights 0.15 / 0.05.
        var engine = new ScoringEngine(PublishedPairsWeights.Create());
        var result = engine.Score(RssResponses.Uniform(0, ("ECO_SATISFACTION", "satisfied")));

        var satisfaction = result.Explain().Single(c => c.MeasureCode == "ECO_SATISFACTION");

        Assert.Equal(AnswerStatus.Answered, satisfaction.Status);
        Assert.Equal(0.75, satisfaction.Points);
        Assert.Equal(0.15, satisfaction.DimensionalWeight);
        Assert.Equal(0.05, satisfaction.CompositeWeight);
        Assert.Equal(0.1125, satisfaction.DimensionContribution!.Value, 15);
        Assert.Equal(0.0375, satisfaction.CompositeContribution!.Value, 15);

        // Exactly the product of the doubles 0.75 and 0.15 (or 0.05) over the exact sum of the score's weights, rounded
        // once. The doubles nearest 0.15 and 0.05 are not those decimals, so the results are the doubles next to 0.1125
        // and 0.0375 (0.11249999999999999 and 0.037500000000000006), which read 0.1125 and 0.0375 to 15 digits.
        var weights = engine.WeightSet.Weights;
        var measures = engine.Catalog.Measures;
        var economicWeights = ExactRounding.Sum(weights.Where((_, i) => measures[i].Dimension == Dimension.Economic).Select(w => w.Dimensional).ToArray());
        var compositeWeights = ExactRounding.Sum(weights.Select(w => w.Composite).ToArray());
        Assert.Equal((Rational.Of(0.75) * Rational.Of(0.15) / economicWeights).ToNearestDouble(), satisfaction.DimensionContribution);
        Assert.Equal((Rational.Of(0.75) * Rational.Of(0.05) / compositeWeights).ToNearestDouble(), satisfaction.CompositeContribution);
        Assert.Equal(0.11249999999999999, satisfaction.DimensionContribution);
        Assert.Equal(0.037500000000000006, satisfaction.CompositeContribution);
    }

    [Fact]
    public void Score_SourceWorkedExample_Is0_0375Not0_06AsMisprinted()
    {
        var engine = new ScoringEngine(PublishedPairsWeights.Create());
        var satisfaction = engine.Score(RssResponses.Uniform(0, ("ECO_SATISFACTION", "satisfied"))).Explain().Single(c => c.MeasureCode == "ECO_SATISFACTION");

        // The source prints 0.06, which would need a composite weight of 0.06 / 0.75 = 0.08, not its table's 0.05.
        Assert.NotEqual(0.06, satisfaction.CompositeContribution!.Value, 6);
        Assert.Equal(0.08, 0.06 / 0.75, 12);
    }

    [Fact]
    public void Score_SourceWorkedExample_ScoresOfAnOtherwisePerfectSurvey()
    {
        var engine = new ScoringEngine(PublishedPairsWeights.Create());

        var result = engine.Score(RssResponses.Uniform(0, ("ECO_SATISFACTION", "satisfied")));

        // Exactly the doubles nearest 1 - 0.25 × 0.15 and 1 - 0.25 × 0.05: rounded once from the exact sums.
        Assert.True(result.IsComplete);
        Assert.Equal(0.9625, result.Economic.Value);
        Assert.Equal(1.0, result.Social.Value);
        Assert.Equal(1.0, result.Psychosocial.Value);
        Assert.Equal(0.9875, result.Composite.Value);
    }

    [Fact]
    public void Score_PublishedPairs_CompositeIsNoWeightedMeanOfDimensionScores()
    {
        // A weighted mean a·economic + b·social + c·psychosocial would need a = 1/3 for the first survey and a = 1/4
        // for the second: the composite has its own weights, as the source's table says.
        var engine = new ScoringEngine(PublishedPairsWeights.Create());
        var dissatisfied = engine.Score(RssResponses.Uniform(0, ("ECO_SATISFACTION", "very_dissatisfied")));
        var cannotBorrow = engine.Score(RssResponses.Uniform(0, ("ECO_BORROW_ABILITY", "no")));

        var shareFirst = (1 - dissatisfied.Composite.Value) / (1 - dissatisfied.Economic.Value);
        var shareSecond = (1 - cannotBorrow.Composite.Value) / (1 - cannotBorrow.Economic.Value);

        Assert.Equal(1.0 / 3, shareFirst, 12);
        Assert.Equal(0.25, shareSecond, 12);
        Assert.NotEqual((cannotBorrow.Economic.Value + 2) / 3, cannotBorrow.Composite.Value, 6);
    }

    [Fact]
    public void Score_EqualByIndicator_CompositeOfAnyCompleteSurveyIsTheMeanOfItsDimensions()
    {
        // Only because every measure's composite weight is its dimensional weight ÷ 3 (reference section 6).
        var result = ScoringEngine.Default.Score(RssResponses.Build(m => m.Scale.Options[m.Code.Length % m.Scale.Options.Count].Key));

        Assert.Equal((result.Economic.Value + result.Social.Value + result.Psychosocial.Value) / 3, result.Composite.Value, 12);
    }

    [Fact]
    public void Default_Engine_UsesBuiltInCatalogEqualByIndicatorAndStrict()
    {
        var engine = ScoringEngine.Default;

        Assert.Same(RssCatalog.Default, engine.Catalog);
        Assert.Same(BuiltInWeightSets.EqualByIndicator, engine.WeightSet);
        Assert.Equal(MissingAnswerPolicy.Strict, engine.Options.MissingAnswerPolicy);
        Assert.Equal(0.75, engine.Options.MinimumCoverage);
        Assert.Same(ScoringOptions.Default, engine.Options);
    }
}
