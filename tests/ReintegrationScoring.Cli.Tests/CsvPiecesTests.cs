using System;
using ReintegrationScoring.Cli.Output;
using ReintegrationScoring.Cli.Scoring;
using ReintegrationScoring.Import;
using Xunit;

namespace ReintegrationScoring.Cli.Tests;

public sealed class CsvPiecesTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("", "")]
    public void AppendField_QuotesOnlyWhenNeeded(string value, string expected)
    {
        var buffer = new TextBuffer(1);

        buffer.AppendField(value);

        Assert.Equal(expected, buffer.ToString());
    }

    [Theory]
    [InlineData("\"yes\"", "yes")]
    [InlineData("\" Yes \"", "Yes")]
    [InlineData("\"a\"\"b\"", "a\"b")]
    [InlineData("\"\"", "")]
    [InlineData("\"open", "\"open")]
    [InlineData("  plain  ", "plain")]
    public void ToText_TrimsAndUnquotes(string raw, string expected) => Assert.Equal(expected, CsvCell.ToText(raw));

    [Theory]
    [InlineData("", 0)]
    [InlineData("a\nb", 1)]
    [InlineData("a\r\nb\rc\n", 3)]
    public void Count_CountsEachLineEndingOnce(string text, int expected) => Assert.Equal(expected, LineBreaks.Count(text));

    [Fact]
    public void Add_SameKeyTwice_ReturnsTheFirstLine_AcrossGrowth()
    {
        var index = new DuplicateIndex();
        for (var i = 1; i <= 5000; i++)
        {
            Assert.Equal(0, index.Add(unchecked((ulong)i * 0x9E3779B97F4A7C15UL), i + 1));
        }

        Assert.Equal(2, index.Add(0x9E3779B97F4A7C15UL, 9999));
        Assert.Equal(5001, index.Add(unchecked(5000 * 0x9E3779B97F4A7C15UL), 10000));
        Assert.Equal(5000, index.Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => index.Add(0, 1));
    }

    [Fact]
    public void Format_CachedAndFresh_AreTheShortestRoundTripText()
    {
        var numbers = new NumberTexts();
        var value = 0.1 + 0.2;

        Assert.Equal("0.30000000000000004", numbers.Format(value));
        Assert.Equal("0.30000000000000004", numbers.Format(value));
        Assert.Equal("1", numbers.Format(1.0));
        Assert.Equal("0.7083333333333333", numbers.Format(0.7083333333333333));
    }
}
