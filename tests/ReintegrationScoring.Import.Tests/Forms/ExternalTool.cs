using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace ReintegrationScoring.Import.Tests.Forms;

/// <summary>Runs a program outside .NET (Node.js, Python) and captures what it prints.</summary>
internal static class ExternalTool
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>How the tools' JSON reports are read: camelCase names.</summary>
    public static JsonSerializerOptions Json { get; } = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Whether the run is the project's CI (<c>.ci/run</c> sets <c>CI=true</c>): there a missing tool fails the test.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Runs <paramref name="program"/>; null when it cannot be started (not installed).</summary>
    public static ToolRun? TryRun(string program, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{program} did not finish within {Timeout}.");
            }

            return new ToolRun(process.ExitCode, output.Result, error.Result);
        }
        catch (Win32Exception)
        {
            return null;
        }
    }
}

/// <summary>What one run of an external program printed and returned.</summary>
internal sealed record ToolRun(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stderr\n{Error}";
}
