using System.Linq;
using Xunit;

namespace ReintegrationScoring.Tests;

/// <summary>Regression tests for weight-set validation bugs.</summary>
public partial class WeightSetTests
{
    [Fact]
    public void Create_RescaleWithOneBadEntry_ReportsOnlyThatEntry()
    {
        // Sums are not a problem when rescaling is asked for: only the negative weight is.
        var weights = Rss.Measures.Select(m => new MeasureWeight(m.Code, m.Code == "SOC_WATER_ACCESS" ? -5 : 10, 100.0 / 30)).ToArray();

        var ex = Assert.Throws<InvalidWeightSetException>(() => WeightSet.Create(Rss, "w", "1", weights, normalization: WeightNormalization.RescaleToOne));

        var problem = Assert.Single(ex.Problems);
        Assert.Equal(WeightSetProblemKind.InvalidDimensionalWeight, problem.Kind);
        Assert.Equal("SOC_WATER_ACCESS", problem.MeasureCode);
        Assert.Equal(-5, problem.Actual);
        Assert.Equal("Measure 'SOC_WATER_ACCESS': dimensional weight -5 is negative; weights are finite and at least 0.", problem.Message);
    }

    [Fact]
    public void Create_RescaleWithMissingMeasure_ReportsOnlyTheMissingMeasure()
    {
        var weights = Rss.Measures.Where(m => m.Code != "PSY_DISTRESS").Select(m => new MeasureWeight(m.Code, 10, 10));

        var ex = Assert.Throws<InvalidWeightSetException>(() => WeightSet.Create(Rss, "w", "1", weights, normalization: WeightNormalization.RescaleToOne));

        var problem = Assert.Single(ex.Problems);
        Assert.Equal(WeightSetProblemKind.MissingMeasure, problem.Kind);
        Assert.Equal("PSY_DISTRESS", problem.MeasureCode);
    }
}
