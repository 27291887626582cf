using System.Globalization;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace ReintegrationScoring.Cli.Tests;

/// <summary>rss summarize, progress and needs (issue 9): the CSV contracts, the messages and the exit codes.</summary>
public class CohortCommandTests
{
    private static readonly string WorstEconomic = SurveyCsv.Catalog.Measures.First(m => m.Dimension == Dimension.Economic).Code;

    private static string Row(string id, string round, string country, string sex, bool lowEconomic = false)
    {
        var measure = SurveyCsv.Catalog.GetMeasure(WorstEconomic);
        var overrides = lowEconomic ? new[] { (WorstEconomic, measure.Scale.Options[^1].Key) } : [];
        return SurveyCsv.Row(id, round, overrides) + "," + country + "," + sex;
    }

    private static string Cohort(params string[] rows) =>
        SurveyCsv.Header + ",country,sex\n" + string.Join("\n", rows) + "\n";

    private static string Sample => Cohort(
        Row("A", "initial", "AFG", "female", lowEconomic: true),
        Row("A", "final", "IRQ", "female"),
        Row("B", "initial", " AFG", "male"),
        Row("B", "final", "AFG", "male", lowEconomic: true),
        Row("C", "initial", string.Empty, "male"),
        Row("D", "final", "IRQ", "female"));

    [Fact]
    public void Summarize_ByTwoColumns_WritesTheContractHeaderAndAgreesWithScore()
    {
        using var folder = new TempFolder();
        var input = folder.Write("cohort.csv", Sample);

        var run = Rss.Run("summarize", input, "--by", "country,SEX", "--threshold", "1");
        var scored = Rss.Run("score", input).OutputLines;
        var economicColumn = System.Array.IndexOf(scored[0].Split(','), "economic");

        Assert.Equal(0, run.ExitCode);
        var lines = run.OutputLines;
        Assert.Equal("round,country,SEX,score,surveys,scored,mean,sd,ci_low,ci_high,min,q1,median,q3,max,below", lines[0]);

        // initial: ("", male), (AFG, female), (AFG, male); final: (AFG, male), (IRQ, female): 5 groups of 4 rows.
        Assert.Equal(21, lines.Length);
        Assert.Equal(
            new[] { "initial,,male", "initial,AFG,female", "initial,AFG,male", "final,AFG,male", "final,IRQ,female" },
            lines.Skip(1).Select(l => string.Join(',', l.Split(',').Take(3))).Distinct());
        var afgInitial = lines.Single(l => l.StartsWith("initial,AFG,female,economic,", System.StringComparison.Ordinal)).Split(',');
        Assert.Equal(scored[1].Split(',')[economicColumn], afgInitial[6]);
        Assert.Equal(new[] { "1", "1" }, afgInitial[4..6]);
        Assert.Equal(new[] { string.Empty, string.Empty, string.Empty }, afgInitial[7..10]);
        Assert.Equal("1", afgInitial[15]);
    }

    [Fact]
    public void Summarize_UnknownByColumn_Exit2NamingIt()
    {
        using var folder = new TempFolder();
        var input = folder.Write("cohort.csv", Sample);

        var run = Rss.Run("summarize", input, "--by", "country,region");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("region", run.Error);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void Summarize_JsonAndMarkdown_CarryTheProvenance()
    {
        using var folder = new TempFolder();
        var input = folder.Write("cohort.csv", Sample);

        var json = Rss.Run("summarize", input, "--format", "json", "--threshold", "0.5", "--missing", "zero");
        var markdown = Rss.Run("summarize", input, "--format", "markdown");

        using var document = JsonDocument.Parse(json.Output);
        var provenance = document.RootElement.GetProperty("provenance");
        Assert.Equal(BuiltInWeightSets.EqualByIndicatorId, provenance.GetProperty("weightSet").GetString());
        Assert.Equal("zero", provenance.GetProperty("missing").GetString());
        Assert.Equal(0.5, provenance.GetProperty("threshold").GetDouble());
        Assert.Equal(8, document.RootElement.GetProperty("rows").GetArrayLength());
        Assert.StartsWith("Scored with catalog ", markdown.Output);
        Assert.Contains("| round | score | surveys |", markdown.Output);
    }

    [Fact]
    public void Summarize_Out_WritesTheFileAndNothingToStandardOutput()
    {
        using var folder = new TempFolder();
        var input = folder.Write("cohort.csv", Sample);

        var run = Rss.Run("summarize", input, "--out", folder.File("summary.csv"));

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.StartsWith("round,score,surveys,", folder.Read("summary.csv"));
    }

    [Fact]
    public void Progress_Default_PairsInitialWithFinalAndReportsLeftOutAndRetention()
    {
        using var folder = new TempFolder();
        var input = folder.Write("cohort.csv", Sample);

        var run = Rss.Run("progress", input, "--by", "country");

        Assert.Equal(0, run.ExitCode);
        var lines = run.OutputLines;
        Assert.Equal("country,score,pairs,mean_from,mean_to,mean_change,sd_change,ci_low,ci_high,improved,declined,unchanged", lines[0]);

        // A and B pair, both in the AFG group of their initial survey: one block of four rows.
        Assert.Equal(5, lines.Length);
        var economic = lines[1].Split(',');
        Assert.Equal(new[] { "AFG", "economic", "2" }, economic[..3]);
        Assert.Equal(new[] { "0.5", "0.5", "0" }, economic[9..12]);
        Assert.Contains("2 pairs; left out: 1 not surveyed at final, 1 not surveyed at initial, 0 surveyed more than once", run.Error);
        Assert.Contains("retention: 2 of 3 respondents surveyed at initial were surveyed at final", run.Error);
    }

    [Fact]
    public void Progress_ToNotAfterFrom_Exit2()
    {
        using var folder = new TempFolder();
        var input = folder.Write("cohort.csv", Sample);

        Assert.Equal(2, Rss.Run("progress", input, "--from", "final", "--to", "initial").ExitCode);
        Assert.Equal(2, Rss.Run("progress", input, "--to", "later").ExitCode);
    }

    [Fact]
    public void Needs_KeepsEveryRowInOrder_ErrorRowsWithTheirReason_Exit1()
    {
        using var folder = new TempFolder();
        var bad = SurveyCsv.Row("E", "initial", (WorstEconomic, "secret-answer")) + ",AFG,male";
        var input = folder.Write("cohort.csv", Cohort(Row("A", "initial", "AFG", "female", lowEconomic: true), bad, Row("A", "final", "AFG", "female")));

        var run = Rss.Run("needs", input, "--threshold", "1", "--round", "initial");

        Assert.Equal(1, run.ExitCode);
        var lines = run.OutputLines;
        Assert.Equal("respondent_id,round,survey_date,economic,social,psychosocial,composite,below,weakest,detail", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("A,initial,,", lines[1]);
        Assert.EndsWith(",economic,economic,", lines[1]);
        Assert.StartsWith(",,,,,,,,,error: line 3: " + WorstEconomic, lines[2]);
        Assert.DoesNotContain("secret-answer", run.Output + run.Error);
    }

    [Fact]
    public void Needs_WithoutThreshold_Exit2()
    {
        using var folder = new TempFolder();
        var input = folder.Write("cohort.csv", Sample);

        Assert.Equal(2, Rss.Run("needs", input).ExitCode);
        Assert.Equal(2, Rss.Run("needs", input, "--threshold", "1.5").ExitCode);
    }

    [Fact]
    public void Summarize_Sample_RunsOnTheShippedCohort()
    {
        var run = Rss.Run("summarize", System.IO.Path.Combine(ReintegrationScoring.Tests.Shared.RepositoryFiles.Root, "samples", "cohort.csv"), "--by", "country,sex", "--threshold", "0.5");

        Assert.Equal(0, run.ExitCode);
        Assert.All(run.OutputLines.Skip(1), l => Assert.Equal(16, l.Split(',').Length));
        Assert.All(run.OutputLines.Skip(1), l => Assert.True(double.Parse(l.Split(',')[4], CultureInfo.InvariantCulture) >= 1));
    }

    [Fact]
    public void Needs_ReadsEveryRowAsScoreDoes_QuotesBlankLinesAndBadRows()
    {
        using var folder = new TempFolder();
        var sample = System.IO.File.ReadAllText(System.IO.Path.Combine(ReintegrationScoring.Tests.Shared.RepositoryFiles.Root, "samples", "cohort.csv"));
        var lines = sample.Split('\n');
        var header = lines[0].Split(',');
        var quoted = lines[1].Split(',');
        quoted[7] = "\" " + quoted[7] + " \"";
        var text = string.Join("\n", new[] { lines[0], string.Join(',', quoted), string.Empty, "R9,initial,too,few" }.Concat(lines.Skip(2)));
        var input = folder.Write("cohort.csv", text);

        var needs = Rss.Run("needs", input, "--threshold", "0.5");
        var score = Rss.Run("score", input);

        Assert.Equal(1, needs.ExitCode);
        Assert.Equal(1, score.ExitCode);
        var needRows = needs.OutputLines.Skip(1).Select(l => l.Split(',')).ToArray();
        var scoreRows = score.OutputLines.Skip(1).Select(l => l.Split(',')).ToArray();
        Assert.Equal(scoreRows.Length, needRows.Length);
        Assert.True(header.Length > 7);
        for (var i = 0; i < scoreRows.Length; i++)
        {
            if (scoreRows[i][6] == "error")
            {
                Assert.StartsWith("error: line 4: ", needRows[i][9]);
                continue;
            }

            Assert.Equal(scoreRows[i][0..2], needRows[i][0..2]);
            Assert.Equal(scoreRows[i][2..6], needRows[i][3..7]);
        }
    }
}
