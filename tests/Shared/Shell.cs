using System.Diagnostics;

namespace ReintegrationScoring.Tests.Shared;

/// <summary>Asks bash whether a script parses (<c>bash -n</c>), without running it.</summary>
internal static class Shell
{
    /// <summary>Null when <paramref name="script"/> is valid bash; otherwise what bash said.</summary>
    public static string? SyntaxErrors(string script)
    {
        var start = new ProcessStartInfo("bash", "-n")
        {
            RedirectStandardInput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        process.StandardInput.Write(script);
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? null : error.Trim();
    }
}
