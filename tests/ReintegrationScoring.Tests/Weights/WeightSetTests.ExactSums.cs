using System.Linq;
using Xunit;

namespace ReintegrationScoring.Tests;

/// <summary>Sums of weights are exact, rounded once: reported sums read as the decimals they are on paper.</summary>
public partial class WeightSetTests
{
    [Fact]
    public void Create_DimensionSumOnPaper1_4_Reports1_4AndTheToleranceAs1e_6()
    {
        // Economic: 1.0 + four × 0.1 and zeros; a naive left-to-right sum would report 1.4000000000000004.
        var economic = new[] { 0.1, 0.1, 1.0, 0.1, 0.1, 0, 0, 0, 0, 0 };
        var weights = Rss.Measures.Select(m => new MeasureWeight(
            m.Code,
            m.Dimension == Dimension.Economic ? economic[Rss.MeasuresOf(Dimension.Economic).ToList().IndexOf(m)] : 0.1,
            1.0 / 30));

        var ex = Assert.Throws<InvalidWeightSetException>(() => WeightSet.Create(Rss, "w", "1", weights));

        var problem = Assert.Single(ex.Problems);
        Assert.Equal(1.4, problem.Actual);
        Assert.Equal("Dimension 'economic': dimensional weights sum to 1.4; they must sum to 1 (± 1e-6).", problem.Message);
    }

    [Fact]
    public void Create_PublishedPairsOnly_ReportsTheirExactSums()
    {
        // The source's pairs alone. The doubles 0.15 and 0.08 sum exactly to 0.2299999999999999961..., whose nearest double
        // is 0.22999999999999998 (the value reported), 0.23 to 15 digits (the message); likewise 0.1 + 0.11 and 0.12 + 0.05.
        var pairs = IomPublishedWeights.Pairs.ToDictionary(p => p.MeasureCode);
        var weights = Rss.Measures.Select(m => pairs.TryGetValue(m.Code, out var pair)
            ? new MeasureWeight(m.Code, pair.Dimensional, pair.Composite)
            : new MeasureWeight(m.Code, 0, 0));

        var problems = Assert.Throws<InvalidWeightSetException>(() => WeightSet.Create(Rss, "w", "1", weights)).Problems;

        Assert.Equal(new[] { 0.22999999999999998, 0.21000000000000002, 0.16999999999999998, 0.2 }, problems.Select(p => p.Actual!.Value));
        Assert.Equal(
            new[]
            {
                "Dimension 'economic': dimensional weights sum to 0.22999999999999998; they must sum to 1 (± 1e-6).",
                "Dimension 'social': dimensional weights sum to 0.21000000000000002; they must sum to 1 (± 1e-6).",
                "Dimension 'psychosocial': dimensional weights sum to 0.16999999999999998; they must sum to 1 (± 1e-6).",
                "Composite weights sum to 0.2; they must sum to 1 (± 1e-6).",
            },
            problems.Select(p => p.Message));
    }

    [Fact]
    public void Create_TenTenths_SumExactlyToOne()
    {
        // Ten weights of 0.1 sum to 1.0000000000000000555 exactly, whose nearest double is 1 (naively 0.9999999999999999).
        var weightSet = WeightSet.Create(Rss, "w", "1", Rss.Measures.Select(m => new MeasureWeight(m.Code, 0.1, 1.0 / 30)), normalization: WeightNormalization.RescaleToOne);

        Assert.All(weightSet.Weights, w => Assert.Equal(0.1, w.Dimensional));
        Assert.All(weightSet.Weights, w => Assert.Equal(1.0 / 30, w.Composite));
    }

    [Fact]
    public void Create_RescaleHugeWeights_DividesByTheirExactSum()
    {
        // The sum of these weights overflows a double; rescaling still gives each its exact share, rounded once.
        var weights = Rss.Measures.Select(m => new MeasureWeight(m.Code, 1e307 * (m.Dimension == Dimension.Economic ? 4 : 1), 1e307));

        var weightSet = WeightSet.Create(Rss, "w", "1", weights, normalization: WeightNormalization.RescaleToOne);

        Assert.All(weightSet.Weights, w => Assert.Equal(0.1, w.Dimensional));
        Assert.All(weightSet.Weights, w => Assert.Equal(1.0 / 30, w.Composite));
    }

    [Fact]
    public void SumTolerance_AsMessagesWriteIt_IsTheConstant()
    {
        var ex = Assert.Throws<InvalidWeightSetException>(() => WeightSet.Create(Rss, "w", "1", Rss.Measures.Select(m => new MeasureWeight(m.Code, 0.2, 1.0 / 30))));

        Assert.All(ex.Problems, p => Assert.EndsWith("they must sum to 1 (± 1e-6).", p.Message, System.StringComparison.Ordinal));
        Assert.Equal(1e-6, double.Parse("1e-6", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1e-6, WeightSet.SumTolerance);
    }
}
