using System;
using System.Collections.Generic;
using System.Linq;
using ReintegrationScoring.Tests.Support;
using Xunit;

namespace ReintegrationScoring.Tests;

/// <summary>Building responses: by key text, by answer, in catalog order; and every problem reported by measure only.</summary>
public class SurveyResponseTests
{
    private static Catalog Rss => RssCatalog.Default;

    [Fact]
    public void Parse_KeysForSomeMeasures_LeavesTheOthersAbsent()
    {
        var response = SurveyResponse.Parse(Rss, RssResponses.Id, MonitoringRound.Intermediate, new Dictionary<string, string>
        {
            ["ECO_SATISFACTION"] = "satisfied",
            ["soc_school_attendance"] = "NOT_APPLICABLE",
            ["PSY_DISTRESS"] = " dont_know ",
            ["PSY_BELONGING"] = "",
        });

        Assert.Equal(30, response.Answers.Count);
        Assert.Equal(Answer.Option(1), response.GetAnswer("ECO_SATISFACTION"));
        Assert.Equal(Answer.NotApplicable, response.GetAnswer("SOC_SCHOOL_ATTENDANCE"));
        Assert.Equal(Answer.DontKnow, response.GetAnswer("psy_distress"));
        Assert.Equal(Answer.Absent, response.GetAnswer("PSY_BELONGING"));
        Assert.Equal(27, response.Answers.Count(a => a == Answer.Absent));
        Assert.Equal(MonitoringRound.Intermediate, response.Round);
        Assert.Same(Rss, response.Catalog);
    }

    [Fact]
    public void TryParse_ManyProblems_ReportsEveryOneByMeasureWithoutTheAnswers()
    {
        const string secretOption = "SECRET_OPTION_TEXT";
        var answers = new[]
        {
            new KeyValuePair<string, string>("ECO_SATISFACTION", secretOption),
            new KeyValuePair<string, string>("ECO_NOT_A_MEASURE", "yes"),
            new KeyValuePair<string, string>("PSY_DISTRESS", "not_applicable"),
            new KeyValuePair<string, string>("SOC_WATER_ACCESS", "good"),
            new KeyValuePair<string, string>("soc_water_access", "bad"),
        };

        var result = SurveyResponse.TryParse(Rss, new RespondentId("RID-31337"), MonitoringRound.Initial, answers, null, null);
        var ok = result.TryGetValue(out var response);
        var problems = result.Problems;

        Assert.False(ok);
        Assert.Null(response);
        Assert.Equal(4, problems.Count);
        Assert.Equal((ResponseProblemKind.InvalidAnswer, "ECO_SATISFACTION", AnswerProblem.UnknownOption), (problems[0].Kind, problems[0].MeasureCode, problems[0].AnswerProblem));
        Assert.Equal((ResponseProblemKind.UnknownMeasure, "ECO_NOT_A_MEASURE", AnswerProblem.None), (problems[1].Kind, problems[1].MeasureCode, problems[1].AnswerProblem));
        Assert.Equal((ResponseProblemKind.InvalidAnswer, "PSY_DISTRESS", AnswerProblem.NotApplicableNotAllowed), (problems[2].Kind, problems[2].MeasureCode, problems[2].AnswerProblem));
        Assert.Equal((ResponseProblemKind.DuplicateMeasure, "SOC_WATER_ACCESS", AnswerProblem.None), (problems[3].Kind, problems[3].MeasureCode, problems[3].AnswerProblem));
        Assert.All(problems, p => Assert.Contains($"'{p.MeasureCode}'", p.Message, StringComparison.Ordinal));
        Assert.All(problems, p => Confidential.DoesNotReveal(p.Message, secretOption, "RID-31337", "good", "bad"));

        var ex = Assert.Throws<InvalidResponseException>(() => SurveyResponse.Parse(Rss, new RespondentId("RID-31337"), MonitoringRound.Initial, answers));
        Assert.Equal(problems, ex.Problems);
        Assert.StartsWith("The survey response is invalid (4 problem(s)):", ex.Message, StringComparison.Ordinal);
        Confidential.DoesNotReveal(ex, secretOption, "RID-31337");
    }

    [Fact]
    public void Create_InvalidAnswersAndUnknownMeasure_ThrowsWithEveryProblem()
    {
        var answers = new[]
        {
            new KeyValuePair<string, Answer>("ECO_BORROW_ABILITY", Answer.Option(2)),
            new KeyValuePair<string, Answer>("NOPE", Answer.Option(0)),
            new KeyValuePair<string, Answer>("ECO_SATISFACTION", Answer.NotApplicable),
        };

        var ex = Assert.Throws<InvalidResponseException>(() => SurveyResponse.Create(Rss, RssResponses.Id, MonitoringRound.Initial, answers));

        Assert.Equal(new[] { AnswerProblem.OptionOutOfRange, AnswerProblem.None, AnswerProblem.NotApplicableNotAllowed }, ex.Problems.Select(p => p.AnswerProblem));
        Assert.Equal(new[] { "ECO_BORROW_ABILITY", "NOPE", "ECO_SATISFACTION" }, ex.Problems.Select(p => p.MeasureCode));
    }

    [Fact]
    public void Create_NullMeasureCode_IsAnUnknownMeasure()
    {
        var ex = Assert.Throws<InvalidResponseException>(() =>
            SurveyResponse.Create(Rss, RssResponses.Id, MonitoringRound.Initial, new[] { new KeyValuePair<string, Answer>(null!, Answer.Option(0)) }));

        Assert.Equal(ResponseProblemKind.UnknownMeasure, Assert.Single(ex.Problems).Kind);
    }

    [Fact]
    public void FromAnswers_WrongCount_ThrowsWithTheExpectedCount()
    {
        var ex = Assert.Throws<ArgumentException>(() => SurveyResponse.FromAnswers(Rss, RssResponses.Id, MonitoringRound.Initial, new Answer[29]));

        Assert.Contains("Expected 30 answers", ex.Message, StringComparison.Ordinal);
        Assert.Equal("answersInCatalogOrder", ex.ParamName);
    }

    [Fact]
    public void FromAnswers_SeveralInvalidAnswers_ListsEveryOneInCatalogOrder()
    {
        var answers = Enumerable.Repeat(Answer.Option(0), 30).ToArray();
        answers[3] = Answer.Option(99);
        answers[17] = Answer.Option(99);

        var ex = Assert.Throws<InvalidResponseException>(() => SurveyResponse.FromAnswers(Rss, RssResponses.Id, MonitoringRound.Initial, answers));

        Assert.Equal(new[] { Rss.Measures[3].Code, Rss.Measures[17].Code }, ex.Problems.Select(p => p.MeasureCode));
        Assert.All(ex.Problems, p => Assert.Equal(ResponseProblemKind.InvalidAnswer, p.Kind));
    }

    [Fact]
    public void FromAnswers_DefaultIdOrUndefinedRound_ThrowsLikeTheOtherFactories()
    {
        var answers = Enumerable.Repeat(Answer.Option(0), 30).ToArray();

        Assert.Equal("respondentId", Assert.Throws<ArgumentException>(() => SurveyResponse.FromAnswers(Rss, default, MonitoringRound.Initial, answers)).ParamName);
        Assert.ThrowsAny<ArgumentOutOfRangeException>(() => SurveyResponse.FromAnswers(Rss, RssResponses.Id, (MonitoringRound)9, answers));
    }

    [Fact]
    public void FromAnswers_CopiesTheCallersArray()
    {
        var answers = Enumerable.Repeat(Answer.Option(0), 30).ToArray();
        var response = SurveyResponse.FromAnswers(Rss, RssResponses.Id, MonitoringRound.Initial, answers);

        answers[0] = Answer.Refused;

        Assert.Equal(Answer.Option(0), response.Answers[0]);
        Assert.True(ScoringEngine.Default.ComputeScores(response).IsComplete);
    }

    [Fact]
    public void Factories_DefaultRespondentIdOrUndefinedRound_Throw()
    {
        var none = Array.Empty<KeyValuePair<string, Answer>>();

        var ex = Assert.Throws<ArgumentException>(() => SurveyResponse.Create(Rss, default, MonitoringRound.Initial, none));
        Assert.Equal("respondentId", ex.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => SurveyResponse.Create(Rss, RssResponses.Id, (MonitoringRound)5, none));
        Assert.Throws<ArgumentNullException>(() => SurveyResponse.Create(null!, RssResponses.Id, MonitoringRound.Initial, none));
        Assert.Throws<ArgumentNullException>(() => SurveyResponse.Parse(Rss, RssResponses.Id, MonitoringRound.Initial, null!));
    }

    [Fact]
    public void Dates_KeepTheDatePartOnly()
    {
        var response = SurveyResponse.Parse(Rss, RssResponses.Id, MonitoringRound.Final, RssResponses.Keys(0), new DateTime(2025, 5, 6, 14, 30, 0), new DateTime(2024, 1, 2, 9, 0, 0));

        Assert.Equal(new DateTime(2025, 5, 6), response.SurveyDate);
        Assert.Equal(new DateTime(2024, 1, 2), response.ArrivalDate);
        Assert.Null(SurveyResponse.Parse(Rss, RssResponses.Id, MonitoringRound.Final, RssResponses.Keys(0)).SurveyDate);
    }

    [Fact]
    public void WithAnswer_ReplacesOneAnswerInACopy()
    {
        var original = RssResponses.Uniform(0);

        var changed = original.WithAnswer("eco_satisfaction", Answer.Refused);

        Assert.Equal(Answer.Refused, changed.GetAnswer("ECO_SATISFACTION"));
        Assert.Equal(Answer.Option(0), original.GetAnswer("ECO_SATISFACTION"));
        Assert.Equal(original.RespondentId, changed.RespondentId);
        Assert.Throws<UnknownMeasureException>(() => original.WithAnswer("NOPE", Answer.Refused));
        var invalid = Assert.Throws<InvalidAnswerException>(() => original.WithAnswer("ECO_SATISFACTION", Answer.NotApplicable));
        Assert.Equal("ECO_SATISFACTION", invalid.MeasureCode);
    }

    [Fact]
    public void GetAnswer_UnknownMeasure_ThrowsNamingIt()
    {
        var ex = Assert.Throws<UnknownMeasureException>(() => RssResponses.Uniform(0).GetAnswer("ECO_UNKNOWN"));

        Assert.Equal("ECO_UNKNOWN", ex.MeasureCode);
    }

    [Fact]
    public void ToString_NamesRoundAndCatalogNeverTheRespondent()
    {
        var response = SurveyResponse.Parse(Rss, new RespondentId("RID-777"), MonitoringRound.Initial, RssResponses.Keys(0));

        Assert.Equal("SurveyResponse(initial, rss-reconstructed 1.0)", response.ToString());
    }
}
