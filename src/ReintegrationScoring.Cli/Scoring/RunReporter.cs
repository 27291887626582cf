using System;
using System.Globalization;
using System.IO;

namespace ReintegrationScoring.Cli.Scoring;

/// <summary>
/// Everything a scoring run says on standard error besides fatal errors: warnings (always), a progress line (only on
/// a terminal, only once the run has taken a second, redrawn at most four times a second) and the final summary
/// (unless quiet). Never an id or an answer; every message goes through <see cref="MessageWriter"/>, which escapes it.
/// </summary>
internal sealed class RunReporter
{
    private static readonly TimeSpan ProgressDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(250);

    private readonly MessageWriter _error;
    private readonly bool _quiet;
    private readonly bool _drawProgress;
    private readonly TimeProvider _time;
    private readonly long _started;
    private TimeSpan _lastDrawn;
    private int _progressWidth;

    public RunReporter(MessageWriter error, bool quiet, bool isTerminal, TimeProvider time)
    {
        _error = error;
        _quiet = quiet;
        _drawProgress = isTerminal && !quiet;
        _time = time;
        _started = time.GetTimestamp();
    }

    /// <summary>A reporter that says nothing (for benchmarks).</summary>
    public static RunReporter Silent { get; } = new(new MessageWriter(TextWriter.Null), quiet: true, isTerminal: false, TimeProvider.System);

    public TimeSpan Elapsed => _time.GetElapsedTime(_started);

    /// <summary>The rows handed to the outputs so far (the last <see cref="Progress"/>).</summary>
    public long RowsWritten { get; private set; }

    public void Warn(string message)
    {
        ClearProgress();
        _error.WriteLine($"rss: warning: {message}");
    }

    /// <summary>Called by the writer after each batch.</summary>
    public void Progress(long rows)
    {
        RowsWritten = rows;
        if (!_drawProgress)
        {
            return;
        }

        var elapsed = Elapsed;
        if (elapsed < ProgressDelay || elapsed - _lastDrawn < ProgressInterval)
        {
            return;
        }

        _lastDrawn = elapsed;
        var text = string.Format(CultureInfo.InvariantCulture, "rss: {0:N0} rows scored ({1:N0} rows/s)", rows, rows / elapsed.TotalSeconds);
        _error.DrawOver(text, _progressWidth);
        _progressWidth = text.Length;
    }

    /// <summary>A run stopped because a stream output failed: says how many rows reached it, whatever <c>--quiet</c> says.</summary>
    /// <param name="inputName">The input's name.</param>
    /// <param name="outputName">The stream's name.</param>
    /// <param name="closedByReader">Whether its reader closed it (broken pipe), which no other message reports.</param>
    public void Stopped(string inputName, string outputName, bool closedByReader)
    {
        ClearProgress();
        _error.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "rss: {0}: stopped after {1} rows had been written to {2}{3}",
            inputName,
            RowsWritten,
            outputName,
            closedByReader ? ", which its reader closed (broken pipe)" : string.Empty));
    }

    /// <summary>Advice about the run (unless quiet).</summary>
    public void Note(string message)
    {
        if (!_quiet)
        {
            ClearProgress();
            _error.WriteLine($"rss: note: {message}");
        }
    }

    public void Finish(string inputName, ScoreSummary summary)
    {
        ClearProgress();
        if (_quiet)
        {
            return;
        }

        _error.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "rss: {0}: {1} rows: {2} ok, {3} incomplete, {4} error ({5:0.00} s)",
            inputName,
            summary.Rows,
            summary.Ok,
            summary.Incomplete,
            summary.Error,
            summary.Elapsed.TotalSeconds));
    }

    private void ClearProgress()
    {
        if (_progressWidth == 0)
        {
            return;
        }

        _error.Erase(_progressWidth);
        _progressWidth = 0;
    }
}
