using System;
using System.IO;
using System.Linq;
using System.Text;
using ReintegrationScoring.Cli.Scoring;
using Xunit;

namespace ReintegrationScoring.Cli.Tests;

public sealed class ScorePipelineTests
{
    [Fact]
    public void Run_ManyBatches_ParallelOutputEqualsSequentialOutputInInputOrder()
    {
        var rows = Enumerable.Range(0, (RowBatch.RowCapacity * 7) + 13)
            .Select(i => SurveyCsv.Row($"R{i}", (i % 3) switch { 0 => "initial", 1 => "intermediate", _ => "final" }, Answers(i)))
            .ToArray();
        var input = SurveyCsv.File(rows);

        var sequential = Score(input, workers: 1, out var sequentialSummary);
        var parallel = Score(input, workers: 3, out var parallelSummary);

        Assert.Equal(sequential, parallel);
        Assert.Equal(sequentialSummary with { Elapsed = default }, parallelSummary with { Elapsed = default });
        var ids = CsvText.Parse(parallel).Skip(1).Select(r => r[0]).ToArray();
        Assert.Equal(rows.Length, ids.Length);
        Assert.Equal(Enumerable.Range(0, rows.Length).Select(i => $"R{i}"), ids);
        Assert.True(sequentialSummary.Ok > 0 && sequentialSummary.Incomplete > 0 && sequentialSummary.Error > 0);
    }

    [Fact]
    public void Run_MultiLineRowsAcrossBatchBoundaries_ReportsTheLineWhereEachDuplicateStarts()
    {
        // Every row's id spans two lines, so row k starts at line 2 + 2k; the last row repeats the first.
        var count = (RowBatch.RowCapacity * 2) + 5;
        var rows = Enumerable.Range(0, count).Select(i => SurveyCsv.Row($"\"R{i}\nx\"", "initial")).Append(SurveyCsv.Row("\"R0\nx\"", "initial"));
        var input = SurveyCsv.File(rows);

        foreach (var workers in new[] { 1, 2 })
        {
            using var error = new StringWriter();
            var reporter = new RunReporter(new MessageWriter(error), quiet: true, isTerminal: false, TimeProvider.System);
            new ScorePipeline(ScoringEngine.Default, workers).Run(new MemoryStream(Encoding.UTF8.GetBytes(input)), "in.csv", TextWriter.Null, null, reporter);

            Assert.Equal($"rss: warning: in.csv: lines 2 and {2 + (2 * count)} have the same respondent_id and round; both are scored", error.ToString().Trim());
        }
    }

    [Fact]
    public void Run_UnterminatedQuoteAfterManyBatches_ThrowsWithItsLine()
    {
        var rows = Enumerable.Range(0, RowBatch.RowCapacity * 3).Select(i => SurveyCsv.Row($"R{i}", "initial")).ToList();
        var input = SurveyCsv.File(rows) + "R-last,\"final\n" + SurveyCsv.Row("R-after", "final") + "\n";

        foreach (var workers in new[] { 1, 2 })
        {
            var e = Assert.Throws<CliException>(() => Score(input, workers, out _));
            Assert.Equal($"in.csv: line {rows.Count + 2}, column round: unterminated quoted field (a quote opens but never closes)", e.Message);
        }
    }

    [Fact]
    public void Run_Cancelled_Throws()
    {
        using var cancelled = new System.Threading.CancellationTokenSource();
        cancelled.Cancel();
        var input = SurveyCsv.File(SurveyCsv.Row("R1", "initial"));

        foreach (var workers in new[] { 1, 2 })
        {
            Assert.ThrowsAny<OperationCanceledException>(() => new ScorePipeline(ScoringEngine.Default, workers)
                .Run(new MemoryStream(Encoding.UTF8.GetBytes(input)), "in.csv", TextWriter.Null, null, RunReporter.Silent, cancelled.Token));
        }
    }

    private static (string Measure, string Cell)[] Answers(int i) => (i % 11) switch
    {
        0 => new[] { ("ECO_SATISFACTION", "dont_know") },
        1 => new[] { ("PSY_DISTRESS", "nonsense") },
        2 => new[] { ("SOC_SCHOOL_ATTENDANCE", "not_applicable"), ("SOC_WATER_ACCESS", "Fair") },
        3 => new[] { ("ECO_DEBT_RATIO", "\"debt_above_spending\"") },
        _ => Array.Empty<(string, string)>(),
    };

    private static string Score(string input, int workers, out ScoreSummary summary)
    {
        using var output = new StringWriter();
        summary = new ScorePipeline(ScoringEngine.Default, workers)
            .Run(new MemoryStream(Encoding.UTF8.GetBytes(input)), "in.csv", output, null, RunReporter.Silent);
        return output.ToString();
    }
}
