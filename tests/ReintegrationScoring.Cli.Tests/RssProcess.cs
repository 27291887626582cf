using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;

namespace ReintegrationScoring.Cli.Tests;

/// <summary>
/// The built tool as a real process (<c>dotnet rss.dll</c>), for what only a process shows: signals, descriptors the
/// shell closed or redirected, <c>ulimit</c>, broken pipes.
/// </summary>
internal static class RssProcess
{
    public const int SigHup = 1;
    public const int SigInt = 2;
    public const int SigKill = 9;
    public const int SigTerm = 15;

    public static string Dll => Path.Combine(AppContext.BaseDirectory, "rss.dll");

    /// <summary>
    /// Runs a bash script in which <c>rss</c> is the tool (<c>exec dotnet rss.dll "$@"</c>, so that <c>$!</c> and
    /// redirections reach the tool itself).
    /// </summary>
    public static RssRun Shell(string workingDirectory, string script)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"rss() {{ (exec dotnet \"$RSS_DLL\" \"$@\"); }}\n{script}");
        start.Environment["RSS_DLL"] = Dll;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start.");
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new RssRun(process.ExitCode, output, error.Result);
    }

    /// <summary>Starts the tool with its three standard streams redirected; standard input is left open.</summary>
    public static Process Start(string workingDirectory, params string[] args)
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
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
    }

    /// <summary>Sends <paramref name="signal"/> to the process.</summary>
    public static void Signal(Process process, int signal)
    {
        Posix.Signal(process.Id, signal);
    }

    /// <summary>
    /// Waits until the process has an output open in <paramref name="folder"/> (a temporary file, named or not):
    /// the moment the run has started writing.
    /// </summary>
    public static void WaitUntilWriting(Process process, string folder, string input)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            if (OpenFiles(process).Any(f => f.StartsWith(folder + "/", StringComparison.Ordinal) && f != input))
            {
                return;
            }

            Thread.Sleep(20);
        }

        throw new TimeoutException("The tool never started writing into " + folder);
    }

    /// <summary>Waits until the process is blocked reading <paramref name="path"/> (it has it open).</summary>
    public static void WaitUntilOpen(Process process, string path)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            if (OpenFiles(process).Contains(path))
            {
                return;
            }

            Thread.Sleep(20);
        }

        throw new TimeoutException("The tool never opened " + path);
    }

    /// <summary>The signal dispositions this process hands to its children: whether SIGINT is ignored (shells ignore it in background jobs).</summary>
    public static bool IgnoresInterrupt()
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        return (Convert.ToUInt64(line["SigIgn:".Length..].Trim(), 16) & (1UL << (SigInt - 1))) != 0;
    }

    private static string[] OpenFiles(Process process)
    {
        try
        {
            return new DirectoryInfo($"/proc/{process.Id}/fd").EnumerateFileSystemInfos()
                .Select(f => f.LinkTarget)
                .OfType<string>()
                .ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}
