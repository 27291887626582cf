using System;
using System.Linq;
using FsCheck.Xunit;
using ReintegrationScoring.Tests.Generators;
using Xunit;

namespace ReintegrationScoring.Tests;

/// <summary>The built-in default weight set reproduces reference section 6, for the RSS and for any catalog.</summary>
[Properties(Arbitrary = new[] { typeof(ScoringArbitraries) }, MaxTest = 300)]
public class EqualByIndicatorTests
{
    [Fact]
    public void Rss_EveryMeasure_Weighs0Point1InItsDimensionAndOneThirtiethInTheComposite()
    {
        var weightSet = BuiltInWeightSets.EqualByIndicator;

        Assert.Equal(30, weightSet.Weights.Count);
        Assert.All(weightSet.Weights, w =>
        {
            Assert.Equal(0.1, w.Dimensional, tolerance: 1e-15);
            Assert.Equal(1.0 / 30, w.Composite, tolerance: 1e-15);
        });
        WeightSetTests.AssertSumsAreOne(weightSet);
    }

    [Fact]
    public void Rss_Identity_IsTheProjectsProvisionalDefaultNotIoms()
    {
        var weightSet = BuiltInWeightSets.EqualByIndicator;

        Assert.Equal("equal-by-indicator", weightSet.Id);
        Assert.Equal("1", weightSet.Version);
        Assert.Equal(BuiltInWeightSets.EqualByIndicatorId, weightSet.Id);
        Assert.Equal(BuiltInWeightSets.EqualByIndicatorVersion, weightSet.Version);
        Assert.Contains("not IOM's weights", weightSet.Description, StringComparison.Ordinal);
        Assert.Same(RssCatalog.Default, weightSet.Catalog);
        Assert.Same(weightSet, ScoringEngine.Default.WeightSet);
    }

    [Property]
    public void EqualByIndicator_AnyCatalog_SplitsEachDimensionEquallyByIndicatorThenByMeasure(Catalog catalog)
    {
        var weightSet = WeightSet.EqualByIndicator(catalog);

        for (var i = 0; i < catalog.Measures.Count; i++)
        {
            var measure = catalog.Measures[i];
            var indicators = catalog.IndicatorsOf(measure.Dimension).Count;
            var siblings = catalog.Measures.Count(m => m.Indicator.Code == measure.Indicator.Code);
            var expected = 1.0 / indicators / siblings;
            Assert.Equal(measure.Code, weightSet.Weights[i].MeasureCode);
            Assert.Equal(expected, weightSet.Weights[i].Dimensional, tolerance: 1e-14);
            Assert.Equal(expected / 3, weightSet.Weights[i].Composite, tolerance: 1e-14);
        }

        foreach (var indicator in catalog.Indicators)
        {
            var share = weightSet.Weights.Where((_, i) => catalog.Measures[i].Indicator.Code == indicator.Code).Sum(w => w.Dimensional);
            Assert.Equal(1.0 / catalog.IndicatorsOf(indicator.Dimension).Count, share, tolerance: 1e-12);
        }

        foreach (var dimension in Dimensions.All)
        {
            var compositeShare = weightSet.Weights.Where((_, i) => catalog.Measures[i].Dimension == dimension).Sum(w => w.Composite);
            Assert.Equal(1.0 / 3, compositeShare, tolerance: 1e-12);
        }

        WeightSetTests.AssertSumsAreOne(weightSet);
    }

    [Fact]
    public void TryGet_KnownNameIgnoringCaseAndSpace_ReturnsTheBuiltInSet()
    {
        Assert.Equal(new[] { "equal-by-indicator" }, BuiltInWeightSets.Names);
        Assert.True(BuiltInWeightSets.TryGet(" Equal-By-Indicator ", RssCatalog.Default, out var weightSet));
        Assert.Same(BuiltInWeightSets.EqualByIndicator, weightSet);
        Assert.False(BuiltInWeightSets.TryGet("iom-2019", RssCatalog.Default, out var none));
        Assert.Null(none);
        Assert.False(BuiltInWeightSets.TryGet(null, RssCatalog.Default, out _));
    }

    [Property(MaxTest = 50)]
    public void TryGet_OtherCatalog_BuildsTheMethodForIt(Catalog catalog)
    {
        Assert.True(BuiltInWeightSets.TryGet("equal-by-indicator", catalog, out var weightSet));
        Assert.Same(catalog, weightSet!.Catalog);
        Assert.Equal(WeightSet.EqualByIndicator(catalog).Weights, weightSet.Weights);
    }
}
