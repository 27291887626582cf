using System;
using System.IO;

namespace ReintegrationScoring.Cli.Files;

/// <summary>
/// An output could not be written or committed. The message names the output (its path as given, or "standard
/// output") and the reason, never any content; <see cref="Consequence"/> says what is on disk now.
/// </summary>
internal sealed class OutputException : IOException
{
    public const string NothingChanged = "no output file was created or changed";

    private const int WindowsErrorMask = 0xFFFF;

    public OutputException(OutputFailure failure, string message, string consequence = NothingChanged, Exception? innerException = null, string? output = null)
        : base(message, innerException)
    {
        Failure = failure;
        Consequence = consequence;
        Output = output;
    }

    public OutputFailure Failure { get; }

    /// <summary>The name of the output whose writing failed (<see cref="OutputTarget.Name"/>), or null for a commit.</summary>
    public string? Output { get; }

    /// <summary>What the failure left on disk, for the user.</summary>
    public string Consequence { get; }

    /// <summary>141 (as a process ended by <c>SIGPIPE</c>) for a broken pipe, 4 for a partial commit, 3 otherwise.</summary>
    public int ExitCode => Failure switch
    {
        OutputFailure.BrokenPipe => ExitCodes.BrokenPipe,
        OutputFailure.PartlyCommitted => ExitCodes.PartlyCommitted,
        _ => ExitCodes.OutputFailed,
    };

    /// <summary>The failure of writing to <paramref name="name"/>, classified from the system's error.</summary>
    public static OutputException From(IOException exception, string name)
    {
        if (exception is OutputException known)
        {
            return known;
        }

        var failure = exception.InnerException is System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.Shutdown or System.Net.Sockets.SocketError.ConnectionReset or System.Net.Sockets.SocketError.ConnectionAborted }
            ? OutputFailure.BrokenPipe
            : Classify(exception.HResult);
        return new OutputException(failure, Describe(failure, name, exception.Message), NothingChanged, exception, name);
    }

    /// <summary>The failure for an error number (Unix) or a Windows error code.</summary>
    public static OutputFailure Classify(int error)
    {
        if (OperatingSystem.IsWindows())
        {
            return (error & WindowsErrorMask) switch
            {
                112 or 39 => OutputFailure.DiskFull,
                223 => OutputFailure.FileTooLarge,
                109 or 232 => OutputFailure.BrokenPipe,
                6 => OutputFailure.Closed,
                _ => OutputFailure.Other,
            };
        }

        return error switch
        {
            Libc.Errors.NoSpace => OutputFailure.DiskFull,
            Libc.Errors.FileTooLarge => OutputFailure.FileTooLarge,
            Libc.Errors.BrokenPipe => OutputFailure.BrokenPipe,
            Libc.Errors.BadDescriptor => OutputFailure.Closed,
            _ when error == Libc.Errors.QuotaExceeded => OutputFailure.DiskFull,
            _ => OutputFailure.Other,
        };
    }

    /// <summary>The failure in words, naming the output; <paramref name="systemMessage"/> only for failures without a name of their own.</summary>
    public static string Describe(OutputFailure failure, string name, string systemMessage) => failure switch
    {
        OutputFailure.DiskFull => $"{name}: the disk is full (no space left on the device, or the quota is exceeded)",
        OutputFailure.FileTooLarge => $"{name}: the file size limit is reached (ulimit -f, or the file system's largest file)",
        OutputFailure.BrokenPipe => $"{name}: the reading end was closed (broken pipe)",
        OutputFailure.Closed => $"{name} is closed",
        _ => $"{name}: cannot be written ({systemMessage.TrimEnd('.')})",
    };
}
