using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReintegrationScoring.Analysis.Cohorts;
using ReintegrationScoring.Analysis.Progress;
using ReintegrationScoring.Analysis.Retention;
using ReintegrationScoring.Analysis.Summary;
using Xunit;

namespace ReintegrationScoring.Report.Tests;

/// <summary>
/// The report feeds its round pairs and retention through one shared respondent index; on any cohort its figures must
/// be those of the plain public builders, one per round pair, and a retention builder.
/// </summary>
public sealed class CohortReportProgressTests
{
    private static readonly ScoringEngine Engine = ScoringEngine.Default;

    private static readonly (MonitoringRound From, MonitoringRound To)[] RoundPairs =
    {
        (MonitoringRound.Initial, MonitoringRound.Intermediate),
        (MonitoringRound.Intermediate, MonitoringRound.Final),
        (MonitoringRound.Initial, MonitoringRound.Final),
    };

    // Few respondents, so pairs, duplicates and missing rounds all occur; some answers missing, so some scores are not computed.
    private static readonly Gen<CohortSurvey> Survey =
        from respondent in Gen.Choose(1, 10)
        from round in Gen.Elements(MonitoringRound.Initial, MonitoringRound.Intermediate, MonitoringRound.Final)
        from country in Gen.Elements("AFG", "IRQ", string.Empty)
        from seed in Gen.Choose(0, 1_000_000)
        select Scored($"P{respondent}", round, country, seed);

    [Property(MaxTest = 100)]
    public Property Build_AnyCohort_ProgressAndRetentionAreThoseOfThePlainBuilders() =>
        Prop.ForAll(Survey.ArrayOf().ToArbitrary(), surveys =>
        {
            var report = new CohortReportBuilder(Engine, new CohortReportSettings("cohort.csv", DateTimeOffset.UnixEpoch, new[] { "country" }));
            var progress = RoundPairs.Select(p => new ProgressBuilder(p.From, p.To, Array.Empty<string>())).ToArray();
            var retention = new RetentionBuilder();
            foreach (var survey in surveys)
            {
                report.Add(survey);
                retention.Add(survey);
                foreach (var builder in progress)
                {
                    builder.Add(survey);
                }
            }

            var page = report.Build();
            var reports = progress.Select(b => b.Build()).ToList();
            var expectedChanges = reports
                .Where(p => p.Pairs > 0)
                .SelectMany(p => p.Rows.Select(r => new ProgressFigure(p.From, p.To, r.Score, r.Pairs, r.MeanChange, r.ConfidenceLow, r.ConfidenceHigh, r.ShareImproved, r.ShareDeclined, r.ShareUnchanged)));
            Assert.Equal(expectedChanges, page.Progress);

            var retained = retention.Build();
            var expectedRetention = MonitoringRounds.All.Select(round => new RetentionStep(
                round,
                round == retained.BaseRound ? retained.BaseRespondents : retained.Rows.First(r => r.Round == round).FromBase));
            Assert.Equal(expectedRetention, page.Retention);

            var initialToFinal = reports[2];
            var exclusions = page.DataQuality.Exclusions.ToDictionary(e => e.Reason, e => e.Count);
            Assert.Equal(initialToFinal.SurveyedMoreThanOnce, exclusions[ExclusionReason.DuplicateInRound]);
            Assert.Equal(initialToFinal.NotSurveyedAtFrom + initialToFinal.NotSurveyedAtTo, exclusions[ExclusionReason.NotSeenInBothRounds]);
        });

    [Fact]
    public void Build_CohortOfSeveralBatches_SummariesAreThoseOfThePlainBuilders()
    {
        // The summaries are fed on a worker in batches of 4,096 surveys: this cohort fills two and leaves a partial one,
        // and Build is called twice, with surveys added in between, as a builder that goes on.
        var surveys = ScoredCohort.Surveys(Engine, respondents: 6_000).ToList();
        Assert.InRange(surveys.Count, 2 * 4096 + 1, 4 * 4096 - 1);
        var report = new CohortReportBuilder(Engine, new CohortReportSettings("cohort.csv", DateTimeOffset.UnixEpoch, new[] { "country" }, 0.5));
        var summary = new SummaryBuilder(Array.Empty<string>(), 0.5);
        var byCountry = new SummaryBuilder(new[] { "country" });
        var half = surveys.Count / 2;
        for (var i = 0; i < surveys.Count; i++)
        {
            if (i == half)
            {
                Assert.Equal(Distributions(summary), report.Build().Distributions);
            }

            report.Add(surveys[i]);
            summary.Add(surveys[i]);
            byCountry.Add(surveys[i]);
        }

        var page = report.Build();
        Assert.Equal(Distributions(summary), page.Distributions);
        var expectedMeans = byCountry.Build().Rows
            .Select(r => new GroupMean(r.Group.Values[0], r.Round, r.Score, r.Statistics.Count, r.Statistics.Mean, r.Statistics.ConfidenceLow, r.Statistics.ConfidenceHigh));
        Assert.Equal(expectedMeans, Assert.Single(page.Groups).Means);
        var expectedBelow = summary.Build().Rows
            .Where(r => r.Round == MonitoringRound.Initial)
            .Select(r => new BelowThresholdShare(r.Score, r.Statistics.Count, r.Statistics.ShareBelow));
        Assert.Equal(expectedBelow, page.BelowThreshold);
    }

    private static List<ScoreDistribution> Distributions(SummaryBuilder summary) => summary.Build().Rows
        .Select(r => new ScoreDistribution(r.Round, r.Score, r.Statistics.Count, r.Statistics.Minimum, r.Statistics.FirstQuartile, r.Statistics.Median, r.Statistics.ThirdQuartile, r.Statistics.Maximum, r.Statistics.Mean))
        .ToList();

    private static CohortSurvey Scored(string id, MonitoringRound round, string country, int seed)
    {
        var random = new Random(seed);
        var answers = Engine.Catalog.Measures
            .Select(m => random.Next(8) == 0 ? Answer.DontKnow : Answer.Option(random.Next(m.Scale.Options.Count)))
            .ToArray();
        var attributes = new Dictionary<string, string> { ["country"] = country };
        return new CohortSurvey(Engine.Score(SurveyResponse.FromAnswers(Engine.Catalog, new RespondentId(id), round, answers)), attributes);
    }
}
