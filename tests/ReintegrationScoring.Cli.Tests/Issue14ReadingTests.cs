using System;
using System.Linq;
using System.Text;
using Xunit;

namespace ReintegrationScoring.Cli.Tests;

/// <summary>
/// Issue 14, the reading path of <c>rss score</c>: a stray quote is a literal character and never merges records; a
/// record too long to parse stops the run naming its line and the limit; UTF-16 and UTF-32 byte-order marks are
/// decoded, and text that does not decode in the announced encoding is refused naming it.
/// </summary>
public sealed class Issue14ReadingTests : IDisposable
{
    private const int Limit = (16 * 1024 * 1024) - 4096;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Issue14_StrayQuotesInsideIds_AreLiteralAndEveryRecordIsOneRow(string newLine)
    {
        var ids = Enumerable.Range(1, 10).Select(i => $"R{i:00000}").ToArray();
        ids[1] = "R00002\"x";
        ids[6] = "R00007\"y";
        var input = _folder.Write("in.csv", SurveyCsv.File(ids.Select(id => SurveyCsv.Row(id, "initial")), newLine));

        var run = Rss.Run("score", input, "--out", _folder.File("out.csv"));

        Assert.Equal(0, run.ExitCode);
        var rows = CsvText.Parse(_folder.Read("out.csv")).Skip(1).ToArray();
        Assert.Equal(ids, rows.Select(r => r[0]));
        Assert.All(rows, r => Assert.Equal("ok", r[6]));
        Assert.StartsWith($"rss: {input}: 10 rows: 10 ok, 0 incomplete, 0 error (", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue14_TextAfterAClosingQuoteAndQuotesInAnswers_StayInTheirFieldAsPythonReadsThem()
    {
        // Python's csv reads `"R1"x"` as R1x" and `of"ten` as of"ten (an unknown answer): one row each, nothing merged.
        var input = _folder.Write("in.csv", SurveyCsv.File(
            SurveyCsv.Row("\"R1\"x\"", "initial"),
            SurveyCsv.Row("R2", "initial", ("PSY_DISTRESS", "of\"ten")),
            SurveyCsv.Row("R3", "final")));

        var run = Rss.Run("score", input, "--out", _folder.File("out.csv"), "--quiet");

        Assert.Equal(1, run.ExitCode);
        var rows = CsvText.Parse(_folder.Read("out.csv")).Skip(1).ToArray();
        Assert.Equal(new[] { "R1x\"", "R2", "R3" }, rows.Select(r => r[0]));
        Assert.Equal(new[] { "ok", "error", "ok" }, rows.Select(r => r[6]));
        Assert.Contains("PSY_DISTRESS", rows[1][7], StringComparison.Ordinal);
        Assert.DoesNotContain("of\"ten", rows[1][7], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Issue14_RecordLongerThanTheLimit_Exits2NamingItsLineAndTheLimitWithoutLeftovers(bool openQuote)
    {
        var row = SurveyCsv.Row("R2", "initial");
        var huge = openQuote ? "R9,\"" + new string('x', Limit) : row + "," + new string('x', Limit + 1 - row.Length - 1);
        var input = _folder.Write("in.csv", SurveyCsv.File(SurveyCsv.Row("R1", "initial"), huge, SurveyCsv.Row("R3", "final")));

        var run = Rss.Run("score", input, "--out", _folder.File("out.csv"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            $"rss: error: {input}: line 3: the record that starts here is longer than 16,773,120 characters, the most the reader accepts (a quote left open makes the rest of the file one record)\n",
            run.Error);
        Assert.Equal(new[] { "in.csv" }, _folder.FileNames());
    }

    [Fact]
    public void Issue14_RecordExactlyAtTheLimit_IsScoredAsOneRow()
    {
        var row = SurveyCsv.Row("R2", "initial");
        var longest = row + "," + new string('x', Limit - row.Length - 1);
        var input = _folder.Write("in.csv", SurveyCsv.File(SurveyCsv.Row("R1", "initial"), longest, SurveyCsv.Row("R3", "final")));

        var run = Rss.Run("score", input, "--out", _folder.File("out.csv"), "--quiet");

        Assert.Equal(1, run.ExitCode);
        var rows = CsvText.Parse(_folder.Read("out.csv")).Skip(1).ToArray();
        Assert.Equal(new[] { "ok", "error", "ok" }, rows.Select(r => r[6]));
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32")]
    [InlineData("utf-32BE")]
    public void Issue14_Utf16AndUtf32WithByteOrderMark_ScoreExactlyAsUtf8(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var text = SurveyCsv.File(SurveyCsv.Row("Rü-1", "initial", ("PSY_DISTRESS", "often")), SurveyCsv.Row("R€2", "final"));
        var input = _folder.WriteBytes("in.csv", encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray());
        var reference = _folder.Write("ref.csv", text);

        var run = Rss.Run("score", input, "--quiet");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Rss.Run("score", reference, "--quiet").Output, run.Output);
    }

    [Theory]
    [InlineData("utf-16", "UTF-16 (little-endian)")]
    [InlineData("utf-16BE", "UTF-16 (big-endian)")]
    [InlineData("utf-32", "UTF-32 (little-endian)")]
    [InlineData("utf-32BE", "UTF-32 (big-endian)")]
    public void Issue14_TextThatDoesNotDecodeInTheEncodingOfItsByteOrderMark_Exits2NamingTheEncodingAndLine(string encodingName, string shown)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var text = SurveyCsv.File(SurveyCsv.Row("R1", "initial"), SurveyCsv.Row("R2", "final"), SurveyCsv.Row("R3", "final"));

        // A lone high surrogate where R2's id starts: not a character in any Unicode encoding.
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray();
        var at = IndexOf(bytes, encoding.GetBytes("R2"));
        var lone = LoneSurrogate(encodingName);
        var input = _folder.WriteBytes("in.csv", bytes[..at].Concat(lone).Concat(bytes[(at + lone.Length)..]).ToArray());

        var run = Rss.Run("score", input, "--out", _folder.File("out.csv"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            $"rss: error: {input}: line 3: not valid {shown} text, the encoding its byte-order mark announces (bytes that do not decode, or U+FFFD); save the file as CSV UTF-8\n",
            run.Error);
        Assert.Equal(new[] { "in.csv" }, _folder.FileNames());
    }

    private static byte[] LoneSurrogate(string encodingName) => encodingName switch
    {
        "utf-16" => new byte[] { 0x00, 0xD8 },
        "utf-16BE" => new byte[] { 0xD8, 0x00 },
        "utf-32" => new byte[] { 0x00, 0xD8, 0x00, 0x00 },
        _ => new byte[] { 0x00, 0x00, 0xD8, 0x00 },
    };

    private static int IndexOf(byte[] bytes, byte[] part)
    {
        for (var i = 0; i + part.Length <= bytes.Length; i++)
        {
            if (bytes.AsSpan(i, part.Length).SequenceEqual(part))
            {
                return i;
            }
        }

        throw new InvalidOperationException("Not found.");
    }
}
