using System;
using System.Diagnostics;
using System.IO;
using Xunit;

namespace ReintegrationScoring.Cli.Tests;

/// <summary>
/// Small file systems for fault tests: a tmpfs of a given size (disk full) or a bind mount (a file that cannot be
/// replaced). Mounting needs root: elsewhere the tests that need it are reported as skipped, with the reason; CI,
/// which runs as root, sets <c>RSS_TESTS_REQUIRE_MOUNT=1</c> so that they fail instead of being skipped.
/// </summary>
internal sealed class Mounts : IDisposable
{
    private readonly System.Collections.Generic.List<string> _mounted = [];

    /// <summary>Mounts a tmpfs of <paramref name="size"/> (e.g. "1m") on the new folder <paramref name="folder"/>, or skips the test.</summary>
    public string Tmpfs(string folder, string size)
    {
        Directory.CreateDirectory(folder);
        Mount(folder, "-t", "tmpfs", "-o", $"size={size},mode=0755", "tmpfs", folder);
        return folder;
    }

    /// <summary>Bind-mounts <paramref name="source"/> over the file <paramref name="target"/>: renaming over it then fails (EBUSY).</summary>
    public void Bind(string source, string target) => Mount(target, "--bind", source, target);

    public void Dispose()
    {
        for (var i = _mounted.Count - 1; i >= 0; i--)
        {
            Run("umount", "-l", _mounted[i]);
        }
    }

    private void Mount(string target, params string[] args)
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "mounting a file system needs Linux");
        var (exitCode, error) = Run("mount", args);
        if (exitCode != 0 && Environment.GetEnvironmentVariable("RSS_TESTS_REQUIRE_MOUNT") == "1")
        {
            Assert.Fail($"RSS_TESTS_REQUIRE_MOUNT is set but mount failed: {error.Trim()}");
        }

        Skip.If(exitCode != 0, $"cannot mount here (needs root; CI runs as root): {error.Trim()}");
        _mounted.Add(target);
    }

    private static (int ExitCode, string Error) Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, error);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
    }
}
