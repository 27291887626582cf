using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace ReintegrationScoring.Cli.Tests;

public sealed class ScoreCommandTests : IDisposable
{
    private const string OutputHeader = "respondent_id,round,economic,social,psychosocial,composite,status,detail";

    private const string ExplanationHeader =
        "respondent_id,round,measure,dimension,answer_status,points,dimensional_weight,composite_weight,dimension_contribution,composite_contribution";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Score_CompleteRows_WritesExactHeaderAndOneOkRowPerInputRowInOrder()
    {
        var input = _folder.Write("in.csv", SurveyCsv.File(
            SurveyCsv.Row("B-2", "final"),
            SurveyCsv.Row("A-1", "initial"),
            SurveyCsv.Row("C-3", "intermediate")));

        var run = Rss.Run("score", input, "--quiet");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(OutputHeader, run.OutputLines[0]);
        var rows = CsvText.Parse(run.Output).Skip(1).ToArray();
        Assert.Equal(new[] { "B-2", "A-1", "C-3" }, rows.Select(r => r[0]));
        Assert.Equal(new[] { "final", "initial", "intermediate" }, rows.Select(r => r[1]));
        Assert.All(rows, r => Assert.Equal(new[] { "1", "1", "1", "1", "ok", string.Empty }, r[2..]));
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void Score_MissingAnswer_IsIncompleteNamingScoresAndMeasures()
    {
        var input = _folder.Write("in.csv", SurveyCsv.File(
            SurveyCsv.Row("R1", "initial", ("ECO_SATISFACTION", "dont_know"), ("ECO_DEBT_RATIO", string.Empty))));

        var run = Rss.Run("score", input, "--quiet");

        Assert.Equal(0, run.ExitCode);
        var row = CsvText.Parse(run.Output)[1];
        Assert.Equal(string.Empty, row[2]);
        Assert.Equal("1", row[3]);
        Assert.Equal("1", row[4]);
        Assert.Equal(string.Empty, row[5]);
        Assert.Equal("incomplete", row[6]);
        Assert.Equal("not computed: economic composite (missing answers); missing: ECO_DEBT_RATIO ECO_SATISFACTION", row[7]);
    }

    [Fact]
    public void Score_Renormalize_ComputesWithMissingAnswersAndSaysWhatWasLeftOut()
    {
        var input = _folder.Write("in.csv", SurveyCsv.File(
            SurveyCsv.Row("R1", "initial", ("ECO_SATISFACTION", "refused"))));

        var run = Rss.Run("score", input, "--quiet", "--missing", "renormalize");

        var row = CsvText.Parse(run.Output)[1];
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("ok", row[6]);
        Assert.Equal("missing: ECO_SATISFACTION", row[7]);
        Assert.Equal(1.0, double.Parse(row[2], CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Score_RenormalizeBelowMinimumCoverage_IsIncompleteWithTheCoverageReason()
    {
        var missing = SurveyCsv.Catalog.MeasuresOf(Dimension.Economic).Take(4).Select(m => (m.Code, "dont_know")).ToArray();
        var input = _folder.Write("in.csv", SurveyCsv.File(SurveyCsv.Row("R1", "initial", missing)));

        var run = Rss.Run("score", input, "--quiet", "--missing", "renormalize", "--min-coverage", "0.8");

        var row = CsvText.Parse(run.Output)[1];
        Assert.Equal("incomplete", row[6]);
        Assert.StartsWith("not computed: economic (coverage below 0.8); missing: ", row[7], StringComparison.Ordinal);
        Assert.Equal(string.Empty, row[2]);
        Assert.NotEqual(string.Empty, row[5]);
    }

    [Fact]
    public void Score_ZeroPolicy_CountsMissingAsZeroPoints()
    {
        var input = _folder.Write("in.csv", SurveyCsv.File(SurveyCsv.Row("R1", "initial", ("ECO_SATISFACTION", string.Empty))));

        var run = Rss.Run("score", input, "--quiet", "--missing", "zero");

        var row = CsvText.Parse(run.Output)[1];
        Assert.Equal("ok", row[6]);
        Assert.Equal(0.9, double.Parse(row[2], CultureInfo.InvariantCulture), 12);
    }

    [Theory]
    [InlineData("ECO_SATISFACTION", "quite_happy", "ECO_SATISFACTION: not an answer option of this measure")]
    [InlineData("ECO_SATISFACTION", "not_applicable", "ECO_SATISFACTION: not_applicable is not allowed for this measure")]
    [InlineData("round", "baseline", "round: not initial, intermediate or final")]
    [InlineData("round", "", "round: empty")]
    [InlineData("respondent_id", "  ", "respondent_id: empty")]
    public void Score_InvalidRow_IsErrorWithEmptyScoresAndExitCode1(string column, string cell, string detail)
    {
        var row = column switch
        {
            "round" => SurveyCsv.Row("R1", cell),
            "respondent_id" => SurveyCsv.Row(cell, "initial"),
            _ => SurveyCsv.Row("R1", "initial", (column, cell)),
        };
        var input = _folder.Write("in.csv", SurveyCsv.File(SurveyCsv.Row("R0", "initial"), row, SurveyCsv.Row("R2", "final")));

        var run = Rss.Run("score", input, "--quiet");

        Assert.Equal(1, run.ExitCode);
        var rows = CsvText.Parse(run.Output);
        Assert.Equal(4, rows.Count);
        Assert.Equal(new[] { string.Empty, string.Empty, string.Empty, string.Empty, "error", detail }, rows[2][2..]);
        Assert.Equal("ok", rows[1][6]);
        Assert.Equal("ok", rows[3][6]);
    }

    [Fact]
    public void Score_SeveralProblemsInOneRow_AreAllNamed()
    {
        var input = _folder.Write("in.csv", SurveyCsv.File(
            SurveyCsv.Row("R1", "later", ("ECO_SATISFACTION", "x"), ("PSY_DISTRESS", "not_applicable"))));

        var run = Rss.Run("score", input, "--quiet");

        Assert.Equal(
            "round: not initial, intermediate or final; ECO_SATISFACTION: not an answer option of this measure; PSY_DISTRESS: not_applicable is not allowed for this measure",
            CsvText.Parse(run.Output)[1][7]);
    }

    [Fact]
    public void Score_NotApplicableWhereAllowed_IsOk()
    {
        var input = _folder.Write("in.csv", SurveyCsv.File(SurveyCsv.Row("R1", "initial", ("SOC_SCHOOL_ATTENDANCE", "Not_Applicable"))));

        var run = Rss.Run("score", input, "--quiet");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("ok", CsvText.Parse(run.Output)[1][6]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(40)]
    public void Score_WrongNumberOfFields_IsErrorNamingTheCounts(int extra)
    {
        var shortRow = string.Join(',', SurveyCsv.Row("R1", "initial").Split(',').SkipLast(1));
        var longRow = SurveyCsv.Row("R2", "final") + string.Concat(Enumerable.Repeat(",x", extra));
        var input = _folder.Write("in.csv", SurveyCsv.File(shortRow, longRow));

        var run = Rss.Run("score", input, "--quiet");

        Assert.Equal(1, run.ExitCode);
        var rows = CsvText.Parse(run.Output);
        Assert.Equal("error", rows[1][6]);
        Assert.Equal("row: 31 fields where the header has 32", rows[1][7]);
        Assert.Equal($"row: {32 + extra} fields where the header has 32", rows[2][7]);
        Assert.Equal("R1", rows[1][0]);
    }

    [Fact]
    public void Score_HeaderNamesTrimmedCaseInsensitiveAnyOrderWithExtraColumns_ScoresTheSame()
    {
        var columns = SurveyCsv.Columns.Reverse().Select(c => "  " + c.ToUpperInvariant() + " ").Prepend("Notes").Append("survey_date").ToArray();
        var values = SurveyCsv.Row("R1", "Initial", ("ECO_DEBT_RATIO", "  NO_DEBT  "), ("PSY_DISTRESS", "Rarely")).Split(',').Reverse().Prepend("free text").Append("2025-01-01");
        var input = _folder.Write("in.csv", string.Join(',', columns) + "\n" + string.Join(',', values) + "\n");
        var reference = _folder.Write("ref.csv", SurveyCsv.File(SurveyCsv.Row("R1", "initial", ("PSY_DISTRESS", "rarely"))));

        var run = Rss.Run("score", input, "--quiet");
        var expected = Rss.Run("score", reference, "--quiet");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(expected.Output, run.Output);
        Assert.Equal("initial", CsvText.Parse(run.Output)[1][1]);
    }

    [Fact]
    public void Score_BomCrlfAndQuotedCells_ReadAsPlainCells()
    {
        var plain = SurveyCsv.File(new[] { SurveyCsv.Row("R1", "initial", ("PSY_DISTRESS", "often")) });
        var quotedRow = string.Join(',', SurveyCsv.Row("R1", "initial", ("PSY_DISTRESS", "often")).Split(',').Select(c => "\"" + c + "\""));
        var fancy = SurveyCsv.File(new[] { quotedRow }, "\r\n");
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(fancy)).ToArray();
        var input = _folder.WriteBytes("in.csv", bytes);
        var reference = _folder.Write("ref.csv", plain);

        var run = Rss.Run("score", input, "--quiet");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Rss.Run("score", reference, "--quiet").Output, run.Output);
    }

    [Fact]
    public void Score_QuotedIdWithCommaQuoteAndNewline_IsWrittenBackQuotedAndLinesCountEmbeddedNewlines()
    {
        var id = "Kabul, \"north\"\nsite 2";
        var quotedId = "\"" + id.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var input = _folder.Write("in.csv", SurveyCsv.File(
            SurveyCsv.Row(quotedId, "initial"),
            SurveyCsv.Row(quotedId, "initial")));

        var run = Rss.Run("score", input, "--quiet");

        var rows = CsvText.Parse(run.Output);
        Assert.Equal(id, rows[1][0]);
        Assert.Equal(id, rows[2][0]);
        Assert.Contains("lines 2 and 4 have the same respondent_id and round", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_BlankLines_AreSkippedAndDoNotShiftLineNumbers()
    {
        var input = _folder.Write("in.csv", SurveyCsv.Header + "\n\n" + SurveyCsv.Row("R1", "initial") + "\n\n\n" + SurveyCsv.Row("R1", "initial") + "\n");

        var run = Rss.Run("score", input, "--quiet");

        Assert.Equal(3, run.OutputLines.Length);
        Assert.Contains("lines 3 and 6 have the same respondent_id and round", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_DuplicateRespondentAndRound_ScoresBothAndWarnsWithLineNumbersOnly()
    {
        var input = _folder.Write("in.csv", SurveyCsv.File(
            SurveyCsv.Row("SENTINEL-ID-4411", "initial"),
            SurveyCsv.Row("SENTINEL-ID-4411", "final"),
            SurveyCsv.Row("other", "initial"),
            SurveyCsv.Row("SENTINEL-ID-4411", "INITIAL")));

        var run = Rss.Run("score", input);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(5, run.OutputLines.Length);
        var warning = Assert.Single(run.ErrorLines, l => l.Contains("warning", StringComparison.Ordinal));
        Assert.Equal($"rss: warning: {input}: lines 2 and 5 have the same respondent_id and round; both are scored", warning);
        Assert.DoesNotContain("SENTINEL", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_CellValues_NeverAppearInDiagnosticsOrDetail()
    {
        const string Sentinel = "SENTINEL_9f27";
        var input = _folder.Write("in.csv", SurveyCsv.Header + ",notes\n"
            + SurveyCsv.Row("id_" + Sentinel, Sentinel) + "," + Sentinel + "\n"
            + SurveyCsv.Row("id_" + Sentinel, "initial", ("ECO_SATISFACTION", Sentinel), ("SOC_HEALTH_ACCESS", "\"" + Sentinel + " ,x\"")) + ",n\n"
            + SurveyCsv.Row("id_" + Sentinel, "initial") + ",n\n"
            + "id_" + Sentinel + "," + Sentinel + "\n");

        var run = Rss.Run("score", input);

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain(Sentinel, run.Error, StringComparison.Ordinal);
        foreach (var row in CsvText.Parse(run.Output).Skip(1))
        {
            Assert.DoesNotContain(Sentinel, row[1], StringComparison.Ordinal);
            Assert.DoesNotContain(Sentinel, row[7], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Score_UnterminatedQuote_Exits2NamingLineAndColumnWithoutTheValue()
    {
        const string Sentinel = "SENTINEL_q81";
        var out_ = _folder.File("out.csv");
        var input = _folder.Write("in.csv", SurveyCsv.File(SurveyCsv.Row("R1", "initial"))
            + SurveyCsv.Row("R2", "initial", ("PSY_DISTRESS", "\"" + Sentinel)) + "\n" + SurveyCsv.Row("R3", "final") + "\n");

        var run = Rss.Run("score", input, "--out", out_);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"rss: error: {input}: line 3, column PSY_DISTRESS: unterminated quoted field (a quote opens but never closes)", Assert.Single(run.ErrorLines));
        Assert.DoesNotContain(Sentinel, run.Error, StringComparison.Ordinal);
        Assert.Equal(new[] { "in.csv" }, _folder.FileNames());
    }

    [Theory]
    [InlineData("missing-column")]
    [InlineData("duplicate-column")]
    [InlineData("unterminated-quote")]
    [InlineData("not-utf8")]
    [InlineData("empty")]
    [InlineData("no-input")]
    [InlineData("bad-weights")]
    [InlineData("out-is-input")]
    public void Score_ConfigurationError_Exits2AndLeavesExistingOutputFilesUnchanged(string fault)
    {
        var good = SurveyCsv.File(SurveyCsv.Row("R1", "initial"), SurveyCsv.Row("R2", "final"));
        var input = _folder.Write("in.csv", fault switch
        {
            "missing-column" => good.Replace(",PSY_DISTRESS,", ",PSY_DISTRES,", StringComparison.Ordinal),
            "duplicate-column" => good.Replace("respondent_id,round", "respondent_id,Round", StringComparison.Ordinal).Replace(",PSY_DISTRESS,", ",round,", StringComparison.Ordinal),
            "unterminated-quote" => good + "R3,\"final\n",
            "empty" => string.Empty,
            _ => good,
        });
        if (fault == "not-utf8")
        {
            var bytes = Encoding.UTF8.GetBytes(good + SurveyCsv.Row("R\u00e9", "final") + "\n");
            bytes = bytes.Select(b => b == 0xC3 ? (byte)0xE9 : b).Where(b => b != 0xA9).ToArray();
            _folder.WriteBytes("in.csv", bytes);
        }

        var weights = _folder.Write("w.json", "{ \"id\": \"w\", \"version\": \"1\", \"weights\": [] }");
        var output = _folder.Write("out.csv", "previous output\n");
        var explanation = _folder.Write("explain.csv", "previous explanation\n");
        var args = fault switch
        {
            "no-input" => new[] { "score", _folder.File("absent.csv"), "--out", output, "--explain", explanation },
            "bad-weights" => new[] { "score", input, "--weights", weights, "--out", output, "--explain", explanation },
            "out-is-input" => new[] { "score", input, "--out", input, "--explain", explanation },
            _ => new[] { "score", input, "--out", output, "--explain", explanation },
        };

        var run = Rss.Run(args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("rss: error: ", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal("previous output\n", _folder.Read("out.csv"));
        Assert.Equal("previous explanation\n", _folder.Read("explain.csv"));
        Assert.Equal(new[] { "explain.csv", "in.csv", "out.csv", "w.json" }, _folder.FileNames());
    }

    [Fact]
    public void Score_MissingColumns_NamesEveryMissingColumnAtLine1()
    {
        var input = _folder.Write("in.csv", "respondent_id,ECO_SATISFACTION\nR1,satisfied\n");

        var run = Rss.Run("score", input);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"rss: error: {input}: line 1: missing columns: round, ECO_INCOME_ACTIVITY, ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("ECO_SATISFACTION", line, StringComparison.Ordinal);
        Assert.EndsWith("PSY_PHYSICAL_SAFETY", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_InvalidUtf8_Exits2SayingSo()
    {
        var bytes = Encoding.UTF8.GetBytes(SurveyCsv.File(SurveyCsv.Row("R1", "initial"))).Concat(new byte[] { 0xFF, 0xFE, (byte)'\n' }).ToArray();
        var input = _folder.WriteBytes("in.csv", bytes);

        var run = Rss.Run("score", input);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"rss: error: {input}: line 3: not valid UTF-8 text (U+FFFD or bytes that are not UTF-8); save the file as CSV UTF-8", run.ErrorLines[0]);
    }

    [Fact]
    public void Score_OutFile_IsWrittenAtomicallyWithNoTemporaryFileLeft()
    {
        var input = _folder.Write("in.csv", SurveyCsv.File(SurveyCsv.Row("R1", "initial"), SurveyCsv.Row("R2", "initial", ("ECO_SATISFACTION", "bad"))));
        _folder.Write("out.csv", "old");

        var run = Rss.Run("score", input, "--out", _folder.File("out.csv"), "--explain", _folder.File("explain.csv"), "--quiet");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.StartsWith(OutputHeader + "\n", _folder.Read("out.csv"), StringComparison.Ordinal);
        Assert.Equal(3, _folder.Read("out.csv").Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(new[] { "explain.csv", "in.csv", "out.csv" }, _folder.FileNames());
    }

    [Fact]
    public void Score_OutFolderMissing_Exits2BeforeReading()
    {
        var input = _folder.Write("in.csv", SurveyCsv.File(SurveyCsv.Row("R1", "initial")));

        var run = Rss.Run("score", input, "--out", Path.Combine(_folder.Path, "no", "out.csv"));

        Assert.Equal(2, run.ExitCode);
        Assert.EndsWith("out.csv: the folder does not exist", run.ErrorLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Score_Explain_WritesOneRowPerInputRowAndMeasureWithContributionsSummingToTheScores()
    {
        var input = _folder.Write("in.csv", SurveyCsv.File(
            SurveyCsv.Row("R1", "initial", ("ECO_SATISFACTION", "satisfied"), ("SOC_SCHOOL_ATTENDANCE", "not_applicable")),
            SurveyCsv.Row("R2", "final", ("PSY_DISTRESS", "dont_know")),
            SurveyCsv.Row("R3", "final", ("ECO_DEBT_RATIO", "lots"))));
        var explanation = _folder.File("explain.csv");

        var run = Rss.Run("score", input, "--explain", explanation, "--quiet");

        Assert.Equal(1, run.ExitCode);
        var text = _folder.Read("explain.csv");
        Assert.StartsWith(ExplanationHeader + "\n", text, StringComparison.Ordinal);
        var rows = CsvText.Parse(text).Skip(1).ToArray();
        Assert.Equal(3 * 30, rows.Length);
        Assert.Equal(SurveyCsv.Catalog.Measures.Select(m => m.Code), rows.Take(30).Select(r => r[2]));
        Assert.All(rows.Take(30), r => Assert.Equal("R1", r[0]));

        var scores = CsvText.Parse(run.Output)[1];
        var r1 = rows.Take(30).ToArray();
        var satisfaction = r1.Single(r => r[2] == "ECO_SATISFACTION");
        Assert.Equal(new[] { "R1", "initial", "ECO_SATISFACTION", "economic", "answered", "0.75", "0.1" }, satisfaction[..7]);
        Assert.Equal("not_applicable", r1.Single(r => r[2] == "SOC_SCHOOL_ATTENDANCE")[4]);
        Assert.Equal(string.Empty, r1.Single(r => r[2] == "SOC_SCHOOL_ATTENDANCE")[5]);
        var economic = r1.Where(r => r[3] == "economic").Sum(r => double.Parse(r[8], CultureInfo.InvariantCulture));
        Assert.Equal(double.Parse(scores[2], CultureInfo.InvariantCulture), economic, 12);
        var composite = r1.Sum(r => r[9].Length == 0 ? 0 : double.Parse(r[9], CultureInfo.InvariantCulture));
        Assert.Equal(double.Parse(scores[5], CultureInfo.InvariantCulture), composite, 12);

        var distress = rows.Skip(30).Take(30).Single(r => r[2] == "PSY_DISTRESS");
        Assert.Equal(new[] { "missing", string.Empty }, distress[4..6]);
        Assert.Equal(string.Empty, rows.Skip(30).Take(30).Single(r => r[2] == "PSY_BELONGING")[8]);
        Assert.NotEqual(string.Empty, rows.Skip(30).Take(30).Single(r => r[2] == "ECO_SATISFACTION")[8]);

        var invalid = rows.Skip(60).ToArray();
        Assert.Equal(new[] { "invalid", string.Empty }, invalid.Single(r => r[2] == "ECO_DEBT_RATIO")[4..6]);
        Assert.Equal(new[] { "answered", "1" }, invalid.Single(r => r[2] == "ECO_SATISFACTION")[4..6]);
        Assert.All(invalid, r => Assert.Equal(new[] { string.Empty, string.Empty }, r[8..]));
    }

    [Fact]
    public void Score_HeaderOnly_WritesTheHeaderAndExits0()
    {
        var input = _folder.Write("in.csv", SurveyCsv.Header + "\n");

        var run = Rss.Run("score", input);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(OutputHeader + "\n", run.Output);
        Assert.Equal($"rss: {input}: 0 rows: 0 ok, 0 incomplete, 0 error", run.Error.Trim()[..^7].TrimEnd(' ', '('));
    }

    [Fact]
    public void Score_Summary_CountsRowsByStatusUnlessQuiet()
    {
        var input = _folder.Write("in.csv", SurveyCsv.File(
            SurveyCsv.Row("R1", "initial"),
            SurveyCsv.Row("R2", "initial", ("PSY_DISTRESS", "refused")),
            SurveyCsv.Row("R3", "initial", ("PSY_DISTRESS", "nope"))));

        var loud = Rss.Run("score", input);
        var quiet = Rss.Run("score", input, "-q");

        Assert.Matches(@"^rss: .*in\.csv: 3 rows: 1 ok, 1 incomplete, 1 error \(\d+\.\d\d s\)$", loud.Error.TrimEnd());
        Assert.Equal(string.Empty, quiet.Error);
        Assert.Equal(loud.Output, quiet.Output);
    }

    [Theory]
    [InlineData("--missing", "lenient")]
    [InlineData("--min-coverage", "1.5")]
    [InlineData("--min-coverage", "abc")]
    [InlineData("--unknown", "x")]
    public void Score_BadOption_Exits2WithUsageHint(string option, string value)
    {
        var input = _folder.Write("in.csv", SurveyCsv.File(SurveyCsv.Row("R1", "initial")));

        var run = Rss.Run("score", input, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.StartsWith("rss: error: ", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal("Run 'rss score --help' for usage.", run.ErrorLines[^1]);
    }

    [Fact]
    public void Score_CustomWeightsFile_IsUsed()
    {
        var weights = string.Join(",\n", SurveyCsv.Catalog.Measures.Select(m =>
            $"{{ \"measure\": \"{m.Code}\", \"dimensional\": {(m.Code is "ECO_SATISFACTION" ? "0.55" : m.Dimension == Dimension.Economic ? "0.05" : "0.1")}, \"composite\": {(1.0 / 30).ToString("R", CultureInfo.InvariantCulture)} }}"));
        var path = _folder.Write("w.json", $"{{ \"id\": \"custom\", \"version\": \"2\", \"weights\": [\n{weights}\n] }}");
        var input = _folder.Write("in.csv", SurveyCsv.File(SurveyCsv.Row("R1", "initial", ("ECO_SATISFACTION", "very_dissatisfied"))));

        var run = Rss.Run("score", input, "--weights", path, "--quiet");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(0.45, double.Parse(CsvText.Parse(run.Output)[1][2], CultureInfo.InvariantCulture), 12);
    }

    [Fact]
    public void Score_InvalidWeightsFile_Exits2WithOneLinePerProblem()
    {
        var path = _folder.Write("w.json", "{ \"id\": \"w\", \"version\": \"1\", \"weights\": [ { \"measure\": \"ECO_SATISFACTION\", \"dimensional\": 1, \"composite\": 1 } ] }");
        var input = _folder.Write("in.csv", SurveyCsv.File(SurveyCsv.Row("R1", "initial")));

        var run = Rss.Run("score", input, "--weights", path);

        Assert.Equal(2, run.ExitCode);
        Assert.True(run.ErrorLines.Length > 3);
        Assert.All(run.ErrorLines, l => Assert.StartsWith($"rss: error: {path}: ", l, StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, l => l.Contains("PSY_DISTRESS", StringComparison.Ordinal));
    }

    [Fact]
    public void Score_OutIsADevice_WritesThroughItInsteadOfReplacingIt()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var input = _folder.Write("in.csv", SurveyCsv.File(SurveyCsv.Row("R1", "initial")));

        var run = Rss.Run("score", input, "--out", "/dev/null", "--quiet");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, File.ReadAllText("/dev/null"));
        Assert.Equal(new[] { "in.csv" }, _folder.FileNames());
    }

    [Fact]
    public void Score_OutIsASymbolicLink_ReplacesTheFileItNamesAndKeepsTheLink()
    {
        var input = _folder.Write("in.csv", SurveyCsv.File(SurveyCsv.Row("R1", "initial")));
        var target = _folder.Write("target.csv", "old");
        var link = _folder.File("link.csv");
        File.CreateSymbolicLink(link, target);

        var run = Rss.Run("score", input, "--out", link, "--quiet");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(target, new FileInfo(link).LinkTarget);
        Assert.StartsWith(OutputHeader, File.ReadAllText(target), StringComparison.Ordinal);
    }
}
