using System;
using System.Linq;
using ReintegrationScoring.Tests.Support;
using Xunit;

namespace ReintegrationScoring.Tests;

/// <summary>The engine's contract around the arithmetic: arguments, buffers, catalogs and errors.</summary>
public partial class ScoringEngineTests
{
    [Fact]
    public void Score_ResponseForAnotherCatalog_ThrowsNamingBothCatalogsNotTheRespondent()
    {
        var other = CatalogOfOne("other");
        var response = SurveyResponse.Create(other, new RespondentId("RID-7731"), MonitoringRound.Initial, Array.Empty<System.Collections.Generic.KeyValuePair<string, Answer>>());

        var ex = Assert.Throws<ArgumentException>(() => ScoringEngine.Default.Score(response));

        Assert.Equal("response", ex.ParamName);
        Assert.Contains("other 1", ex.Message, StringComparison.Ordinal);
        Assert.Contains("rss-reconstructed 1.0", ex.Message, StringComparison.Ordinal);
        Confidential.DoesNotReveal(ex, "RID-7731");
    }

    [Fact]
    public void Score_ResponseForAnEqualRebuiltCatalog_IsAccepted()
    {
        var first = CatalogOfOne("same");
        var second = CatalogOfOne("same");
        var engine = new ScoringEngine(WeightSet.EqualByIndicator(first));
        var response = SurveyResponse.FromAnswers(second, RssResponses.Id, MonitoringRound.Initial, new[] { Answer.Option(0), Answer.Option(1), Answer.Option(0) });

        var scores = engine.ComputeScores(response);

        Assert.Equal(0.0, scores.Social.Value);
        Assert.Equal(2.0 / 3, scores.Composite.Value, 12);
    }

    [Fact]
    public void ComputeScores_BufferTooShortOrBadOffset_ThrowsWithTheRequiredLength()
    {
        var engine = ScoringEngine.Default;
        var buffer = new Answer[59];

        var tooShort = Assert.Throws<ArgumentOutOfRangeException>(() => engine.ComputeScores(buffer, 30));
        Assert.Equal("offset", tooShort.ParamName);
        Assert.Contains("30 answers", tooShort.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => engine.ComputeScores(buffer, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => engine.ComputeScores(new Answer[29]));
        Assert.Throws<ArgumentNullException>(() => engine.ComputeScores((Answer[])null!));
        Assert.Throws<ArgumentNullException>(() => engine.ComputeScores((SurveyResponse)null!));
        Assert.Equal(ScoreStatus.MissingAnswers, engine.ComputeScores(buffer, 29).Composite.Status);
    }

    [Fact]
    public void ComputeScores_BufferWithOptionBeyondScale_ThrowsNamingTheMeasure()
    {
        var answers = Enumerable.Repeat(Answer.Option(0), 30).ToArray();
        answers[4] = Answer.Option(2); // ECO_BORROW_ABILITY is yes/no.

        var ex = Assert.Throws<InvalidAnswerException>(() => ScoringEngine.Default.ComputeScores(answers));

        Assert.Equal("ECO_BORROW_ABILITY", ex.MeasureCode);
        Assert.Equal(AnswerProblem.OptionOutOfRange, ex.Problem);
        Assert.Null(ex.ResponseIndex);
        Assert.Equal("The answer to measure 'ECO_BORROW_ABILITY' chooses an option beyond its scale.", ex.Message);
    }

    [Fact]
    public void ComputeScores_BufferWithDisallowedNotApplicable_ThrowsNamingTheMeasure()
    {
        var answers = Enumerable.Repeat(Answer.Option(0), 30).ToArray();
        answers[13] = Answer.NotApplicable; // SOC_SCHOOL_ATTENDANCE: allowed.
        Assert.True(ScoringEngine.Default.ComputeScores(answers).IsComplete);

        answers[22] = Answer.NotApplicable; // PSY_SOCIAL_ACTIVITIES: not allowed.
        var ex = Assert.Throws<InvalidAnswerException>(() => ScoringEngine.Default.ComputeScores(answers));

        Assert.Equal("PSY_SOCIAL_ACTIVITIES", ex.MeasureCode);
        Assert.Equal(AnswerProblem.NotApplicableNotAllowed, ex.Problem);
    }

    [Fact]
    public void ComputeScores_OneBufferReusedForManyResponses_ScoresEachAsItsResponse()
    {
        var responses = Enumerable.Range(0, 5).Select(i => RssResponses.Uniform(i)).ToArray();
        var buffer = new Answer[30];

        foreach (var response in responses)
        {
            response.Answers.ToArray().CopyTo(buffer, 0);
            Assert.Equal(ScoringEngine.Default.ComputeScores(response), ScoringEngine.Default.ComputeScores(buffer));
        }
    }

    [Fact]
    public void Constructor_NullWeightSet_Throws_AndNullOptionsMeanDefault()
    {
        Assert.Throws<ArgumentNullException>(() => new ScoringEngine(null!));
        Assert.Same(ScoringOptions.Default, new ScoringEngine(BuiltInWeightSets.EqualByIndicator, null).Options);
    }

    private static Catalog CatalogOfOne(string id)
    {
        var indicators = Dimensions.All.Select(d => new Indicator("I_" + d.ToCode(), d, LocalizedText.OfEnglish(d.ToCode()))).ToArray();
        var measures = indicators.Select(i => new Measure("M_" + i.Code, i, RssScales.YesNo, LocalizedText.OfEnglish(i.Code)));
        return Catalog.Create(id, "1", indicators, measures);
    }
}
