namespace ReintegrationScoring.Cli;

/// <summary>The exit codes of every command: part of the tool's contract (docs/cli.md, Exit codes).</summary>
internal static class ExitCodes
{
    /// <summary>Success: every row scored <c>ok</c> or <c>incomplete</c>; a weight set is valid.</summary>
    public const int Success = 0;

    /// <summary>The run finished but found problems in the data: at least one <c>error</c> row; an invalid weight set.</summary>
    public const int DataProblems = 1;

    /// <summary>
    /// Usage or configuration error (also <c>rss</c> without a command): nothing was done and no output file was
    /// created or changed.
    /// </summary>
    public const int UsageOrConfiguration = 2;

    /// <summary>
    /// An output could not be written (disk full, <c>ulimit -f</c>, standard output closed, a commit that failed): no
    /// output file was created or changed; what was already sent to a stream stays there.
    /// </summary>
    public const int OutputFailed = 3;

    /// <summary>Some output files were replaced and others not (a file system that cannot swap files); the message says which holds what.</summary>
    public const int PartlyCommitted = 4;

    /// <summary>128 + a signal's number, as shells report a process ended by it.</summary>
    public const int SignalBase = 128;

    /// <summary>Stopped by <c>SIGHUP</c> (the terminal closed); no output file was created or changed.</summary>
    public const int HungUp = SignalBase + 1;

    /// <summary>Stopped by Ctrl+C (<c>SIGINT</c>); no output file was created or changed.</summary>
    public const int Interrupted = SignalBase + 2;

    /// <summary>
    /// Standard output (or a FIFO) was closed by its reader, as in <c>rss score big.csv | head</c>: the run stopped; the
    /// message says how many rows were written (128 + <c>SIGPIPE</c>, as shells report it).
    /// </summary>
    public const int BrokenPipe = SignalBase + 13;

    /// <summary>Stopped by <c>SIGTERM</c>; no output file was created or changed.</summary>
    public const int Terminated = SignalBase + 15;
}
