namespace ReintegrationScoring.Cli;

/// <summary>The exit codes of every command: part of the tool's contract.</summary>
internal static class ExitCodes
{
    /// <summary>Success: every row scored <c>ok</c> or <c>incomplete</c>; a weight set is valid.</summary>
    public const int Success = 0;

    /// <summary>The run finished but found problems in the data: at least one <c>error</c> row; an invalid weight set.</summary>
    public const int DataProblems = 1;

    /// <summary>Usage or configuration error: nothing was scored and no output file was created or changed.</summary>
    public const int UsageOrConfiguration = 2;

    /// <summary>Stopped by Ctrl+C (128 + SIGINT, as shells report it); no output file was created or changed.</summary>
    public const int Interrupted = 130;
}
