using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ReintegrationScoring.CohortGenerator;
using Xunit;

namespace ReintegrationScoring.Cli.Tests.Exports;

/// <summary>
/// Issue 12's round trips: a generated cohort (with a few error rows) written as each tool writes its exports scores
/// to exactly the output of the canonical CSV.
/// </summary>
public sealed class ExportRoundTripTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly List<string[]> _table;
    private readonly string _expected;

    public ExportRoundTripTests()
    {
        using var writer = new StringWriter();
        new CohortWriter(new CohortOptions { Rows = 240, Seed = 12, MissingShare = 0.1 }).Write(writer);
        _table = CsvText.Parse(writer.ToString());
        var header = _table[0];
        var first = Array.IndexOf(header, RssCatalog.Default.Measures[0].Code);

        // Error rows: an answer that is no option, an empty id, a round that is none.
        _table.Add(_table[1].Select((c, i) => i == first ? "maybe" : c).ToArray());
        _table.Add(_table[2].Select((c, i) => header[i] == "respondent_id" ? string.Empty : c).ToArray());
        _table.Add(_table[3].Select((c, i) => header[i] == "round" ? "fourth" : c).ToArray());
        var canonical = _folder.Write("canonical.csv", string.Join("\n", _table.Select(r => string.Join(',', r))) + "\n");
        var run = Rss.Run("score", canonical, "--quiet");
        Assert.Equal(1, run.ExitCode);
        _expected = run.Output;
        Assert.Equal(_table.Count, run.OutputLines.Length);
        Assert.Contains("not an answer option of this measure", _expected, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void KoboToolbox_XmlHeaders_ScoresAsTheCanonicalCsv() =>
        AssertScoresAsCanonical(_folder.WriteBytes("kobo.csv", ExportStyles.KoboXml(_table)));

    [Fact]
    public void KoboToolbox_FrenchLabelHeadersAndAnswers_ScoresAsTheCanonicalCsv() =>
        AssertScoresAsCanonical(_folder.WriteBytes("kobo-labels-fr.csv", ExportStyles.KoboFrenchLabels(_table)));

    [Fact]
    public void OdkCentral_ScoresAsTheCanonicalCsv() =>
        AssertScoresAsCanonical(_folder.WriteBytes("odk.csv", ExportStyles.OdkCentral(_table)));

    [Fact]
    public void ExcelSemicolonWindows1252_WithItsEncoding_ScoresAsTheCanonicalCsv() =>
        AssertScoresAsCanonical(_folder.WriteBytes("excel.csv", ExportStyles.ExcelSemicolon1252(_table)), "--encoding", "windows-1252");

    [Fact]
    public void ExcelSemicolonWindows1252_ReadAsUtf8_ScoresAllTheSame_AsTheInvalidBytesAreInAColumnNotRead() =>
        AssertScoresAsCanonical(_folder.WriteBytes("excel.csv", ExportStyles.ExcelSemicolon1252(_table)));

    [Fact]
    public void ExcelSemicolonWindows1252_KeptColumn_IsDecoded()
    {
        var input = _folder.WriteBytes("excel.csv", ExportStyles.ExcelSemicolon1252(_table));

        var run = Rss.Run("score", input, "--encoding", "windows-1252", "--keep", "Région", "--quiet");

        Assert.EndsWith(",detail,Région", run.OutputLines[0], StringComparison.Ordinal);
        Assert.EndsWith(",Thiès", run.OutputLines[1], StringComparison.Ordinal);
        Assert.EndsWith(",Kédougou", run.OutputLines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Xlsx_ScoresAsTheCanonicalCsv() =>
        AssertScoresAsCanonical(_folder.WriteBytes("cohort.xlsx", ExportStyles.Xlsx(_table)));

    [Fact]
    public void JsonLines_ScoresAsTheCanonicalCsv() =>
        AssertScoresAsCanonical(_folder.WriteBytes("cohort.jsonl", ExportStyles.JsonLines(_table)));

    [Fact]
    public void ForeignFormWithMapping_ScoresAsTheCanonicalCsv()
    {
        var (export, mapping) = ExportStyles.ForeignForm(_table);

        AssertScoresAsCanonical(_folder.WriteBytes("foreign.csv", export), "--map", _folder.Write("mapping.json", mapping));
    }

    [Fact]
    public void ForeignFormWithoutMapping_IsRefusedNamingTheMissingColumns()
    {
        var (export, _) = ExportStyles.ForeignForm(_table);

        var run = Rss.Run("score", _folder.WriteBytes("foreign.csv", export));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("missing columns: respondent_id, round, ECO_", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void EveryStyle_AnyWorkerCount_SameAsSingleThreaded(int workers)
    {
        // The in-process tool uses a worker per processor; the pipeline with one worker must agree on the styles read as text.
        var input = _folder.WriteBytes("cohort.xlsx", ExportStyles.Xlsx(_table));
        using var output = new StringWriter();
        new Scoring.ScorePipeline(ScoringEngine.Default, workers).Run(File.OpenRead(input), input, output, null, Scoring.RunReporter.Silent, Scoring.ScoreInput.Default);
        Assert.Equal(_expected, output.ToString());
    }

    [Fact]
    public void SurveyReader_AgreesWithTheTool_RowForRow()
    {
        // The library reader that scripts and the cohort commands use gives the tool's statuses and problem details.
        var bytes = ExportStyles.KoboFrenchLabels(_table);
        var lines = CsvText.Parse(_expected).Skip(1).ToList();

        var records = Import.SurveyReader.Read(new MemoryStream(bytes), "kobo.csv", new Import.SurveyReadOptions(RssCatalog.Default)).ToList();

        Assert.Equal(lines.Count, records.Count);
        for (var i = 0; i < records.Count; i++)
        {
            var (status, detail) = (lines[i][6], lines[i][7]);
            if (records[i].Response is { } response)
            {
                var result = ScoringEngine.Default.Score(response);
                Assert.Equal(status, result.Scores.IsComplete ? "ok" : "incomplete");
                Assert.Equal(lines[i][0], records[i].RespondentId);
                Assert.Equal(lines[i][5], result.Scores.Composite.TryGetValue(out var composite) ? NumberText.Format(composite) : string.Empty);
            }
            else
            {
                Assert.Equal("error", status);
                Assert.Equal(detail, string.Join("; ", records[i].Problems));
            }
        }
    }

    private void AssertScoresAsCanonical(string input, params string[] options)
    {
        var run = Rss.Run(new[] { "score", input, "--quiet" }.Concat(options).ToArray());

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal(_expected, run.Output);
    }
}
