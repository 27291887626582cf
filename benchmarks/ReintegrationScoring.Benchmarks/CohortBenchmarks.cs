using BenchmarkDotNet.Attributes;

namespace ReintegrationScoring.Benchmarks;

/// <summary>
/// The parameters and report columns shared by the benchmarks that score a whole cohort: its size and the share of
/// answers missing, and a respondents-per-second column.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public abstract class CohortBenchmarks
{
    [Params(1_000, 100_000, 1_000_000)]
    public int CohortSize { get; set; }

    [Params(0.0, 0.1)]
    public double MissingShare { get; set; }

    public sealed class Config : BenchmarkConfig
    {
        public Config() => AddColumn(ThroughputColumn.RespondentsPerSecond());
    }
}
