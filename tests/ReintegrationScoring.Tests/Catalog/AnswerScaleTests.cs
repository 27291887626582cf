using System;
using System.Linq;
using Xunit;

namespace ReintegrationScoring.Tests;

/// <summary>Answer scales and options: the coding rules' own validation.</summary>
public class AnswerScaleTests
{
    private static readonly LocalizedText Label = LocalizedText.OfEnglish("label");

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void AnswerOption_PointsOutsideUnitInterval_Throws(double points)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new AnswerOption("key", points, Label));

        Assert.Equal("points", ex.ParamName);
        Assert.Contains("[0, 1]", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dont_know")]
    [InlineData("REFUSED")]
    [InlineData("not_applicable")]
    public void AnswerOption_ReservedKey_Throws(string key)
    {
        var ex = Assert.Throws<ArgumentException>(() => new AnswerOption(key, 0.5, Label));

        Assert.Equal("key", ex.ParamName);
    }

    [Theory]
    [InlineData("Upper")]
    [InlineData("with space")]
    [InlineData("1st")]
    [InlineData("")]
    public void AnswerOption_KeyNotLowerSnakeCase_Throws(string key)
    {
        Assert.Throws<ArgumentException>(() => new AnswerOption(key, 0.5, Label));
    }

    [Fact]
    public void AnswerScale_RepeatedKeyIgnoringCase_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new AnswerScale("s", new[] { new AnswerOption("yes", 1, Label), new AnswerOption("yes", 0, Label) }));

        Assert.Contains("'yes'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnswerScale_NoOptions_Throws()
    {
        Assert.Throws<ArgumentException>(() => new AnswerScale("s", Array.Empty<AnswerOption>()));
    }

    [Fact]
    public void AnswerScale_MaxOptionCount_IsAcceptedAndOneMoreIsNot()
    {
        AnswerOption Option(int i) => new("o" + i, 0.5, Label);

        var largest = new AnswerScale("s", Enumerable.Range(0, Answer.MaxOptionCount).Select(Option));

        Assert.Equal(Answer.MaxOptionCount, largest.Options.Count);
        Assert.Equal(Answer.MaxOptionCount - 1, largest.IndexOf("o" + (Answer.MaxOptionCount - 1)));
        Assert.Throws<ArgumentException>(() => new AnswerScale("s", Enumerable.Range(0, Answer.MaxOptionCount + 1).Select(Option)));
    }

    [Fact]
    public void AnswerScale_IndexOf_IgnoresCaseAndReturnsMinusOneWhenAbsent()
    {
        Assert.Equal(1, RssScales.Quality5.IndexOf("GOOD"));
        Assert.Equal(-1, RssScales.Quality5.IndexOf("great"));
    }

    [Fact]
    public void AnswerScale_ToString_ListsKeysAndPoints()
    {
        Assert.Equal("yes_no(yes=1, no=0)", RssScales.YesNo.ToString());
    }

    [Fact]
    public void LocalizedText_WithoutEnglish_Throws_AndFallsBackToEnglish()
    {
        Assert.Throws<ArgumentException>(() => new LocalizedText(new[] { new System.Collections.Generic.KeyValuePair<string, string>("fr", "Oui") }));

        var text = LocalizedText.Of("Yes", "Oui");
        Assert.Equal("Oui", text.Get("FR"));
        Assert.Equal("Yes", text.Get("de"));
        Assert.Equal("Yes", text.Get(null));
    }
}
