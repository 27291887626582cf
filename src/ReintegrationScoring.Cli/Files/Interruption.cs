using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;

namespace ReintegrationScoring.Cli.Files;

/// <summary>
/// A request to stop: Ctrl+C (<c>SIGINT</c>), <c>SIGTERM</c> or <c>SIGHUP</c>. The first signal cancels
/// <see cref="Token"/>, which a run checks between batches; the files of the command in progress are then discarded
/// as it unwinds and the tool exits 128 + the signal's number (130, 143, 129). A run that does not end within
/// <see cref="GracePeriod"/> (it waits on standard input, a FIFO or a full pipe) is stopped: its temporary files are
/// removed and the process exits with the same code. A second signal stops it at once.
/// </summary>
internal sealed class Interruption : IDisposable
{
    /// <summary>How long a run may take to unwind after a signal; the tool honours a signal within a second.</summary>
    public static readonly TimeSpan GracePeriod = TimeSpan.FromMilliseconds(300);

    private const int Hangup = 1;
    private const int Interrupt = 2;
    private const int Termination = 15;
    private const int FileSizeLimitExceeded = 25;

    private readonly CancellationTokenSource _stop = new();
    private readonly List<IDisposable> _registrations = [];
    private readonly Lock _gate = new();
    private readonly TextWriter? _messages;
    private readonly Action<int>? _exit;
    private CommandFiles? _files;
    private Timer? _deadline;
    private int _signal;
    private bool _ended;

    private Interruption(TextWriter? messages, Action<int>? exit)
    {
        _messages = messages;
        _exit = exit;
    }

    /// <summary>Cancelled when the run is asked to stop.</summary>
    public CancellationToken Token => _stop.Token;

    /// <summary>128 + the signal's number: 130 for Ctrl+C, 143 for <c>SIGTERM</c>, 129 for <c>SIGHUP</c>.</summary>
    public int ExitCode => _signal switch
    {
        Hangup => ExitCodes.HungUp,
        Termination => ExitCodes.Terminated,
        _ => ExitCodes.Interrupted,
    };

    /// <summary>The signal's name for messages.</summary>
    public string SignalName => _signal switch
    {
        Hangup => "SIGHUP",
        Termination => "SIGTERM",
        _ => "SIGINT",
    };

    /// <summary>Stops only through <paramref name="cancellation"/> (Ctrl+C for an in-process run; tests), never forcibly.</summary>
    public static Interruption FromToken(CancellationToken cancellation)
    {
        var interruption = new Interruption(null, null);
        interruption._registrations.Add(cancellation.Register(() => interruption.Request(Interrupt)));
        return interruption;
    }

    /// <summary>Handles this process's <c>SIGINT</c>, <c>SIGTERM</c> and <c>SIGHUP</c>.</summary>
    /// <param name="messages">Where a forced stop says so.</param>
    /// <param name="exit">Ends the process with an exit code (<see cref="Environment.Exit"/>).</param>
    public static Interruption ForProcess(TextWriter messages, Action<int> exit)
    {
        var interruption = new Interruption(messages, exit);
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP })
        {
            interruption._registrations.Add(PosixSignalRegistration.Create(signal, interruption.OnSignal));
        }

        if (!OperatingSystem.IsWindows())
        {
            // Beyond ulimit -f the system would kill the process, temporary files and all; handled, the write fails
            // with "file too large" and the run ends cleanly.
            interruption._registrations.Add(PosixSignalRegistration.Create((PosixSignal)FileSizeLimitExceeded, context => context.Cancel = true));
        }

        return interruption;
    }

    /// <summary>Makes <paramref name="files"/> the files a forced stop removes.</summary>
    public void Track(CommandFiles files)
    {
        lock (_gate)
        {
            _files = files;
        }
    }

    public void Untrack(CommandFiles files)
    {
        lock (_gate)
        {
            if (_files == files)
            {
                _files = null;
            }
        }
    }

    /// <summary>
    /// Called by the run once it has unwound after a signal: from then on a forced stop cannot happen, so the
    /// interruption is reported once.
    /// </summary>
    /// <returns>False when a forced stop has already reported it (and is ending the process).</returns>
    public bool TryConclude()
    {
        lock (_gate)
        {
            if (_ended)
            {
                return false;
            }

            _ended = true;
            _deadline?.Dispose();
            return true;
        }
    }

    /// <summary>Ends signal handling; a forced stop can no longer happen.</summary>
    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        lock (_gate)
        {
            _ended = true;
            _deadline?.Dispose();
            _stop.Dispose();
        }
    }

    private static int SignalNumber(PosixSignal signal) => signal switch
    {
        PosixSignal.SIGHUP => Hangup,
        PosixSignal.SIGTERM => Termination,
        _ => Interrupt,
    };

    private void OnSignal(PosixSignalContext context)
    {
        // The tool decides how to end, after removing its temporary files.
        context.Cancel = true;
        Request(SignalNumber(context.Signal));
    }

    private void Request(int signal)
    {
        lock (_gate)
        {
            if (_ended)
            {
                return;
            }

            var first = _signal == 0;
            if (first)
            {
                _signal = signal;
                _stop.Cancel();
            }

            if (_exit is not null)
            {
                _deadline?.Dispose();
                _deadline = new Timer(_ => ForceStop(), null, first ? GracePeriod : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
            }
        }
    }

    private void ForceStop()
    {
        string outcome;
        lock (_gate)
        {
            if (_ended || _exit is null)
            {
                return;
            }

            _ended = true;
            outcome = _files?.Abort() ?? OutputException.NothingChanged;
        }

        _messages?.WriteLine($"{RssApp.Name}: interrupted ({SignalName}); {outcome}");
        _exit(ExitCode);
    }
}
