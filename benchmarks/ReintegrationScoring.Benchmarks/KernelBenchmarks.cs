using System;
using BenchmarkDotNet.Attributes;

namespace ReintegrationScoring.Benchmarks;

/// <summary>
/// The scoring kernels side by side in one run, each forced through the <c>ReintegrationScoring.ScoringKernel</c>
/// setting (docs/performance.md): one response at a time and a batch of 100 000 in one buffer, fully answered and with
/// 10 % of answers missing. The reference kernel is the baseline; the ratios say what each accelerator earns.
/// </summary>
[Config(typeof(CohortBenchmarks.Config))]
[MemoryDiagnoser]
public class KernelBenchmarks
{
    private ScoringEngine _engine = null!;
    private Answer[] _answers = null!;
    private ScoreSet[] _scores = null!;

    [Params(100_000)]
    public int CohortSize { get; set; }

    [Params("reference", "fully-answered", "lanes")]
    public string Kernel { get; set; } = "reference";

    [Params(0.0, 0.1)]
    public double MissingShare { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        AppContext.SetData("ReintegrationScoring.ScoringKernel", Kernel);
        _engine = new ScoringEngine(BuiltInWeightSets.EqualByIndicator);
        AppContext.SetData("ReintegrationScoring.ScoringKernel", null);
        _answers = BenchmarkData.Answers(CohortSize, MissingShare);
        _scores = new ScoreSet[CohortSize];
    }

    [Benchmark(Baseline = true, Description = "one at a time")]
    public void OneAtATime()
    {
        var measureCount = BenchmarkData.MeasureCount;
        for (var i = 0; i < _scores.Length; i++)
        {
            _scores[i] = _engine.ComputeScores(_answers, i * measureCount);
        }
    }

    [Benchmark(Description = "batch 1 thread")]
    public void Batch() => _engine.ComputeScoresInto(_answers, 0, _scores, 0, CohortSize);
}
