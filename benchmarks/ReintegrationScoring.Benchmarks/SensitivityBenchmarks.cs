using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using ReintegrationScoring.Analysis.Cohorts;
using ReintegrationScoring.Analysis.Sensitivity;

namespace ReintegrationScoring.Benchmarks;

/// <summary>
/// Weight sensitivity (docs/sensitivity.md) against the obvious way. The baseline rescores every survey with a core engine
/// per draw and averages by group: its cost is surveys × draws. The analysis gathers the surveys once into per-pattern
/// sums (<c>Accumulate</c>), after which each draw costs patterns × measures (<c>Analyze</c>), whatever the cohort size;
/// <c>Accumulate + Analyze</c> is the library's whole run, CSV aside (the tool's is timed by benchmarks/peer/compare_sensitivity.py).
/// </summary>
[Config(typeof(BenchmarkConfig))]
[MemoryDiagnoser]
public class SensitivityBenchmarks
{
    private const int Groups = 10;

    private static readonly GroupKey[] GroupKeys = Enumerable.Range(0, Groups).Select(g => GroupKey.FromValues(new[] { $"C{g}" })).ToArray();

    private Answer[] _answers = null!;
    private SensitivityRequest _request = null!;
    private SensitivityAccumulator _accumulated = null!;

    [Params(10_000, 100_000)]
    public int CohortSize { get; set; }

    [Params(10, 100)]
    public int Draws { get; set; }

    [Params(0.0, 0.1)]
    public double MissingShare { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _answers = BenchmarkData.Answers(CohortSize, MissingShare);
        _request = new SensitivityRequest(
            BuiltInWeightSets.EqualByIndicator,
            new ScoringOptions { MissingAnswerPolicy = MissingAnswerPolicy.Renormalize },
            new[] { "country" },
            settings: new SensitivitySettings(Draws));
        _accumulated = Accumulate();
    }

    [Benchmark(Baseline = true, Description = "rescore every survey per draw")]
    public double RescoreEveryDraw()
    {
        var checksum = 0.0;
        var measures = BenchmarkData.MeasureCount;
        foreach (var draw in WeightDraws.Create(_request.WeightSet, _request.Settings))
        {
            var engine = new ScoringEngine(draw, _request.Options);
            var sums = new double[Groups];
            var counts = new int[Groups];
            for (var i = 0; i < CohortSize; i++)
            {
                if (engine.ComputeScores(_answers, i * measures).Composite.TryGetValue(out var value))
                {
                    sums[i % Groups] += value;
                    counts[i % Groups]++;
                }
            }

            checksum += sums.Zip(counts, (s, c) => c > 0 ? s / c : 0).Sum();
        }

        return checksum;
    }

    [Benchmark(Description = "Accumulate")]
    public long AccumulateOnly() => Accumulate().Surveys;

    [Benchmark(Description = "Analyze (per-draw work)")]
    public int AnalyzeOnly() => _accumulated.Analyze().Rows.Count;

    [Benchmark(Description = "Accumulate + Analyze")]
    public int Whole() => Accumulate().Analyze().Rows.Count;

    private SensitivityAccumulator Accumulate()
    {
        var accumulator = new SensitivityAccumulator(_request);
        var measures = BenchmarkData.MeasureCount;
        for (var i = 0; i < CohortSize; i++)
        {
            accumulator.Add(MonitoringRound.Initial, GroupKeys[i % Groups], new ArraySegment<Answer>(_answers, i * measures, measures));
        }

        return accumulator;
    }
}
