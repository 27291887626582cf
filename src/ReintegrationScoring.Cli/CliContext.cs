using System;
using System.IO;
using System.Threading;

namespace ReintegrationScoring.Cli;

/// <summary>
/// What a command may touch besides the files it is given: standard output (a stream, so that large results are
/// written without a console writer's per-write flushing), standard error, whether standard error is a terminal, the
/// clock, and the user's request to stop (Ctrl+C). Tests pass their own to run the tool in-process.
/// </summary>
internal sealed class CliContext
{
    public CliContext(Stream standardOutput, TextWriter error, bool isErrorTerminal, TimeProvider time, CancellationToken cancellation = default)
    {
        StandardOutput = standardOutput ?? throw new ArgumentNullException(nameof(standardOutput));
        Error = error ?? throw new ArgumentNullException(nameof(error));
        IsErrorTerminal = isErrorTerminal;
        Time = time ?? throw new ArgumentNullException(nameof(time));
        Cancellation = cancellation;
    }

    public Stream StandardOutput { get; }

    public TextWriter Error { get; }

    /// <summary>Whether standard error is shown to a person (progress is drawn only then).</summary>
    public bool IsErrorTerminal { get; }

    public TimeProvider Time { get; }

    /// <summary>Cancelled when the user asks the tool to stop; a run then writes no output file.</summary>
    public CancellationToken Cancellation { get; }

    public static CliContext ForConsole()
    {
        var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            // The first Ctrl+C stops the run cleanly (temporary files removed); a second one ends the process.
            e.Cancel = !stop.IsCancellationRequested;
            stop.Cancel();
        };
        return new CliContext(Console.OpenStandardOutput(), Console.Error, !Console.IsErrorRedirected, TimeProvider.System, stop.Token);
    }
}
