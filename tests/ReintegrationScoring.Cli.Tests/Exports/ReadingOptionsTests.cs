using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using ReintegrationScoring.Cli.Scoring;
using Xunit;

namespace ReintegrationScoring.Cli.Tests.Exports;

/// <summary>The reading options of <c>rss score</c>: --keep, --instrument, --format jsonl, --id-column, --round-column, rss map init; and scales of up to 252 options.</summary>
public sealed class ReadingOptionsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AnswerLookup_ScaleOf252Options_ReadsEveryKeyInAnyCase()
    {
        var catalog = Json.InstrumentJson.Read(File.OpenRead(WideInstrument(252)));
        var measure = catalog.GetMeasure("SOC_HOUSING_QUALITY");

        var lookup = new AnswerLookup(measure);

        Assert.True(lookup.UsesDictionary);
        foreach (var (key, expected) in measure.AnswerKeys)
        {
            foreach (var text in new[] { key, key.ToUpperInvariant() })
            {
                var window = (text + new string(' ', AnswerLookup.Window)).AsSpan();
                Assert.Equal(measure.Check(expected), lookup.Read(window, text.Length, out var answer));
                Assert.Equal(measure.IsValid(expected) ? expected : Answer.Absent, answer);
            }
        }

        Assert.Equal(AnswerProblem.UnknownOption, lookup.Read("o253            ".AsSpan(), 4, out _));
    }

    [Theory]
    [InlineData(61)]
    [InlineData(62)]
    [InlineData(252)]
    public void Score_Instrument_WideScale_ScoresTheLastOption(int options)
    {
        var instrument = WideInstrument(options);
        var input = _folder.Write("in.csv", $"respondent_id,round,ECO_HAS_INCOME,SOC_HOUSING_QUALITY,SOC_SCHOOL,PSY_CAN_GET_HELP\nR1,initial,yes,o{options},yes,yes\nR2,final,no,O1,no,no\n");

        var run = Rss.Run("score", input, "--instrument", instrument, "--weights", "equal-by-indicator", "--quiet");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("R1,initial,1,0.5,1,0.8333333333333334,ok,", run.OutputLines[1], StringComparison.Ordinal);
        Assert.StartsWith("R2,final,0,0.5,0,0.16666666666666666,ok,", run.OutputLines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Score_Instrument_WithoutWeights_Exits2()
    {
        var run = Rss.Run("score", _folder.Write("in.csv", "x\n"), "--instrument", WideInstrument(3));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--instrument needs --weights", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_Keep_AppendsColumnsAfterDetail_AsWrittenInTheOption()
    {
        var input = _folder.Write("in.csv", SurveyCsv.Header + ",Country,sex\n" + SurveyCsv.Row("R1", "initial") + ",SN,f\n" + SurveyCsv.Row("R2", "final", ("ECO_SATISFACTION", "bad")) + ",\"=GN\",m\n");

        var run = Rss.Run("score", input, "--keep", "country,SEX", "--neutralize-formulas", "--quiet");

        Assert.Equal(ScorePipeline.OutputHeader + ",country,SEX", run.OutputLines[0]);
        Assert.EndsWith(",ok,,SN,f", run.OutputLines[1], StringComparison.Ordinal);
        Assert.EndsWith(",'=GN,m", run.OutputLines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Score_KeepUnknownColumn_Exits2NamingIt()
    {
        var input = _folder.Write("in.csv", SurveyCsv.File(SurveyCsv.Row("R1", "initial")));

        var run = Rss.Run("score", input, "--keep", "country");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no column named 'country'", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void Score_IdAndRoundColumns_RoundLabels_AreRead()
    {
        var header = SurveyCsv.Header.Replace("respondent_id,round", "case,visit", StringComparison.Ordinal);
        var input = _folder.Write("in.csv", header + "\n" + SurveyCsv.Row("R1", "Final (12–18 months after arrival)") + "\n" + SurveyCsv.Row("R2", "Suivi initial (peu après le retour)") + "\n");

        var run = Rss.Run("score", input, "--id-column", "CASE", "--round-column", "visit", "--quiet");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("R1,final,", run.OutputLines[1], StringComparison.Ordinal);
        Assert.StartsWith("R2,initial,", run.OutputLines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Score_FormatJsonl_WritesScoreResultsAndErrorLines()
    {
        var input = _folder.Write("in.csv", SurveyCsv.File(SurveyCsv.Row("R1", "initial"), SurveyCsv.Row("R2", "initial", ("ECO_SATISFACTION", "bad"))));

        var run = Rss.Run("score", input, "--format", "jsonl", "--quiet");

        Assert.Equal(1, run.ExitCode);
        var first = Json.ScoreResultJson.Parse(run.OutputLines[0]);
        Assert.Equal("R1", first.RespondentId.Value);
        Assert.Equal(1.0, first.Composite.Value);
        var error = JsonNode.Parse(run.OutputLines[1])!;
        Assert.Equal("error", (string?)error["status"]);
        Assert.Equal("ECO_SATISFACTION", (string?)error["problems"]![0]!["column"]);
        Assert.DoesNotContain("bad", run.OutputLines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void MapInit_ListsMatchesAndWhatItCouldNotMatch()
    {
        var header = "SubmissionDate,case_no,visit," + string.Join(',', RssCatalog.Default.Measures.Skip(1).Select(m => "grp-" + m.Code)) + ",country";
        var input = _folder.Write("export.csv", header + "\n");

        var run = Rss.Run("map", "init", input, "--out", _folder.File("mapping.json"));

        Assert.True(run.ExitCode == 0, run.ToString());
        var mapping = JsonNode.Parse(_folder.Read("mapping.json"))!;
        Assert.Equal("ECO_PRODUCTIVE_ASSETS", (string?)mapping["columns"]!["grp-ECO_PRODUCTIVE_ASSETS"]);
        Assert.Equal(string.Empty, (string?)mapping["columns"]!["case_no"]);
        Assert.Contains("not matched (3; map them under \"columns\", or leave them out to keep them as attributes): case_no, visit, country", run.Error, StringComparison.Ordinal);
        Assert.Contains("no column for (3): respondent_id, round, ECO_INCOME_ACTIVITY", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_MappingWithProblems_ListsEveryProblemAndExits2()
    {
        var input = _folder.Write("in.csv", SurveyCsv.File(SurveyCsv.Row("R1", "initial")));
        var mapping = _folder.Write("m.json", "{\"columns\":{\"a\":\"NOPE\",\"b\":\"round\",\"c\":\"round\"},\"values\":{\"ECO_SATISFACTION\":{\"x\":\"great\"},\"XYZ\":{}},\"rounds\":{\"v1\":\"first\"},\"extra\":1}");

        var run = Rss.Run("score", input, "--map", mapping);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(6, run.ErrorLines.Length);
    }

    /// <summary>The minimal instrument with its three-option scale widened to <paramref name="options"/> options o1…oN, points falling from 1 to 0.</summary>
    private string WideInstrument(int options)
    {
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(CohortWriterTests.RepositoryRoot(), "docs", "examples", "instrument-minimal.json")))!;
        var scale = root["scales"]!.AsArray().First(s => (string?)s!["code"] == "quality3")!;
        var list = new JsonArray();
        for (var i = 1; i <= options; i++)
        {
            list.Add(new JsonObject
            {
                ["key"] = $"o{i}",
                ["points"] = (options - i) / (double)(options - 1),
                ["label"] = new JsonObject { ["en"] = $"Option {i}", ["fr"] = $"Choix {i}" },
            });
        }

        scale["options"] = list;
        return _folder.Write($"wide{options}.json", root.ToJsonString());
    }
}
