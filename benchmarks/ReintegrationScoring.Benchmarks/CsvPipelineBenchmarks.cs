using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using ReintegrationScoring.Cli.Scoring;
using ReintegrationScoring.CohortGenerator;

namespace ReintegrationScoring.Benchmarks;

/// <summary>
/// The tool's CSV pipeline end to end, in process: parse the generated cohort CSV (held in memory, so disk speed does
/// not count), look every cell up, score, format and encode the output CSV (to a null stream). The baseline runs the
/// whole pipeline on the calling thread; the other uses the tool's default of one reader, one scoring worker per core
/// and the writer. Process start-up and file I/O are in the side-by-side comparison of benchmarks/peer/compare.py.
/// </summary>
public class CsvPipelineBenchmarks : CohortBenchmarks
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly ScorePipeline _oneThread = new(ScoringEngine.Default, workers: 1);
    private readonly ScorePipeline _toolDefault = new(ScoringEngine.Default);
    private byte[] _csv = null!;

    [GlobalSetup]
    public void Setup()
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, Utf8, 1 << 16, leaveOpen: true))
        {
            new CohortWriter(new CohortOptions { Rows = CohortSize, MissingShare = MissingShare }).Write(writer);
        }

        _csv = buffer.ToArray();
    }

    [Benchmark(Baseline = true, Description = "pipeline, 1 thread")]
    public long OneThread() => Run(_oneThread);

    [Benchmark(Description = "pipeline, tool default")]
    public long ToolDefault() => Run(_toolDefault);

    private long Run(ScorePipeline pipeline)
    {
        using var input = new MemoryStream(_csv, writable: false);
        using var output = new StreamWriter(Stream.Null, Utf8, 1 << 16);
        return pipeline.Run(input, "cohort.csv", output, null, RunReporter.Silent).Rows;
    }
}
