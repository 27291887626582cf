using System.Collections.Generic;
using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using ReintegrationScoring.Cli.Cohorts;
using ReintegrationScoring.Cli.Output;
using ReintegrationScoring.Cli.Scoring;
using ReintegrationScoring.CohortGenerator;

namespace ReintegrationScoring.Benchmarks;

/// <summary>
/// The cohort commands next to <c>rss score</c> on the same generated file, in process (the CSV held in memory, the
/// output to a null stream): <c>rss summarize --by country,sex</c> and <c>rss progress</c> read, score and analyse every
/// row through the commands' own input seam and analyses. Issue 9's target: within 1.5× of score's time; the allocated
/// column bounds the memory (peak resident memory of the processes is in benchmarks/peer/compare_summary.py).
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class CohortAnalysisBenchmarks
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly string[] CountryAndSex = ["country", "sex"];

    private readonly ScorePipeline _score = new(ScoringEngine.Default);
    private byte[] _csv = null!;

    [Params(100_000, 1_000_000)]
    public int CohortSize { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, Utf8, 1 << 16, leaveOpen: true))
        {
            new CohortWriter(new CohortOptions { Rows = CohortSize, MissingShare = 0.01 }).Write(writer);
        }

        _csv = buffer.ToArray();
    }

    [Benchmark(Baseline = true, Description = "score")]
    public long Score()
    {
        using var input = new MemoryStream(_csv, writable: false);
        using var output = new StreamWriter(Stream.Null, Utf8, 1 << 16);
        return _score.Run(input, "cohort.csv", output, null, RunReporter.Silent).Rows;
    }

    [Benchmark(Description = "summarize --by country,sex")]
    public int Summarize() => Analyse(new SummaryAnalysis(ScoringEngine.Default, CountryAndSex, null), CountryAndSex);

    [Benchmark(Description = "progress")]
    public int Progress() =>
        Analyse(new ProgressAnalysis(ScoringEngine.Default, [], MonitoringRound.Initial, MonitoringRound.Final, 0), []);

    private int Analyse(ICohortAnalysis analysis, IReadOnlyList<string> attributes)
    {
        using var input = new MemoryStream(_csv, writable: false);
        var rows = 0;
        using (var cohort = CohortInput.Open(input, "cohort.csv", ScoringEngine.Default, attributes))
        {
            foreach (var row in cohort.Rows())
            {
                if (!row.IsError)
                {
                    analysis.Add(row);
                }
                else
                {
                    analysis.AddError(row);
                }

                rows++;
            }
        }

        using var output = new StreamWriter(Stream.Null, Utf8, 1 << 16);
        analysis.Build().Write(output, CohortFormat.Csv, FormulaPolicy.Keep);
        return rows;
    }

    public sealed class Config : BenchmarkConfig
    {
        public Config() => AddColumn(ThroughputColumn.RespondentsPerSecond());
    }
}
