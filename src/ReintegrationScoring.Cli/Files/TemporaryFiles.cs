using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace ReintegrationScoring.Cli.Files;

/// <summary>
/// Names of temporary files, <c>.NAME.rss-PID-RANDOM.tmp</c> next to the file they will replace, and the sweep that
/// removes those a killed run left behind: before writing into a folder, every such file whose process is no longer
/// running is deleted. (On Linux temporary files have no name until commit, so only a kill during the commit itself
/// can leave one.)
/// </summary>
internal static partial class TemporaryFiles
{
    private const int LongestKeptName = 200;

    /// <summary>A fresh temporary name for <paramref name="targetPath"/>, in its folder.</summary>
    public static string NameFor(string targetPath)
    {
        var folder = Path.GetDirectoryName(targetPath) ?? string.Empty;
        var name = Path.GetFileName(targetPath);
        if (name.Length > LongestKeptName)
        {
            name = name[..LongestKeptName];
        }

        var random = Path.GetRandomFileName().Replace(".", string.Empty, StringComparison.Ordinal);
        return Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $".{name}.rss-{Environment.ProcessId}-{random}.tmp"));
    }

    /// <summary>Deletes the temporary files in <paramref name="folder"/> whose process has ended; errors are ignored.</summary>
    public static void SweepStale(string folder)
    {
        try
        {
            foreach (var path in Directory.EnumerateFiles(folder, ".*.rss-*.tmp"))
            {
                var match = TemporaryName().Match(Path.GetFileName(path));
                if (match.Success
                    && int.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var owner)
                    && owner != Environment.ProcessId
                    && !IsRunning(owner))
                {
                    File.Delete(path);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A folder that cannot be listed or a file that cannot be deleted: this run still writes its own output.
        }
    }

    private static bool IsRunning(int processId)
    {
        if (OperatingSystem.IsWindows())
        {
            try
            {
                using var process = Process.GetProcessById(processId);
                return !process.HasExited;
            }
            catch (ArgumentException)
            {
                return false;
            }
        }

        return Libc.Kill(processId, 0) == 0 || Marshal.GetLastPInvokeError() != Libc.Errors.NoProcess;
    }

    [GeneratedRegex(@"^\..*\.rss-([0-9]{1,10})-[a-z0-9]{11}\.tmp$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex TemporaryName();
}
