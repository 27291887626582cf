using System;
using System.Globalization;

namespace ReintegrationScoring.Cli.Files;

/// <summary>
/// Paths that name a descriptor this process already has open: <c>/dev/stdin</c>, <c>/dev/stdout</c>,
/// <c>/dev/stderr</c>, <c>/dev/fd/N</c>, <c>/proc/self/fd/N</c>, <c>/proc/thread-self/fd/N</c> and
/// <c>/proc/PID/fd/N</c> with this process's PID. Opening them again would start a regular file at offset 0 (so an
/// appended log would be overwritten); the tool uses the descriptor itself.
/// </summary>
internal static class DescriptorPath
{
    /// <summary>Whether <paramref name="fullPath"/> names one of this process's descriptors.</summary>
    public static bool TryParse(string fullPath, out int descriptor)
    {
        descriptor = -1;
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        switch (fullPath)
        {
            case "/dev/stdin":
                descriptor = 0;
                return true;
            case "/dev/stdout":
                descriptor = 1;
                return true;
            case "/dev/stderr":
                descriptor = 2;
                return true;
        }

        foreach (var folder in new[] { "/dev/fd/", "/proc/self/fd/", "/proc/thread-self/fd/", $"/proc/{Environment.ProcessId}/fd/" })
        {
            if (fullPath.StartsWith(folder, StringComparison.Ordinal))
            {
                var number = fullPath.AsSpan(folder.Length);
                return number.Length is > 0 and < 10
                    && number.IndexOfAnyExceptInRange('0', '9') < 0
                    && int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out descriptor);
            }
        }

        return false;
    }
}
