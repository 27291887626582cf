using System;
using System.Linq;
using ReintegrationScoring.Tests.Support;
using Xunit;

namespace ReintegrationScoring.Tests;

/// <summary>The six weight pairs of IOM's source (reference section 2): as data, golden contributions, and not a weight set.</summary>
public class IomPublishedWeightsTests
{
    [Fact]
    public void Pairs_AreTheSixOfTheSourceInItsOrder()
    {
        var expected = new[]
        {
            new PublishedWeightPair("ECO_SATISFACTION", "Satisfaction quant à la situation économique", 0.15, 0.05),
            new PublishedWeightPair("ECO_BORROW_ABILITY", "Capacité d'emprunt", 0.08, 0.02),
            new PublishedWeightPair("SOC_HOUSING_ACCESS", "Accès au logement au sein de la communauté", 0.10, 0.03),
            new PublishedWeightPair("SOC_EDUCATION_ACCESS", "Accès à l'éducation au sein de la communauté", 0.11, 0.03),
            new PublishedWeightPair("PSY_SOCIAL_ACTIVITIES", "Participation à des activités sociales", 0.12, 0.04),
            new PublishedWeightPair("PSY_SUPPORT_NETWORK", "Solidité du réseau de soutien", 0.05, 0.03),
        };

        Assert.Equal(expected, IomPublishedWeights.Pairs);
    }

    [Theory]
    [InlineData("ECO_SATISFACTION", "satisfaction5")]
    [InlineData("ECO_BORROW_ABILITY", "yes_no")]
    [InlineData("SOC_HOUSING_ACCESS", "quality5")]
    [InlineData("SOC_EDUCATION_ACCESS", "quality5")]
    [InlineData("PSY_SOCIAL_ACTIVITIES", "freq_good5")]
    [InlineData("PSY_SUPPORT_NETWORK", "network5")]
    public void Pairs_MeasureHasTheSourcesCodingRule(string code, string scale)
    {
        var measure = RssCatalog.Default.GetMeasure(code);

        Assert.Equal(scale, measure.Scale.Code);
        Assert.Equal(MeasureProvenance.SourceTable, measure.Provenance);
        var expectedPoints = scale == "yes_no" ? new[] { 1.0, 0.0 } : new[] { 1.0, 0.75, 0.5, 0.25, 0.0 };
        Assert.Equal(expectedPoints, measure.Scale.Options.Select(o => o.Points));
    }

    [Fact]
    public void Pairs_ContributionOfEveryOption_IsPointsTimesPublishedWeight()
    {
        var engine = new ScoringEngine(PublishedPairsWeights.Create());
        foreach (var pair in IomPublishedWeights.Pairs)
        {
            var measure = RssCatalog.Default.GetMeasure(pair.MeasureCode);
            foreach (var option in measure.Scale.Options)
            {
                var result = engine.Score(RssResponses.Uniform(0, (pair.MeasureCode, option.Key)));

                var contribution = result.Explain().Single(c => c.MeasureCode == pair.MeasureCode);
                Assert.Equal(AnswerStatus.Answered, contribution.Status);
                Assert.Equal(option.Points, contribution.Points);
                Assert.Equal(pair.Dimensional, contribution.DimensionalWeight);
                Assert.Equal(pair.Composite, contribution.CompositeWeight);
                Assert.Equal(option.Points * pair.Dimensional, contribution.DimensionContribution!.Value, 12);
                Assert.Equal(option.Points * pair.Composite, contribution.CompositeContribution!.Value, 12);
            }
        }
    }

    [Fact]
    public void Pairs_CompositeToDimensionalRatios_DifferWithinADimension()
    {
        // 0.05 / 0.15 against 0.02 / 0.08: the composite cannot be a weighted mean of the dimension scores.
        var economic = IomPublishedWeights.Pairs.Where(p => RssCatalog.Default.GetMeasure(p.MeasureCode).Dimension == Dimension.Economic).ToArray();

        Assert.Equal(2, economic.Length);
        Assert.NotEqual(economic[0].Composite / economic[0].Dimensional, economic[1].Composite / economic[1].Dimensional, 6);
    }

    [Fact]
    public void Pairs_AloneAreNotAWeightSet()
    {
        var weights = IomPublishedWeights.Pairs.Select(p => new MeasureWeight(p.MeasureCode, p.Dimensional, p.Composite));

        var result = WeightSet.TryCreate(RssCatalog.Default, "iom-partial", "1", weights, null, WeightNormalization.None);
        var ok = result.TryGetValue(out _);
        var problems = result.Problems;

        Assert.False(ok);
        Assert.Equal(24, problems.Count(p => p.Kind == WeightSetProblemKind.MissingMeasure));
        var sums = problems.Where(p => p.Kind == WeightSetProblemKind.DimensionSumNotOne).ToDictionary(p => p.Dimension!.Value, p => p.Actual!.Value);
        Assert.Equal(0.23, sums[Dimension.Economic], 12);
        Assert.Equal(0.21, sums[Dimension.Social], 12);
        Assert.Equal(0.17, sums[Dimension.Psychosocial], 12);
        Assert.Equal(0.20, problems.Single(p => p.Kind == WeightSetProblemKind.CompositeSumNotOne).Actual!.Value, 12);
    }

    [Fact]
    public void Pairs_AreNotTheBuiltInDefault()
    {
        foreach (var pair in IomPublishedWeights.Pairs)
        {
            var builtIn = BuiltInWeightSets.EqualByIndicator.GetWeight(pair.MeasureCode);
            Assert.False(builtIn.Dimensional == pair.Dimensional && builtIn.Composite == pair.Composite, pair.MeasureCode);
        }
    }
}
