using System;
using System.Linq;
using ReintegrationScoring.Analysis.Needs;
using ReintegrationScoring.Analysis.Quality;
using ReintegrationScoring.Analysis.Retention;
using ReintegrationScoring.Analysis.Tests.Support;
using Xunit;

namespace ReintegrationScoring.Analysis.Tests;

public class OtherAnalysesTests
{
    [Fact]
    public void Retention_CountsBaseRespondentsSeenAgainPerRound()
    {
        var builder = new RetentionBuilder();
        foreach (var (id, round) in new[]
        {
            ("A", MonitoringRound.Initial), ("A", MonitoringRound.Intermediate), ("A", MonitoringRound.Final),
            ("B", MonitoringRound.Initial), ("B", MonitoringRound.Initial), ("B", MonitoringRound.Final),
            ("C", MonitoringRound.Initial),
            ("D", MonitoringRound.Final),
        })
        {
            builder.Add(Cohort.Uniform(id, round, 1));
        }

        var report = builder.Build();

        Assert.Equal(3, report.BaseRespondents);
        Assert.Equal(
            new[] { (MonitoringRound.Initial, 3, 3, (double?)1.0), (MonitoringRound.Intermediate, 1, 1, 1.0 / 3), (MonitoringRound.Final, 3, 2, 2.0 / 3) },
            report.Rows.Select(r => (r.Round, r.Respondents, r.FromBase, r.Share)));
    }

    [Fact]
    public void AnswerQuality_AddParts_CountsAsAddSurvey_AndRefusesAWrongCount()
    {
        var surveys = Enumerable.Range(0, 40).Select(i => Cohort.Survey($"R{i}", MonitoringRound.Initial, i)).ToArray();
        var bySurveys = new AnswerQualityBuilder();
        var byParts = new AnswerQualityBuilder();
        foreach (var survey in surveys)
        {
            bySurveys.Add(survey);
            byParts.Add(Cohort.Engine, survey.Result.Response.Answers);
        }

        string Describe(AnswerQualityReport r) => string.Join("|", r.Measures.Select(m => $"{m.MeasureCode}:{m.Surveys}:{m.Absent}:{m.DontKnow}:{m.Refused}:{m.NotApplicable}"));
        Assert.Equal(Describe(bySurveys.Build()), Describe(byParts.Build()));
        Assert.Throws<System.ArgumentException>(() => byParts.Add(Cohort.Engine, new Answer[3]));
    }

    [Fact]
    public void Retention_NoBaseRespondent_ShareIsEmpty()
    {
        var builder = new RetentionBuilder(MonitoringRound.Intermediate);
        builder.Add(Cohort.Uniform("A", MonitoringRound.Final, 1));

        Assert.All(builder.Build().Rows, r => Assert.Null(r.Share));
    }

    [Fact]
    public void Needs_ScoreAtThreshold_IsNotBelow_WeakestIsTheLowest()
    {
        var survey = Cohort.Survey("R1", MonitoringRound.Initial, 7);
        var scores = Dimensions.All.Select(d => survey.Value(d.ToScoreKind())).ToArray();
        Assert.All(scores, s => Assert.NotNull(s));
        var threshold = scores.Max()!.Value;

        var needs = SurveyNeeds.Of(survey, threshold);

        Assert.Equal(Dimensions.All.Where(d => survey.Value(d.ToScoreKind()) < threshold), needs.Below);
        Assert.Equal(Dimensions.All.OrderBy(d => survey.Value(d.ToScoreKind())).First(), needs.Weakest);
    }

    [Fact]
    public void Needs_UnscoredDimension_HasNoWeakest()
    {
        var needs = SurveyNeeds.Of(Cohort.Unscored("R1", MonitoringRound.Initial), 0.5);

        Assert.Empty(needs.Below);
        Assert.Null(needs.Weakest);
        Assert.Throws<ArgumentOutOfRangeException>(() => SurveyNeeds.Of(Cohort.Unscored("R1", MonitoringRound.Initial), 2));
    }

    [Fact]
    public void AnswerQuality_CountsEachKindPerMeasure()
    {
        var catalog = Cohort.Catalog;
        var first = catalog.Measures[0];
        var optional = catalog.Measures.Skip(1).First(m => m.AllowsNotApplicable);
        var options = catalog.Measures.Select(m => m.AnswerKeys.First(k => k.Value.Kind == AnswerKind.Option).Value).ToArray();
        var dontKnow = (Answer[])options.Clone();
        dontKnow[0] = Answer.DontKnow;
        var refused = (Answer[])options.Clone();
        refused[0] = Answer.Refused;
        refused[catalog.Measures.ToList().IndexOf(optional)] = Answer.NotApplicable;
        var builder = new AnswerQualityBuilder();
        builder.Add(Cohort.Make("A", MonitoringRound.Initial, options));
        builder.Add(Cohort.Make("B", MonitoringRound.Initial, dontKnow));
        builder.Add(Cohort.Make("C", MonitoringRound.Initial, refused));
        builder.Add(Cohort.Unscored("D", MonitoringRound.Initial));

        var report = builder.Build();

        Assert.Equal(4, report.Surveys);
        Assert.Equal(catalog.Measures.Select(m => m.Code), report.Measures.Select(m => m.MeasureCode));
        var measure = report.Measures[0];
        Assert.Equal(first.Code, measure.MeasureCode);
        Assert.Equal((1, 1, 1, 0, 3), (measure.Absent, measure.DontKnow, measure.Refused, measure.NotApplicable, measure.Missing));
        Assert.Equal(0.75, measure.Share(measure.Missing));
        var optionalCounts = report.Measures.Single(m => m.MeasureCode == optional.Code);
        Assert.Equal((1, 1), (optionalCounts.NotApplicable, optionalCounts.Absent));
    }
}
