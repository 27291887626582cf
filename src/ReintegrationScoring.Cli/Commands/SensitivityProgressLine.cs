using System;
using System.Globalization;
using ReintegrationScoring.Analysis.Sensitivity;

namespace ReintegrationScoring.Cli.Commands;

/// <summary>
/// The progress line of <c>rss sensitivity</c> on a terminal, timed as <c>score</c>'s (see <c>RunReporter</c>): only once
/// the run has taken a second, redrawn at most four times a second, erased before any other message. Draw reports come
/// from worker threads, so drawing is serialised.
/// </summary>
internal sealed class SensitivityProgressLine : IProgress<SensitivityProgress>
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    private readonly MessageWriter _error;
    private readonly bool _draw;
    private readonly TimeProvider _time;
    private readonly long _started;
    private readonly object _gate = new();
    private TimeSpan _lastDrawn;
    private int _width;

    public SensitivityProgressLine(MessageWriter error, bool isTerminal, bool quiet, TimeProvider time)
    {
        _error = error;
        _draw = isTerminal && !quiet;
        _time = time;
        _started = time.GetTimestamp();
    }

    public TimeSpan Elapsed => _time.GetElapsedTime(_started);

    public void Rows(long rows) => Draw(() => string.Format(CultureInfo.InvariantCulture, "rss: {0:N0} rows read", rows));

    public void Report(SensitivityProgress value) =>
        Draw(() => string.Format(CultureInfo.InvariantCulture, "rss: {0:N0} of {1:N0} weight draws evaluated", value.CompletedDraws, value.TotalDraws));

    /// <summary>Runs the draws of <paramref name="analyze"/> under this line, then clears it.</summary>
    /// <exception cref="CliException">Too many groups × draws to hold: the message names counts and limits only.</exception>
    public T Analyze<T>(Func<T> analyze, string inputName)
    {
        try
        {
            return analyze();
        }
        catch (InvalidOperationException e)
        {
            throw new CliException($"{inputName}: {e.Message}");
        }
        finally
        {
            Clear();
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            if (_width > 0)
            {
                _error.Erase(_width);
                _width = 0;
            }
        }
    }

    private void Draw(Func<string> text)
    {
        if (!_draw)
        {
            return;
        }

        lock (_gate)
        {
            var elapsed = Elapsed;
            if (elapsed < Delay || elapsed - _lastDrawn < Interval)
            {
                return;
            }

            _lastDrawn = elapsed;
            var line = text();
            _error.DrawOver(line, _width);
            _width = line.Length;
        }
    }
}
