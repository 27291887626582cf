using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading;

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

/// <summary>What one run printed and returned.</summary>
internal sealed record RssRun(int ExitCode, string Output, string Error)
{
    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public string[] ErrorLines => Error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
