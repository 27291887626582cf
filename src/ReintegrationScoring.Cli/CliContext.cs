using System;
using System.IO;
using System.Threading;
using ReintegrationScoring.Cli.Files;

namespace ReintegrationScoring.Cli;

/// <summary>
/// What a command may touch besides the files it is given, which it opens through <see cref="OpenFiles"/>: standard
/// input and output as the tool found them, standard error (escaped messages), whether standard error is a terminal,
/// the clock, and the request to stop (signals). Tests pass their own to run the tool in-process.
/// </summary>
internal sealed class CliContext
{
    /// <summary>An in-process context: no standard input, Ctrl+C through <paramref name="cancellation"/>.</summary>
    public CliContext(Stream standardOutput, TextWriter error, bool isErrorTerminal, TimeProvider time, CancellationToken cancellation = default)
        : this(
            new StandardStream("standard input", Stream.Null),
            new StandardStream("standard output", standardOutput ?? throw new ArgumentNullException(nameof(standardOutput))),
            new MessageWriter(error ?? throw new ArgumentNullException(nameof(error))),
            isErrorTerminal,
            time,
            Interruption.FromToken(cancellation))
    {
    }

    public CliContext(StandardStream standardInput, StandardStream standardOutput, MessageWriter error, bool isErrorTerminal, TimeProvider time, Interruption interruption)
    {
        StandardInput = standardInput ?? throw new ArgumentNullException(nameof(standardInput));
        StandardOutput = standardOutput ?? throw new ArgumentNullException(nameof(standardOutput));
        Error = error ?? throw new ArgumentNullException(nameof(error));
        IsErrorTerminal = isErrorTerminal;
        Time = time ?? throw new ArgumentNullException(nameof(time));
        Interruption = interruption ?? throw new ArgumentNullException(nameof(interruption));
    }

    public StandardStream StandardInput { get; }

    public StandardStream StandardOutput { get; }

    /// <summary>Standard error; every message written to it is escaped.</summary>
    public MessageWriter Error { get; }

    /// <summary>Whether standard error is shown to a person (progress is drawn only then).</summary>
    public bool IsErrorTerminal { get; }

    public TimeProvider Time { get; }

    /// <summary>Signals: the request to stop, and the exit code it gives.</summary>
    public Interruption Interruption { get; }

    /// <summary>Cancelled when the user asks the tool to stop; a run then writes no output file.</summary>
    public CancellationToken Cancellation => Interruption.Token;

    /// <summary>What the platform offers the output component (tests turn features off to exercise fallbacks).</summary>
    public FileSystemFeatures Features { get; init; } = FileSystemFeatures.Detect();

    /// <summary>Wraps every output stream; tests inject faults (a full disk at the final flush) with it.</summary>
    public Func<Stream, Stream>? OutputFilter { get; init; }

    /// <summary>The context of the <c>rss</c> process: its descriptors as the caller left them, and its signals.</summary>
    public static CliContext ForConsole()
    {
        var error = new MessageWriter(StandardStream.ErrorForProcess(RssApp.Utf8));
        return new CliContext(
            StandardStream.ForProcess(0, "standard input", FileAccess.Read),
            StandardStream.ForProcess(1, "standard output", FileAccess.Write),
            error,
            !Console.IsErrorRedirected,
            TimeProvider.System,
            Interruption.ForProcess(error, Environment.Exit));
    }

    /// <summary>The files of one command run: every command reads and writes through it.</summary>
    public CommandFiles OpenFiles() => new(this);
}
