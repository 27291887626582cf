using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ReintegrationScoring.Tests.Shared;
using Xunit;

namespace ReintegrationScoring.Cli.Tests;

/// <summary>rss report (issue 11): the page's tables hold the figures of rss summarize and rss progress on the same input.</summary>
public class ReportCommandTests
{
    private static string SampleCohort => Path.Combine(RepositoryFiles.Root, "samples", "cohort.csv");

    [Fact]
    public void Report_SampleCohortByCountry_TablesEqualSummarizeAndProgress()
    {
        using var folder = new TempFolder();
        var page = folder.File("report.html");

        var run = Rss.Run("report", SampleCohort, "--by", "country", "--threshold", "0.5", "--out", page);
        var summary = Csv(Rss.Run("summarize", SampleCohort, "--threshold", "0.5").OutputLines);
        var byCountry = Csv(Rss.Run("summarize", SampleCohort, "--by", "country").OutputLines);
        var progress = Csv(Rss.Run("progress", SampleCohort).OutputLines);

        Assert.Equal(0, run.ExitCode);
        var html = File.ReadAllText(page);
        foreach (var score in new[] { "economic", "social", "psychosocial", "composite" })
        {
            var expected = summary.Where(r => r["score"] == score).SelectMany(r => new[] { "scored", "min", "q1", "median", "q3", "max", "mean" }.Select(c => r[c]));
            AssertNumbers(expected, Values(html, "scores-" + score));

            var rows = Values(html, "groups-country-" + score).Chunk(4).Select(c => string.Join('|', c.Select(Number))).ToHashSet();
            var fromSummarize = byCountry.Where(r => r["score"] == score).Select(r => string.Join('|', new[] { "scored", "mean", "ci_low", "ci_high" }.Select(c => Number(r[c])))).ToHashSet();
            Assert.Equal(fromSummarize, rows);
        }

        // The progress table lists initial → intermediate, initial → final, intermediate → final; rss progress's default is initial → final.
        var change = Values(html, "progress-change").Chunk(4).ToList();
        var initialToFinal = change.Skip(4).Take(4).SelectMany(c => c);
        AssertNumbers(progress.SelectMany(r => new[] { "pairs", "mean_change", "ci_low", "ci_high" }.Select(c => r[c])), initialToFinal);
        AssertNumbers(summary.Where(r => r["round"] == "initial").SelectMany(r => new[] { r["scored"], r["below"] }), Values(html, "below"));
    }

    [Fact]
    public void Report_Sample_HasNoRespondentIdAndNoUrl()
    {
        using var folder = new TempFolder();
        var page = folder.File("rapport.html");

        var run = Rss.Run("report", SampleCohort, "--by", "country,sex", "--lang", "fr", "--title", "Cohorte 2025", "--out", page);

        Assert.Equal(0, run.ExitCode);
        var html = File.ReadAllText(page);
        Assert.StartsWith("<!DOCTYPE html><html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>Cohorte 2025</title>", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex(@"R\d{5}"), html);
        Assert.Contains("data-table=\"ranks-initial-composite\"", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex("(?i)https?:"), html);
    }

    [Fact]
    public void Report_DrawsZero_LeavesTheRobustnessSectionOutAndSaysSo()
    {
        using var folder = new TempFolder();
        var page = folder.File("report.html");

        var run = Rss.Run("report", SampleCohort, "--by", "country", "--draws", "0", "--out", page);

        Assert.Equal(0, run.ExitCode);
        var html = File.ReadAllText(page);
        Assert.DoesNotContain("data-table=\"ranks-", html, StringComparison.Ordinal);
        Assert.Contains("The weight-sensitivity analysis was not run for this report", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_OutIsTheInput_RefusedAndInputUntouched()
    {
        using var folder = new TempFolder();
        var input = folder.Write("cohort.csv", File.ReadAllText(SampleCohort));

        var run = Rss.Run("report", input, "--out", input);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(File.ReadAllText(SampleCohort), File.ReadAllText(input));
    }

    [Fact]
    public void Report_UnknownLanguage_Exit2()
    {
        using var folder = new TempFolder();

        var run = Rss.Run("report", SampleCohort, "--lang", "de", "--out", folder.File("x.html"));

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(folder.FileNames());
    }

    private static List<Dictionary<string, string>> Csv(string[] lines)
    {
        var header = lines[0].Split(',');
        return lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second)).ToList();
    }

    private static List<string> Values(string html, string table)
    {
        var start = html.IndexOf($"data-table=\"{table}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, table);
        var end = html.IndexOf("</table>", start, StringComparison.Ordinal);
        return Regex.Matches(html[start..end], "<td class=\"num\" data-value=\"([^\"]*)\"").Select(m => m.Groups[1].Value).ToList();
    }

    private static string Number(string text) =>
        text.Length == 0 ? string.Empty : double.Parse(text, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture);

    private static void AssertNumbers(IEnumerable<string> expected, IEnumerable<string> actual) =>
        Assert.Equal(expected.Select(Number).ToList(), actual.Select(Number).ToList());
}
