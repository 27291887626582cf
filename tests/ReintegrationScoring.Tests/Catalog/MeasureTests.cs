using System;
using System.Linq;
using FsCheck.Xunit;
using ReintegrationScoring.Tests.Generators;
using ReintegrationScoring.Tests.Support;
using Xunit;

namespace ReintegrationScoring.Tests;

/// <summary>Parsing, checking and describing one measure's answers.</summary>
[Properties(Arbitrary = new[] { typeof(ScoringArbitraries) }, MaxTest = 300)]
public class MeasureTests
{
    private static readonly Measure Satisfaction = RssCatalog.Default.GetMeasure("ECO_SATISFACTION");
    private static readonly Measure SchoolAttendance = RssCatalog.Default.GetMeasure("SOC_SCHOOL_ATTENDANCE");

    [Theory]
    [InlineData("very_satisfied", 0)]
    [InlineData("satisfied", 1)]
    [InlineData("  Satisfied ", 1)]
    [InlineData("VERY_DISSATISFIED", 4)]
    public void TryParseAnswer_OptionKey_IsThatOptionIgnoringCaseAndSpace(string text, int index)
    {
        Assert.True(Satisfaction.TryParseAnswer(text, out var answer, out var problem));
        Assert.Equal(Answer.Option(index), answer);
        Assert.Equal(AnswerProblem.None, problem);
    }

    [Theory]
    [InlineData(null, AnswerKind.Absent)]
    [InlineData("", AnswerKind.Absent)]
    [InlineData("   ", AnswerKind.Absent)]
    [InlineData("dont_know", AnswerKind.DontKnow)]
    [InlineData("DONT_KNOW", AnswerKind.DontKnow)]
    [InlineData("refused", AnswerKind.Refused)]
    public void TryParseAnswer_SpecialAnswer_IsMissing(string? text, AnswerKind kind)
    {
        Assert.True(Satisfaction.TryParseAnswer(text, out var answer));
        Assert.Equal(kind, answer.Kind);
        Assert.True(answer.IsMissing);
    }

    [Fact]
    public void TryParseAnswer_NotApplicableWhereAllowed_IsNotApplicable()
    {
        Assert.True(SchoolAttendance.TryParseAnswer("not_applicable", out var answer));
        Assert.Equal(Answer.NotApplicable, answer);
        Assert.False(answer.IsMissing);
    }

    [Fact]
    public void TryParseAnswer_NotApplicableWhereNotAllowed_FailsWithThatReason()
    {
        Assert.False(Satisfaction.TryParseAnswer("Not_Applicable", out var answer, out var problem));
        Assert.Equal(AnswerProblem.NotApplicableNotAllowed, problem);
        Assert.Equal(default, answer);
    }

    [Theory]
    [InlineData("quite_happy")]
    [InlineData("0.75")]
    [InlineData("very satisfied")]
    [InlineData("good")]
    public void TryParseAnswer_UnknownKey_FailsAsUnknownOption(string text)
    {
        Assert.False(Satisfaction.TryParseAnswer(text, out _, out var problem));
        Assert.Equal(AnswerProblem.UnknownOption, problem);
    }

    [Fact]
    public void ParseAnswer_UnknownKey_ThrowsNamingMeasureNotTheAnswer()
    {
        const string secret = "my_secret_answer_42";

        var ex = Assert.Throws<InvalidAnswerException>(() => Satisfaction.ParseAnswer(secret));

        Assert.Equal("ECO_SATISFACTION", ex.MeasureCode);
        Assert.Equal(AnswerProblem.UnknownOption, ex.Problem);
        Assert.Null(ex.ResponseIndex);
        Assert.Contains("ECO_SATISFACTION", ex.Message, StringComparison.Ordinal);
        Confidential.DoesNotReveal(ex, secret);
    }

    [Fact]
    public void ParseAnswer_DisallowedNotApplicable_ThrowsNamingMeasureAndReason()
    {
        var ex = Assert.Throws<InvalidAnswerException>(() => Satisfaction.ParseAnswer("not_applicable"));

        Assert.Equal(AnswerProblem.NotApplicableNotAllowed, ex.Problem);
        Assert.Equal("Measure 'ECO_SATISFACTION' does not allow not_applicable.", ex.Message);
    }

    [Fact]
    public void Check_OptionBeyondScale_IsOptionOutOfRange()
    {
        Assert.Equal(AnswerProblem.OptionOutOfRange, Satisfaction.Check(Answer.Option(5)));
        Assert.Equal(AnswerProblem.None, Satisfaction.Check(Answer.Option(4)));
        Assert.False(Satisfaction.IsValid(Answer.Option(5)));
        var ex = Assert.Throws<InvalidAnswerException>(() => Satisfaction.PointsOf(Answer.Option(5)));
        Assert.Equal(AnswerProblem.OptionOutOfRange, ex.Problem);
    }

    [Fact]
    public void PointsOf_OptionsAndSpecialAnswers_ArePointsOrNull()
    {
        Assert.Equal(0.75, Satisfaction.PointsOf(Answer.Option(1)));
        Assert.Null(Satisfaction.PointsOf(Answer.DontKnow));
        Assert.Null(Satisfaction.PointsOf(Answer.Absent));
        Assert.Null(SchoolAttendance.PointsOf(Answer.NotApplicable));
        Assert.Equal(0.5, SchoolAttendance.PointsOf(Answer.Option(1)));
    }

    [Fact]
    public void AnswerKeys_ListOptionsThenSpecialAnswers()
    {
        Assert.Equal(
            new[] { "very_satisfied", "satisfied", "neutral", "dissatisfied", "very_dissatisfied", "dont_know", "refused", "not_applicable" },
            Satisfaction.AnswerKeys.Select(k => k.Key));
    }

    [Property]
    public void AnswerKeys_AnyCatalog_ParseToTheirAnswerAndBack(Catalog catalog)
    {
        foreach (var measure in catalog.Measures)
        {
            foreach (var (key, answer) in measure.AnswerKeys)
            {
                var parsed = measure.TryParseAnswer(key, out var actual, out var problem);
                if (answer == Answer.NotApplicable && !measure.AllowsNotApplicable)
                {
                    Assert.False(parsed);
                    Assert.Equal(AnswerProblem.NotApplicableNotAllowed, problem);
                    continue;
                }

                Assert.True(parsed);
                Assert.Equal(answer, actual);
                Assert.Equal(key, measure.KeyOf(actual));
                Assert.True(measure.TryParseAnswer(" " + key.ToUpperInvariant() + " ", out var shouted));
                Assert.Equal(answer, shouted);
            }

            Assert.Null(measure.KeyOf(Answer.Absent));
        }
    }

    [Fact]
    public void Constructor_MalformedCode_Throws()
    {
        var indicator = RssCatalog.Default.Indicators[0];

        Assert.Throws<ArgumentException>(() => new Measure("1BAD", indicator, RssScales.YesNo, LocalizedText.OfEnglish("q")));
        Assert.Throws<ArgumentException>(() => new Measure("BAD-CODE", indicator, RssScales.YesNo, LocalizedText.OfEnglish("q")));
        Assert.Throws<ArgumentNullException>(() => new Measure("OK", null!, RssScales.YesNo, LocalizedText.OfEnglish("q")));
    }

    [Fact]
    public void Constructor_Defaults_AreCustomProvenanceWithoutNotApplicable()
    {
        var measure = new Measure("OK", RssCatalog.Default.Indicators[0], RssScales.YesNo, LocalizedText.OfEnglish("q"));

        Assert.Equal(MeasureProvenance.Custom, measure.Provenance);
        Assert.False(measure.AllowsNotApplicable);
        Assert.Equal(Dimension.Economic, measure.Dimension);
        Assert.Equal("OK", measure.ToString());
    }
}
