using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ReintegrationScoring.Tests.Shared;
using Xunit;

namespace ReintegrationScoring.Cli.Tests.Exports;

/// <summary>
/// The analysis commands read their input as <c>rss score</c> does: a real export of the shipped sample gives the same
/// figures as the canonical CSV, and a row <c>rss score</c> splits or refuses one way is split or refused the same way.
/// </summary>
public sealed class AnalysisReadingTests : IDisposable
{
    private static readonly string SamplePath = Path.Combine(RepositoryFiles.Root, "samples", "cohort.csv");

    private readonly TempFolder _folder = new();
    private readonly List<string[]> _table = CsvText.Parse(File.ReadAllText(SamplePath));

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Summarize_KoboSemicolonExport_GivesTheSameTableAsTheCanonicalCsv() =>
        AssertSameOutput(_folder.WriteBytes("kobo.csv", ExportStyles.KoboXml(_table)), "summarize", "--by", "country", "--threshold", "0.5");

    [Fact]
    public void Sensitivity_KoboSemicolonExport_GivesTheSameFiguresAsTheCanonicalCsv() =>
        AssertSameOutput(_folder.WriteBytes("kobo.csv", ExportStyles.KoboXml(_table)), "sensitivity", "--by", "country", "--draws", "50", "--quiet");

    [Fact]
    public void Progress_KoboSemicolonExport_GivesTheSameTableAsTheCanonicalCsv() =>
        AssertSameOutput(_folder.WriteBytes("kobo.csv", ExportStyles.KoboXml(_table)), "progress", "--by", "country");

    [Fact]
    public void Needs_ExcelSemicolonWindows1252_WithItsEncoding_GivesTheSameRowsAsTheCanonicalCsv() =>
        AssertSameOutput(_folder.WriteBytes("excel.csv", ExportStyles.ExcelSemicolon1252(_table)), "needs", "--threshold", "0.5", "--encoding", "windows-1252");

    [Fact]
    public void Summarize_Xlsx_GivesTheSameTableAsTheCanonicalCsv() =>
        AssertSameOutput(_folder.WriteBytes("cohort.xlsx", ExportStyles.Xlsx(_table)), "summarize", "--by", "country,sex");

    [Fact]
    public void Sensitivity_JsonLines_GivesTheSameFiguresAsTheCanonicalCsv() =>
        AssertSameOutput(_folder.WriteBytes("cohort.jsonl", ExportStyles.JsonLines(_table)), "sensitivity", "--draws", "20", "--quiet");

    [Theory]
    [InlineData("R\"7")]
    [InlineData("R7\"")]
    [InlineData("R\"\"7")]
    public void StrayQuoteInAnId_SummarizeNeedsAndSensitivity_CountTheRecordsAsScoreDoes(string id)
    {
        var lines = File.ReadAllLines(SamplePath).Take(60).ToArray();
        lines[4] = id + lines[4][lines[4].IndexOf(',', StringComparison.Ordinal)..];
        var cells = lines[9].Split(',');
        cells[1] = "fourth";
        lines[9] = string.Join(',', cells);
        var input = _folder.Write("stray.csv", string.Join("\n", lines) + "\n");

        var score = Rss.Run("score", input, "--quiet");
        var needs = Rss.Run("needs", input, "--threshold", "0.5");
        var summarize = Rss.Run("summarize", input);
        var sensitivity = Rss.Run("sensitivity", input, "--draws", "5");

        var scoreRows = CsvText.Parse(score.Output).Skip(1).ToArray();
        var needsRows = CsvText.Parse(needs.Output).Skip(1).ToArray();
        var scoreDetails = scoreRows.Where(r => r[6] == "error").Select(r => r[7]).ToArray();
        Assert.NotEmpty(scoreDetails);
        Assert.Equal(score.ExitCode, needs.ExitCode);
        Assert.Equal(score.ExitCode, summarize.ExitCode);
        Assert.Equal(score.ExitCode, sensitivity.ExitCode);

        // needs keeps one row per record, in order, with the ids score echoes and its errors where score has them.
        Assert.Equal(scoreRows.Length, needsRows.Length);
        Assert.Equal(scoreRows.Select(r => r[6] == "error" ? string.Empty : r[0]), needsRows.Select(r => r[0]));
        Assert.Contains(scoreRows, r => r[0] == id);
        var needsDetails = needsRows.Where(r => r[9].StartsWith("error: line ", StringComparison.Ordinal))
            .Select(r => Regex.Replace(r[9], "^error: line [0-9]+: ", string.Empty)).ToArray();
        Assert.Equal(scoreDetails, needsDetails);
        Assert.Equal(scoreDetails.Length, ErrorCount(summarize.Error, " error row\\(s\\)"));
        Assert.Contains($"{scoreRows.Length} rows: {scoreRows.Length - scoreDetails.Length} analysed, {scoreDetails.Length} error", sensitivity.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("fourth", needs.Error + summarize.Error + sensitivity.Error, StringComparison.Ordinal);
    }

    private static int ErrorCount(string error, string suffix) =>
        int.Parse(Regex.Match(error, "([0-9]+)" + suffix).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static void AssertSameOutput(string export, params string[] arguments)
    {
        var canonical = Rss.Run(new[] { arguments[0], SamplePath }.Concat(arguments.Skip(1).Where(a => a != "--encoding" && a != "windows-1252")).ToArray());
        var exported = Rss.Run(new[] { arguments[0], export }.Concat(arguments.Skip(1)).ToArray());

        Assert.Equal(0, canonical.ExitCode);
        Assert.Equal(canonical.ExitCode, exported.ExitCode);
        Assert.True(canonical.OutputLines.Length > 2);
        Assert.Equal(canonical.Output, exported.Output);
    }
}
