using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using ReintegrationScoring.Cli.Scoring;
using ReintegrationScoring.CohortGenerator;
using ReintegrationScoring.Import;

namespace ReintegrationScoring.Benchmarks;

/// <summary>
/// The reading overhead of issue 12 on the tool's pipeline (default threads): the canonical CSV (baseline, as
/// <c>rss score</c> read it before), the same cohort as a KoboToolbox export (';', every cell quoted, CRLF, group
/// paths, metadata columns: delimiter detection and path matching), and as a programme's own form read through a
/// mapping file (every answer an alias). Target: the canonical and KoboToolbox rows within 10 % of the baseline
/// before this change (compare with <see cref="CsvPipelineBenchmarks"/>' tool-default row of an earlier commit).
/// </summary>
public class ExportReadingBenchmarks : CohortBenchmarks
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly ScorePipeline _pipeline = new(ScoringEngine.Default);
    private byte[] _canonical = null!;
    private byte[] _kobo = null!;
    private byte[] _foreign = null!;
    private ScoreInput _mapped = null!;

    [GlobalSetup]
    public void Setup()
    {
        var text = new StringWriter();
        new CohortWriter(new CohortOptions { Rows = CohortSize, MissingShare = MissingShare }).Write(text);
        var csv = text.ToString();
        _canonical = Utf8.GetBytes(csv);
        var lines = csv.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        var codes = new HashSet<string>(RssCatalog.Default.Measures.Select(m => m.Code));

        // KoboToolbox: group paths, metadata columns, every cell quoted, ';', CRLF.
        var kobo = new StringBuilder();
        kobo.AppendJoin(';', header.Select(h => Quote(codes.Contains(h) ? "group_" + h[..3].ToLowerInvariant() + "/" + h : h)).Concat(new[] { "\"_id\"", "\"_uuid\"", "\"_submission_time\"" })).Append("\r\n");
        foreach (var line in lines.Skip(1))
        {
            kobo.AppendJoin(';', line.Split(',').Select(Quote)).Append(";\"1\";\"uuid\";\"2026-01-01T00:00:00\"\r\n");
        }

        _kobo = Utf8.GetBytes(kobo.ToString());

        // A programme's own form: measure columns q1…, answers numbered, a mapping for all of it.
        var measures = RssCatalog.Default.Measures;
        var foreign = new StringBuilder();
        foreign.AppendJoin(',', header.Select(h => codes.Contains(h) ? "q" + (measures.ToList().FindIndex(m => m.Code == h) + 1) : h)).Append('\n');
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split(',');
            foreign.AppendJoin(',', cells.Select((c, i) => codes.Contains(header[i]) && RssCatalog.Default.GetMeasure(header[i]).Scale.IndexOf(c) is var k and >= 0 ? (k + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : c)).Append('\n');
        }

        _foreign = Utf8.GetBytes(foreign.ToString());
        var mapping = new StringBuilder("{\"columns\":{");
        mapping.AppendJoin(',', measures.Select((m, i) => $"\"q{i + 1}\":\"{m.Code}\""));
        mapping.Append("},\"values\":{");
        mapping.AppendJoin(',', measures.Select(m => $"\"{m.Code}\":{{" + string.Join(',', m.Scale.Options.Select((o, i) => $"\"{i + 1}\":\"{o.Key}\"")) + "}"));
        mapping.Append("}}");
        _mapped = new ScoreInput { Mapping = ColumnMapping.Read(new MemoryStream(Utf8.GetBytes(mapping.ToString())), RssCatalog.Default, "mapping.json") };
    }

    [Benchmark(Baseline = true, Description = "canonical CSV")]
    public long Canonical() => Run(_canonical, ScoreInput.Default);

    [Benchmark(Description = "KoboToolbox export (detection, paths, quotes)")]
    public long Kobo() => Run(_kobo, ScoreInput.Default);

    [Benchmark(Description = "own form through a mapping file")]
    public long Mapped() => Run(_foreign, _mapped);

    private static string Quote(string cell) => "\"" + cell + "\"";

    private long Run(byte[] csv, ScoreInput settings)
    {
        using var input = new MemoryStream(csv, writable: false);
        using var output = new StreamWriter(Stream.Null, Utf8, 1 << 16);
        return _pipeline.Run(input, "cohort.csv", output, null, RunReporter.Silent, settings).Rows;
    }
}
