using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using ReintegrationScoring.Analysis.Cohorts;
using ReintegrationScoring.Analysis.Sensitivity;
using ReintegrationScoring.Cli.Commands;
using Xunit;

namespace ReintegrationScoring.Cli.Tests;

public sealed class SensitivityCommandTests : IDisposable
{
    private const string Header = "round,country,score,mean,mean_p05,mean_median,mean_p95,rank,rank_p05,rank_median,rank_p95,top_share";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Sample => Path.Combine(CohortWriterTests.RepositoryRoot(), "samples", "cohort.csv");

    [Fact]
    public void Sensitivity_Sample_WritesOneRowPerRoundCountryAndScoreInTheSummaryOrder()
    {
        var run = Rss.Run("sensitivity", Sample, "--by", "country", "--draws", "50", "--quiet");

        Assert.Equal(0, run.ExitCode);
        var lines = Lines(run.Output);
        Assert.Equal(Header, lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        var countries = SampleRows().Select(r => r.Country).Distinct().Count();
        Assert.Equal(3 * countries * 4, rows.Count);
        var expectedOrder = rows
            .OrderBy(r => Array.IndexOf(new[] { "initial", "intermediate", "final" }, r[0]))
            .ThenBy(r => r[1], StringComparer.Ordinal)
            .ThenBy(r => Array.IndexOf(new[] { "economic", "social", "psychosocial", "composite" }, r[2]))
            .ToList();
        Assert.Equal(expectedOrder, rows);
        Assert.All(rows, r => Assert.Equal(12, r.Length));
    }

    [Fact]
    public void Sensitivity_Sample_NominalMeansAreTheMeansOfTheScoresThatScoreWrites()
    {
        var scores = Rss.Run("score", Sample, "--quiet");
        var sensitivity = Rss.Run("sensitivity", Sample, "--by", "country", "--draws", "10", "--quiet");

        // score writes one row per input row, in input order: join with the input's country column by position.
        var sample = SampleRows();
        var scored = Lines(scores.Output).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(sample.Count, scored.Count);
        var expected = new Dictionary<(string, string, string), List<double>>();
        var kinds = new[] { "economic", "social", "psychosocial", "composite" };
        for (var i = 0; i < sample.Count; i++)
        {
            for (var k = 0; k < kinds.Length; k++)
            {
                if (scored[i][2 + k].Length > 0)
                {
                    var key = (sample[i].Round, sample[i].Country, kinds[k]);
                    if (!expected.TryGetValue(key, out var list))
                    {
                        expected[key] = list = new List<double>();
                    }

                    list.Add(double.Parse(scored[i][2 + k], CultureInfo.InvariantCulture));
                }
            }
        }

        foreach (var row in Lines(sensitivity.Output).Skip(1).Select(l => l.Split(',')))
        {
            var mean = expected[(row[0], row[1], row[2])].Average();
            Assert.True(Math.Abs(mean - double.Parse(row[3], CultureInfo.InvariantCulture)) <= 1e-12, $"{row[0]} {row[1]} {row[2]}");
        }
    }

    [Fact]
    public void Sensitivity_NoiseZero_EveryPercentileIsTheNominalValue()
    {
        var run = Rss.Run("sensitivity", Sample, "--by", "country", "--draws", "20", "--noise", "0", "--quiet");

        Assert.Equal(0, run.ExitCode);
        foreach (var row in Lines(run.Output).Skip(1).Select(l => l.Split(',')))
        {
            Assert.Equal(row[3], row[4]);
            Assert.Equal(row[3], row[5]);
            Assert.Equal(row[3], row[6]);
            Assert.Equal(row[7], row[8]);
            Assert.Equal(row[7], row[9]);
            Assert.Equal(row[7], row[10]);
            Assert.Equal(row[7] == "1" ? "1" : "0", row[11]);
        }
    }

    [Fact]
    public void Sensitivity_SameSeed_SameOutput_OtherSeed_OtherOutput()
    {
        var first = Rss.Run("sensitivity", Sample, "--by", "country", "--draws", "30", "--seed", "5", "--quiet").Output;
        var again = Rss.Run("sensitivity", Sample, "--by", "country", "--draws", "30", "--seed", "5", "--quiet").Output;
        var other = Rss.Run("sensitivity", Sample, "--by", "country", "--draws", "30", "--seed", "6", "--quiet").Output;

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Sensitivity_DrawsOut_WritesEveryDrawnWeightSummingToOne()
    {
        var figures = _folder.File("figures.csv");
        var draws = _folder.File("draws.csv");

        var run = Rss.Run("sensitivity", Sample, "--by", "country", "--draws", "7", "--out", figures, "--draws-out", draws, "--quiet");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith(Header + "\n", File.ReadAllText(figures), StringComparison.Ordinal);
        var lines = Lines(File.ReadAllText(draws));
        Assert.Equal("draw,measure,dimensional,composite", lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(7 * RssCatalog.Default.Measures.Count, rows.Count);
        foreach (var draw in rows.GroupBy(r => r[0]))
        {
            Assert.Equal(1.0, draw.Sum(r => double.Parse(r[3], CultureInfo.InvariantCulture)), 12);
            foreach (var dimension in draw.GroupBy(r => RssCatalog.Default.GetMeasure(r[1]).Dimension))
            {
                Assert.Equal(1.0, dimension.Sum(r => double.Parse(r[2], CultureInfo.InvariantCulture)), 12);
            }
        }

        Assert.Equal(new[] { "draws.csv", "figures.csv" }, _folder.FileNames());
    }

    [Fact]
    public void Sensitivity_Json_CarriesProvenanceRowsAndStability()
    {
        var run = Rss.Run("sensitivity", Sample, "--by", "country", "--round", "final", "--draws", "25", "--noise", "0.1", "--seed", "3", "--format", "json", "--quiet");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var provenance = json.RootElement.GetProperty("provenance");
        Assert.Equal("equal-by-indicator", provenance.GetProperty("weight_set").GetString());
        Assert.Equal("strict", provenance.GetProperty("missing").GetString());
        Assert.Equal(25, provenance.GetProperty("draws").GetInt32());
        Assert.Equal(0.1, provenance.GetProperty("noise").GetDouble());
        Assert.Equal(3UL, provenance.GetProperty("seed").GetUInt64());
        Assert.Equal("final", provenance.GetProperty("round").GetString());
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.All(rows, r => Assert.Equal("final", r.GetProperty("round").GetString()));
        Assert.Equal(4, json.RootElement.GetProperty("stability").GetArrayLength());
    }

    [Fact]
    public void Sensitivity_Markdown_HasTheTableAndTheStability()
    {
        var run = Rss.Run("sensitivity", Sample, "--by", "country", "--draws", "10", "--format", "markdown", "--quiet");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("| round | country | score | mean |", run.Output, StringComparison.Ordinal);
        Assert.Contains("## Stability of the ranks", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Sensitivity_UnknownByColumn_IsAUsageError()
    {
        var run = Rss.Run("sensitivity", Sample, "--by", "province", "--draws", "5");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no column named 'province' in the header (--by)", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--noise", "1")]
    [InlineData("--noise", "-0.1")]
    [InlineData("--draws", "0")]
    [InlineData("--draws", "1.5")]
    [InlineData("--seed", "-1")]
    public void Sensitivity_OutOfRangeOption_IsAUsageError(string option, string value)
    {
        var run = Rss.Run("sensitivity", Sample, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(option, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Sensitivity_TooManyGroupsTimesDraws_IsAUsageErrorNamingTheLimit()
    {
        var run = Rss.Run("sensitivity", Sample, "--by", "respondent_id", "--draws", "100000");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("exceed the 10,000,000 figures", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("R0", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Sensitivity_ErrorRows_AreCountedAndNamedWithoutTheirContent()
    {
        var lines = File.ReadAllLines(Sample).Take(41).ToList();
        lines[5] = lines[5].Replace(",yes,", ",secret_answer,", StringComparison.Ordinal);
        var input = _folder.Write("bad.csv", string.Join("\n", lines) + "\n");

        var run = Rss.Run("sensitivity", input, "--by", "country", "--draws", "5");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("line 6: ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("secret_answer", run.Error, StringComparison.Ordinal);
        Assert.Contains("40 rows: 39 analysed, 1 error", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void SensitivityInput_ScoredSurveysAndRows_GiveTheSameAnalysis()
    {
        var request = new SensitivityRequest(BuiltInWeightSets.EqualByIndicator, groupBy: new[] { "country" }, settings: new SensitivitySettings(20));
        var input = new SensitivityInput(ScoringEngine.Default, request.GroupBy);
        var fromSurveys = new SensitivityAccumulator(request);
        using (var stream = File.OpenRead(Sample))
        {
            foreach (var survey in input.Read(stream, "cohort.csv", CancellationToken.None))
            {
                fromSurveys.Add(survey);
            }
        }

        var fromRows = new SensitivityAccumulator(request);
        using (var stream = File.OpenRead(Sample))
        {
            foreach (var row in input.ReadRows(stream, "cohort.csv", CancellationToken.None))
            {
                fromRows.Add(row.Round, GroupKey.FromValues(row.Attributes), row.Answers);
            }
        }

        Assert.Equal(SampleRows().Count, fromSurveys.Surveys);
        Assert.Equal(Figures(fromSurveys.Analyze()), Figures(fromRows.Analyze()));
    }

    [Fact]
    public void DocsWorkedExample_IsWhatTheToolPrints()
    {
        var page = File.ReadAllLines(Path.Combine(CohortWriterTests.RepositoryRoot(), "docs", "sensitivity.md"));
        var command = Array.FindIndex(page, l => l.StartsWith("$ rss sensitivity cohort.csv", StringComparison.Ordinal));
        Assert.True(command > 0);
        var shown = page.Skip(command + 1).TakeWhile(l => !l.StartsWith("```", StringComparison.Ordinal)).ToList();
        var arguments = page[command]["$ rss ".Length..].Split(' ').Select(a => a == "cohort.csv" ? Sample : a).ToArray();

        var table = Rss.Run(arguments);
        var markdown = Rss.Run(arguments.Concat(new[] { "--format", "markdown" }).ToArray());

        Assert.Equal(shown, Lines(table.Output));
        var stability = page.SkipWhile(l => !l.StartsWith("| round | score | ranked groups", StringComparison.Ordinal)).TakeWhile(l => l.StartsWith('|')).ToList();
        Assert.Equal(6, stability.Count);
        Assert.Equal(stability, Lines(markdown.Output).SkipWhile(l => !l.StartsWith("| round | score | ranked groups", StringComparison.Ordinal)));
    }

    private static List<(double?, double?, int?, double?)> Figures(SensitivityResult result) =>
        result.Rows.Select(r => (r.Mean, r.MeanMedian, r.Rank, r.TopShare)).ToList();

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static List<(string Round, string Country)> SampleRows()
    {
        var lines = File.ReadAllLines(Sample);
        var header = lines[0].Split(',');
        var round = Array.IndexOf(header, "round");
        var country = Array.IndexOf(header, "country");
        return lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).Select(c => (c[round], c[country])).ToList();
    }
}
