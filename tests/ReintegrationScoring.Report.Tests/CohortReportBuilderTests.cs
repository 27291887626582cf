using System;
using System.Linq;
using ReintegrationScoring.Analysis.Cohorts;
using ReintegrationScoring.Analysis.Progress;
using ReintegrationScoring.Analysis.Sensitivity;
using ReintegrationScoring.Analysis.Summary;
using Xunit;

namespace ReintegrationScoring.Report.Tests;

public sealed class CohortReportBuilderTests
{
    private static readonly ScoringEngine Engine = new(BuiltInWeightSets.EqualByIndicator, new ScoringOptions { MissingAnswerPolicy = MissingAnswerPolicy.Renormalize });

    internal static CohortReport Build(double? threshold = 0.5)
    {
        var builder = new CohortReportBuilder(Engine, new CohortReportSettings("cohort.csv", new DateTimeOffset(2026, 1, 2, 3, 4, 0, TimeSpan.Zero), new[] { "country" }, threshold, Sensitivity: new SensitivitySettings(draws: 50)));
        foreach (var survey in ScoredCohort.Surveys(Engine))
        {
            builder.Add(survey);
        }

        builder.AddErrorRow();
        return builder.Build();
    }

    [Fact]
    public void AddParts_SameCohort_GivesThePageOfAddSurvey()
    {
        var settings = new CohortReportSettings("cohort.csv", new DateTimeOffset(2026, 1, 2, 3, 4, 0, TimeSpan.Zero), new[] { "country", "sex" }, 0.5, Sensitivity: new SensitivitySettings(draws: 50));
        var bySurveys = new CohortReportBuilder(Engine, settings);
        var byParts = new CohortReportBuilder(Engine, settings);

        // More surveys than one batch of the builder's workers, so both paths cross a hand-over.
        foreach (var survey in ScoredCohort.Surveys(Engine, respondents: 3000))
        {
            bySurveys.Add(survey);
            var group = GroupKey.FromValues(settings.Attributes.Select(a => survey.Attributes.TryGetValue(a, out var v) ? v : string.Empty));
            byParts.Add(survey.RespondentId, survey.Round, group, survey.Result.Scores, survey.Result.Response.Answers.ToArray());
        }

        foreach (var language in new[] { ReportLanguage.English, ReportLanguage.French })
        {
            Assert.Equal(HtmlReportWriter.ToHtml(bySurveys.Build(), language), HtmlReportWriter.ToHtml(byParts.Build(), language));
        }
    }

    [Fact]
    public void Add_BadPartsOrOtherScoring_RefusedBeforeAnyBuilderSeesThem()
    {
        var settings = new CohortReportSettings("cohort.csv", DateTimeOffset.UnixEpoch, new[] { "country" }, null);
        var builder = new CohortReportBuilder(Engine, settings);
        var survey = ScoredCohort.Surveys(Engine).First();
        var answers = survey.Result.Response.Answers.ToArray();
        var irq = GroupKey.FromValues(new[] { "IRQ" });

        Assert.Throws<ArgumentException>(() => builder.Add(survey.RespondentId, survey.Round, GroupKey.All, survey.Result.Scores, answers));
        Assert.Throws<ArgumentException>(() => builder.Add(survey.RespondentId, survey.Round, irq, survey.Result.Scores, answers.Take(3).ToArray()));
        Assert.Throws<ArgumentException>(() => builder.Add(default, survey.Round, irq, survey.Result.Scores, answers));
        var strict = new ScoringEngine(BuiltInWeightSets.EqualByIndicator);
        Assert.Throws<ArgumentException>(() => builder.Add(new CohortSurvey(strict.Score(survey.Result.Response))));

        var report = builder.Build();
        Assert.Equal(0, report.Provenance.RowsOk + report.Provenance.RowsIncomplete);
        Assert.All(report.Distributions, d => Assert.Equal(0, d.N));
    }

    [Fact]
    public void Build_Cohort_CopiesTheAnalysisFiguresOntoThePage()
    {
        var report = Build();
        var summary = new SummaryBuilder(Array.Empty<string>(), 0.5);
        var byCountry = new SummaryBuilder(new[] { "country" });
        var progress = new ProgressBuilder(MonitoringRound.Initial, MonitoringRound.Final, Array.Empty<string>());
        var surveys = ScoredCohort.Surveys(Engine).ToList();
        foreach (var survey in surveys)
        {
            summary.Add(survey);
            byCountry.Add(survey);
            progress.Add(survey);
        }

        var expectedDistributions = summary.Build().Rows.Select(r => (r.Round, r.Score, (long)r.Statistics.Count, r.Statistics.Median, r.Statistics.Mean));
        Assert.Equal(expectedDistributions, report.Distributions.Select(d => (d.Round, d.Score, d.N, d.Median, d.Mean)));
        Assert.Equal(
            byCountry.Build().Rows.Select(r => (r.Group.Values[0], r.Round, r.Score, r.Statistics.Mean, r.Statistics.ConfidenceLow)),
            Assert.Single(report.Groups).Means.Select(m => (m.Group, m.Round, m.Score, m.Mean, m.CiLow)));
        Assert.Equal(
            progress.Build().Rows.Select(r => (r.Score, (long)r.Pairs, r.MeanChange, r.ShareImproved)),
            report.Progress.Where(p => p.From == MonitoringRound.Initial && p.To == MonitoringRound.Final).Select(p => (p.Score, p.Pairs, p.MeanChange, p.Improved)));

        Assert.Equal(surveys.Count, report.Provenance.RowsOk + report.Provenance.RowsIncomplete);
        Assert.Equal(surveys.Count(s => s.Result.IsComplete), report.Provenance.RowsOk);
        Assert.Equal(1, report.Provenance.RowsError);
        Assert.True(report.Provenance.WeightsAreProvisionalDefault);
        Assert.Equal(MissingAnswerPolicy.Renormalize, report.Provenance.Policy);
    }

    [Fact]
    public void Build_Cohort_CountsRetentionWeakestAndNonAnswers()
    {
        var report = Build();
        var surveys = ScoredCohort.Surveys(Engine).ToList();
        var initial = surveys.Where(s => s.Round == MonitoringRound.Initial).Select(s => s.RespondentId).ToHashSet();

        Assert.Equal(
            MonitoringRounds.All.Select(r => (r, (long)surveys.Where(s => s.Round == r && initial.Contains(s.RespondentId)).Select(s => s.RespondentId).Distinct().Count())),
            report.Retention.Select(s => (s.Round, s.Respondents)));
        Assert.Equal(
            surveys.Count(s => s.Round == MonitoringRound.Final && s.Result.WeakestDimension == Dimension.Social),
            report.Weakest.Single(w => w.Round == MonitoringRound.Final && w.Dimension == Dimension.Social).Surveys);
        var first = RssCatalog.Default.Measures[0];
        Assert.Equal(
            (double)surveys.Count(s => s.Result.Response.Answers[0].Kind == AnswerKind.DontKnow) / surveys.Count,
            report.DataQuality.Measures[0].DontKnow,
            12);
        Assert.Equal(first.Label, report.DataQuality.Measures[0].Label);
        Assert.Equal(4, report.BelowThreshold.Count);
        var robustness = Assert.IsType<Robustness>(report.Robustness);
        Assert.Equal(("country", 50), (robustness.Attribute, robustness.Draws));
        Assert.Equal(surveys.Select(s => (s.Round, s.AttributeValue("country"))).Distinct().Count(), robustness.Ranks.Count);
        Assert.All(robustness.Ranks, r => Assert.True(r.RankP05 <= r.RankMedian && r.RankMedian <= r.RankP95 && r.Score == ScoreKind.Composite));
        Assert.Empty(Build(threshold: null).BelowThreshold);
    }
}
