using System.Linq;
using Xunit;

namespace ReintegrationScoring.Report.Tests;

public sealed class AnswerQualityTallyTests
{
    [Fact]
    public void ToDataQuality_FourSurveys_GivesEachNonAnswerKindItsShare()
    {
        var catalog = RssCatalog.Default;
        var tally = new AnswerQualityTally(catalog);
        var first = catalog.Measures[0];
        var applicable = catalog.Measures.First(m => m.AllowsNotApplicable);
        Answer[] Answers(Answer forFirst, Answer forApplicable) =>
            catalog.Measures.Select(m => m == first ? forFirst : m == applicable ? forApplicable : Answer.Option(0)).ToArray();

        tally.Add(SurveyResponse.FromAnswers(catalog, new RespondentId("a"), MonitoringRound.Initial, Answers(Answer.Absent, Answer.NotApplicable)));
        tally.Add(SurveyResponse.FromAnswers(catalog, new RespondentId("b"), MonitoringRound.Initial, Answers(Answer.DontKnow, Answer.NotApplicable)));
        tally.Add(SurveyResponse.FromAnswers(catalog, new RespondentId("c"), MonitoringRound.Final, Answers(Answer.Refused, Answer.Option(0))));
        tally.Add(SurveyResponse.FromAnswers(catalog, new RespondentId("d"), MonitoringRound.Final, Answers(Answer.Option(1), Answer.Option(0))));
        var quality = tally.ToDataQuality(new[] { new Exclusion(ExclusionReason.ErrorRow, 2) });

        Assert.Equal(catalog.Measures.Select(m => m.Code), quality.Measures.Select(m => m.MeasureCode));
        var firstRow = quality.Measures[0];
        Assert.Equal((4L, 0.25, 0.25, 0.25, 0.0), (firstRow.Surveys, firstRow.Missing, firstRow.DontKnow, firstRow.Refused, firstRow.NotApplicable));
        Assert.Equal(0.5, quality.Measures.Single(m => m.MeasureCode == applicable.Code).NotApplicable);
        Assert.All(quality.Measures.Where(m => m.MeasureCode != first.Code && m.MeasureCode != applicable.Code), m => Assert.Equal(0, m.Missing + m.DontKnow + m.Refused + m.NotApplicable));
        Assert.Equal(new Exclusion(ExclusionReason.ErrorRow, 2), Assert.Single(quality.Exclusions));
    }

    [Fact]
    public void ToDataQuality_NoSurvey_HasZeroShares()
    {
        var quality = new AnswerQualityTally(RssCatalog.Default).ToDataQuality(System.Array.Empty<Exclusion>());

        Assert.All(quality.Measures, m => Assert.Equal(0, m.Surveys + m.Missing + m.DontKnow + m.Refused + m.NotApplicable));
    }
}
