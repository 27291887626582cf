using System;
using BenchmarkDotNet.Attributes;

namespace ReintegrationScoring.Benchmarks;

/// <summary>
/// Scoring a cohort held as one flat answer buffer into a caller-owned <see cref="ScoreSet"/> array: one response at a
/// time (the baseline a caller without the batch API would write), the batch on the calling thread, and the batch on
/// every core.
/// </summary>
public class BatchScoringBenchmarks : CohortBenchmarks
{
    private readonly ScoringEngine _engine = ScoringEngine.Default;
    private readonly BatchOptions _parallel = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };
    private Answer[] _answers = null!;
    private ScoreSet[] _scores = null!;

    [GlobalSetup]
    public void Setup()
    {
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

    [Benchmark(Description = "batch all cores")]
    public void BatchParallel() => _engine.ComputeScoresInto(_answers, 0, _scores, 0, CohortSize, _parallel);
}
