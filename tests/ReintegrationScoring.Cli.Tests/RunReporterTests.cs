using System;
using System.IO;
using System.Threading;
using ReintegrationScoring.Cli.Scoring;
using Xunit;

namespace ReintegrationScoring.Cli.Tests;

public sealed class RunReporterTests : IDisposable
{
    private readonly ManualTime _time = new();
    private readonly StringWriter _error = new();

    public void Dispose() => _error.Dispose();

    [Fact]
    public void Progress_OnATerminal_AppearsOnlyAfterOneSecond()
    {
        var reporter = new RunReporter(new MessageWriter(_error), quiet: false, isTerminal: true, _time);

        _time.Advance(TimeSpan.FromMilliseconds(900));
        reporter.Progress(512);
        Assert.Equal(string.Empty, _error.ToString());

        _time.Advance(TimeSpan.FromMilliseconds(1100));
        reporter.Progress(100_000);
        Assert.Equal("\rrss: 100,000 rows scored (50,000 rows/s)", _error.ToString());
    }

    [Fact]
    public void Progress_IsRedrawnAtMostFourTimesASecondAndClearedBeforeTheSummary()
    {
        var reporter = new RunReporter(new MessageWriter(_error), quiet: false, isTerminal: true, _time);
        _time.Advance(TimeSpan.FromSeconds(2));
        reporter.Progress(1000);
        _time.Advance(TimeSpan.FromMilliseconds(100));
        reporter.Progress(2000);
        var drawn = _error.ToString();

        reporter.Finish("in.csv", new ScoreSummary(3, 2, 1, 0, TimeSpan.FromSeconds(2.5)));

        Assert.Equal("\rrss: 1,000 rows scored (500 rows/s)", drawn);
        var text = _error.ToString()[drawn.Length..];
        Assert.Equal("\r" + new string(' ', drawn.Length - 1) + "\r" + "rss: in.csv: 6 rows: 3 ok, 2 incomplete, 1 error (2.50 s)" + Environment.NewLine, text);
    }

    [Fact]
    public void Progress_NotATerminal_IsNeverDrawn()
    {
        var reporter = new RunReporter(new MessageWriter(_error), quiet: false, isTerminal: false, _time);
        _time.Advance(TimeSpan.FromSeconds(5));

        reporter.Progress(1000);

        Assert.Equal(string.Empty, _error.ToString());
    }

    [Fact]
    public void Quiet_SilencesProgressAndSummaryButNotWarnings()
    {
        var reporter = new RunReporter(new MessageWriter(_error), quiet: true, isTerminal: true, _time);
        _time.Advance(TimeSpan.FromSeconds(5));

        reporter.Progress(1000);
        reporter.Warn("in.csv: lines 2 and 3 have the same respondent_id and round; both are scored");
        reporter.Finish("in.csv", new ScoreSummary(1, 0, 0, 1, TimeSpan.FromSeconds(5)));

        Assert.Equal("rss: warning: in.csv: lines 2 and 3 have the same respondent_id and round; both are scored" + Environment.NewLine, _error.ToString());
    }

    [Fact]
    public void Score_OnATerminalPastOneSecond_DrawsProgressThenTheSummary()
    {
        using var folder = new TempFolder();
        var rows = new string[RowBatch.RowCapacity * 2];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = SurveyCsv.Row($"R{i}", "initial");
        }

        var input = folder.Write("in.csv", SurveyCsv.File(rows));
        var time = new SteppingTime(TimeSpan.FromSeconds(1));

        var run = Rss.Run(time, isErrorTerminal: true, "score", input, "--out", folder.File("out.csv"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\rrss: 512 rows scored", run.Error, StringComparison.Ordinal);
        Assert.EndsWith($"rss: {input}: 1024 rows: 1024 ok, 0 incomplete, 0 error", run.Error.TrimEnd()[..^8].TrimEnd(' ', '('), StringComparison.Ordinal);
    }

    /// <summary>A clock that moves by a fixed step each time it is read, so a short run looks long.</summary>
    private sealed class SteppingTime(TimeSpan step) : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Interlocked.Add(ref _ticks, step.Ticks);
    }
}
