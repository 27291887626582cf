using System.Collections.Generic;
using BenchmarkDotNet.Attributes;

namespace ReintegrationScoring.Benchmarks;

/// <summary>
/// Scoring one already-parsed response: the four scores as a value (no allocation), the result object, and the result
/// with its per-measure explanation.
/// </summary>
[Config(typeof(BenchmarkConfig))]
[MemoryDiagnoser]
public class SingleResponseBenchmarks
{
    private readonly ScoringEngine _engine = ScoringEngine.Default;
    private SurveyResponse _response = null!;
    private Answer[] _answers = null!;

    [Params(0.0, 0.1)]
    public double MissingShare { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // A response representative of its share: the first generated one with at least one missing answer when the
        // share is not zero, so that 10 % measures the general path.
        var responses = BenchmarkData.Responses(100, MissingShare);
        _response = responses[0];
        foreach (var response in responses)
        {
            if (MissingShare == 0 || !_engine.ComputeScores(response).IsComplete)
            {
                _response = response;
                break;
            }
        }

        _answers = new Answer[BenchmarkData.MeasureCount];
        for (var i = 0; i < _answers.Length; i++)
        {
            _answers[i] = _response.Answers[i];
        }
    }

    [Benchmark(Baseline = true, Description = "ComputeScores(response)")]
    public ScoreSet ComputeScores() => _engine.ComputeScores(_response);

    [Benchmark(Description = "ComputeScores(buffer)")]
    public ScoreSet ComputeScoresFromBuffer() => _engine.ComputeScores(_answers, 0);

    [Benchmark(Description = "Score(response)")]
    public ScoreResult Score() => _engine.Score(_response);

    [Benchmark(Description = "Score(response) + Explain()")]
    public IReadOnlyList<MeasureContribution> ScoreAndExplain() => _engine.Score(_response).Explain();
}
