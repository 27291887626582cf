using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading;
using ReintegrationScoring.Cli.Files;

namespace ReintegrationScoring.Cli.Tests;

/// <summary>Runs the <c>rss</c> tool in-process through its entry point, or as a real process, capturing its streams.</summary>
internal static class Rss
{
    /// <summary>Runs <c>rss</c> in-process: same parser, commands and exit codes as the executable.</summary>
    public static RssRun Run(params string[] args) => Run(TimeProvider.System, isErrorTerminal: false, args);

    public static RssRun Run(TimeProvider time, bool isErrorTerminal, params string[] args)
    {
        using var output = new MemoryStream();
        using var error = new StringWriter();
        var exitCode = RssApp.Run(args, new CliContext(output, error, isErrorTerminal, time, CancellationToken.None));
        return new RssRun(exitCode, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }

    /// <summary>Runs <c>rss</c> in-process with a standard input, platform features turned off, or faults injected into output streams.</summary>
    public static RssRun Run(RunSettings settings, params string[] args)
    {
        using var output = new MemoryStream();
        using var error = new StringWriter();
        using var interruption = Interruption.FromToken(CancellationToken.None);
        var context = new CliContext(
            new StandardStream("standard input", new MemoryStream(Encoding.UTF8.GetBytes(settings.StandardInput ?? string.Empty))),
            new StandardStream("standard output", output),
            new MessageWriter(error),
            isErrorTerminal: false,
            TimeProvider.System,
            interruption)
        {
            Features = settings.Features ?? FileSystemFeatures.Detect(),
            OutputFilter = settings.OutputFilter,
        };
        var exitCode = RssApp.Run(args, context);
        return new RssRun(exitCode, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }

    /// <summary>Runs the built <c>rss.dll</c> as a child process (<c>dotnet rss.dll …</c>).</summary>
    public static RssRun RunProcess(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "rss.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new RssRun(process.ExitCode, output, error.Result);
    }
}

/// <summary>What an in-process run gets besides its arguments.</summary>
internal sealed record RunSettings
{
    public string? StandardInput { get; init; }

    public FileSystemFeatures? Features { get; init; }

    public Func<Stream, Stream>? OutputFilter { get; init; }
}

/// <summary>What one run printed and returned.</summary>
internal sealed record RssRun(int ExitCode, string Output, string Error)
{
    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public string[] ErrorLines => Error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
