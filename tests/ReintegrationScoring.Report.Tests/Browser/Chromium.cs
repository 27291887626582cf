using System;
using System.IO;
using System.Linq;

namespace ReintegrationScoring.Report.Tests.Browser;

/// <summary>
/// The system's Chromium, which the browser tests drive headless. It is never downloaded by the tests: CI installs it
/// from the distribution's packages (.ci/run), and a developer without it gets a failing test that says how to install
/// it — never a skipped one, so that CI cannot pass without having checked the page in a browser.
/// </summary>
internal static class Chromium
{
    public const string InstallHint =
        "The report's browser tests need Chromium and did not find it. Install it from the system packages "
        + "(Debian/Ubuntu, as root: apt-get update && apt-get install -y chromium), or set RSS_CHROMIUM to the path of a "
        + "Chromium or Chrome executable. .ci/run installs it when it is missing.";

    private static readonly string[] Names = { "chromium", "chromium-browser", "google-chrome", "google-chrome-stable" };

    /// <summary>The executable: RSS_CHROMIUM if set, else the first of the usual names on PATH.</summary>
    /// <exception cref="InvalidOperationException">No browser was found; the message says how to install one.</exception>
    public static string Executable()
    {
        var configured = Environment.GetEnvironmentVariable("RSS_CHROMIUM");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured) ? configured : throw new InvalidOperationException($"RSS_CHROMIUM is set to '{configured}', which does not exist. " + InstallHint);
        }

        var path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return Names.SelectMany(name => path.Select(folder => Path.Combine(folder, name))).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(InstallHint);
    }
}
