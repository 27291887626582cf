using System;
using BenchmarkDotNet.Attributes;

namespace ReintegrationScoring.Benchmarks;

/// <summary>
/// Scoring a cohort held as <see cref="SurveyResponse"/> objects into a caller-owned <see cref="ScoreSet"/> array: one at
/// a time, the batch on the calling thread, and the batch on every core.
/// </summary>
public class ResponseListBenchmarks : CohortBenchmarks
{
    private readonly ScoringEngine _engine = ScoringEngine.Default;
    private readonly BatchOptions _parallel = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };
    private SurveyResponse[] _responses = null!;
    private ScoreSet[] _scores = null!;

    [GlobalSetup]
    public void Setup()
    {
        _responses = BenchmarkData.Responses(CohortSize, MissingShare);
        _scores = new ScoreSet[CohortSize];
    }

    [Benchmark(Baseline = true, Description = "one at a time")]
    public void OneAtATime()
    {
        for (var i = 0; i < _responses.Length; i++)
        {
            _scores[i] = _engine.ComputeScores(_responses[i]);
        }
    }

    [Benchmark(Description = "batch 1 thread")]
    public void Batch() => _engine.ComputeScoresInto(_responses, _scores, 0);

    [Benchmark(Description = "batch all cores")]
    public void BatchParallel() => _engine.ComputeScoresInto(_responses, _scores, 0, _parallel);
}
