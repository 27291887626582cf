using System;
using System.Collections.Generic;
using System.Linq;
using ReintegrationScoring.Analysis.Sensitivity;
using Xunit;

namespace ReintegrationScoring.Analysis.Tests.Sensitivity;

/// <summary>
/// An independent Monte Carlo: weights drawn by the same model with another generator (System.Random), every survey scored
/// by the core engine under every draw, plain means and ranks. The analysis's percentiles and top shares must agree with
/// it within sampling error.
/// </summary>
public class MonteCarloTests
{
    private const int Draws = 1000;

    [Fact]
    public void Analyze_AgreesWithABruteForceMonteCarlo_WithinSamplingError()
    {
        var nominal = BuiltInWeightSets.EqualByIndicator;
        var rows = SyntheticCohort.Rows(240, seed: 11, missingRate: 0.02);
        var surveys = SyntheticCohort.Surveys(ScoringEngine.Default, rows);
        var result = WeightSensitivity.Analyze(surveys, new SensitivityRequest(nominal, groupBy: new[] { "country" }, settings: new SensitivitySettings(Draws, 0.25, 7)));

        var brute = BruteForce(nominal, rows, noise: 0.25, new Random(20260101));

        var checkedRows = 0;
        foreach (var row in result.Rows.Where(r => r.Mean is not null))
        {
            var means = brute.Means[(row.Round, row.Group.Values[0], row.Score)];
            AssertQuantileAgrees(means, 0.05, row.MeanP05!.Value);
            AssertQuantileAgrees(means, 0.50, row.MeanMedian!.Value);
            AssertQuantileAgrees(means, 0.95, row.MeanP95!.Value);
            var top = brute.Firsts[(row.Round, row.Group.Values[0], row.Score)] / (double)Draws;
            var p = (top + row.TopShare!.Value) / 2;
            Assert.True(Math.Abs(top - row.TopShare.Value) <= (5 * Math.Sqrt(p * (1 - p) * 2.0 / Draws)) + 1e-9, $"top share {row.TopShare} against {top}");
            checkedRows++;
        }

        Assert.True(checkedRows >= 40);
    }

    /// <summary>The share of the brute-force means at or below the analysis's quantile must be q, within 5 standard errors of both samples.</summary>
    private static void AssertQuantileAgrees(List<double> bruteMeans, double q, double quantile)
    {
        var share = bruteMeans.Count(m => m <= quantile) / (double)bruteMeans.Count;
        var tolerance = 5 * Math.Sqrt(q * (1 - q) * ((1.0 / bruteMeans.Count) + (1.0 / Draws)));
        Assert.True(Math.Abs(share - q) <= tolerance, $"share {share} at the {q} quantile {quantile}");
    }

    private static (Dictionary<(MonitoringRound, string, ScoreKind), List<double>> Means, Dictionary<(MonitoringRound, string, ScoreKind), int> Firsts) BruteForce(
        WeightSet nominal, List<(MonitoringRound Round, string Country, Answer[] Answers)> rows, double noise, Random random)
    {
        var measures = nominal.Catalog.Measures;
        var means = new Dictionary<(MonitoringRound, string, ScoreKind), List<double>>();
        var firsts = new Dictionary<(MonitoringRound, string, ScoreKind), int>();
        for (var d = 0; d < Draws; d++)
        {
            // w·(1 + F·u), u uniform on [−1, 1], then each dimension and the composite rescaled to sum to 1.
            var dimensional = nominal.Weights.Select(w => w.Dimensional * (1 + (noise * ((2 * random.NextDouble()) - 1)))).ToArray();
            var composite = nominal.Weights.Select(w => w.Composite * (1 + (noise * ((2 * random.NextDouble()) - 1)))).ToArray();
            var dimensionSums = Dimensions.All.ToDictionary(dim => dim, dim => Enumerable.Range(0, measures.Count).Where(i => measures[i].Dimension == dim).Sum(i => dimensional[i]));
            var compositeSum = composite.Sum();
            var weights = nominal.Weights.Select((w, i) => new MeasureWeight(w.MeasureCode, dimensional[i] / dimensionSums[measures[i].Dimension], composite[i] / compositeSum));
            var engine = new ScoringEngine(WeightSet.Create(nominal.Catalog, "brute", "1", weights));
            var drawMeans = SyntheticCohort.BruteForceMeans(engine, rows);
            foreach (var pair in drawMeans)
            {
                if (!means.TryGetValue(pair.Key, out var list))
                {
                    means[pair.Key] = list = new List<double>();
                }

                list.Add(pair.Value);
                var (round, _, kind) = pair.Key;
                var best = drawMeans.Where(p => p.Key.Item1 == round && p.Key.Item3 == kind).Max(p => p.Value);
                firsts.TryGetValue(pair.Key, out var count);
                firsts[pair.Key] = count + (pair.Value == best ? 1 : 0);
            }
        }

        return (means, firsts);
    }
}
