using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace ReintegrationScoring.Benchmarks;

/// <summary>
/// One launch, 3 warm-up and 10 measured iterations: enough for stable means on a 2-core machine while keeping a full
/// run (every class, every parameter) to about ten minutes. The default exporters include the GitHub-markdown report
/// copied to benchmarks/results/.
/// </summary>
public class BenchmarkConfig : ManualConfig
{
    public BenchmarkConfig()
    {
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10).WithId("Short"));
    }
}
