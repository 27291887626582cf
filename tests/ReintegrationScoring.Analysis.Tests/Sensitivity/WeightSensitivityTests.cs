using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ReintegrationScoring.Analysis.Cohorts;
using ReintegrationScoring.Analysis.Sensitivity;
using Xunit;

namespace ReintegrationScoring.Analysis.Tests.Sensitivity;

public class WeightSensitivityTests
{
    private static readonly WeightSet Nominal = BuiltInWeightSets.EqualByIndicator;
    private static readonly string[] ByCountry = { "country" };

    public static TheoryData<MissingAnswerPolicy, double> Policies => new()
    {
        { MissingAnswerPolicy.Strict, 0.75 },
        { MissingAnswerPolicy.Renormalize, 0.75 },
        { MissingAnswerPolicy.Renormalize, 0.8 },
        { MissingAnswerPolicy.Zero, 0.75 },
    };

    [Theory]
    [MemberData(nameof(Policies))]
    public void Analyze_OneDraw_MeansEqualScoringEverySurveyWithTheEngineUnderThatDraw(MissingAnswerPolicy policy, double minimumCoverage)
    {
        var options = new ScoringOptions { MissingAnswerPolicy = policy, MinimumCoverage = minimumCoverage };
        var rows = SyntheticCohort.Rows(600, seed: 7, missingRate: 0.06);
        var surveys = SyntheticCohort.Surveys(new ScoringEngine(Nominal, options), rows);
        for (ulong seed = 1; seed <= 8; seed++)
        {
            // With one draw, its 5th, 50th and 95th percentiles are that draw's mean.
            var result = WeightSensitivity.Analyze(surveys, new SensitivityRequest(Nominal, options, ByCountry, settings: new SensitivitySettings(1, 0.5, seed)));
            var expected = SyntheticCohort.BruteForceMeans(new ScoringEngine(result.Draws[0], options), rows);
            var nominal = SyntheticCohort.BruteForceMeans(new ScoringEngine(Nominal, options), rows);
            Assert.Equal(SensitivityRowCount(rows), result.Rows.Count);
            foreach (var row in result.Rows)
            {
                var key = (row.Round, row.Group.Values[0], row.Score);
                AssertClose(nominal.TryGetValue(key, out var n) ? n : null, row.Mean);
                if (row.Mean is not null)
                {
                    AssertClose(expected.TryGetValue(key, out var e) ? e : null, row.MeanMedian);
                    Assert.Equal(row.MeanMedian, row.MeanP05);
                    Assert.Equal(row.MeanMedian, row.MeanP95);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Policies))]
    public void Analyze_NoiseZero_EveryPercentileIsNominalAndTopShareIsZeroOrOne(MissingAnswerPolicy policy, double minimumCoverage)
    {
        var options = new ScoringOptions { MissingAnswerPolicy = policy, MinimumCoverage = minimumCoverage };
        var surveys = SyntheticCohort.Surveys(new ScoringEngine(Nominal, options), SyntheticCohort.Rows(400, seed: 3, missingRate: 0.05));

        var result = WeightSensitivity.Analyze(surveys, new SensitivityRequest(Nominal, options, ByCountry, settings: new SensitivitySettings(50, 0)));

        Assert.Contains(result.Rows, r => r.Mean is not null);
        foreach (var row in result.Rows.Where(r => r.Mean is not null))
        {
            Assert.Equal(row.Mean, row.MeanP05);
            Assert.Equal(row.Mean, row.MeanMedian);
            Assert.Equal(row.Mean, row.MeanP95);
            Assert.Equal((double?)row.Rank, row.RankP05);
            Assert.Equal((double?)row.Rank, row.RankMedian);
            Assert.Equal((double?)row.Rank, row.RankP95);
            Assert.Equal(row.Rank == 1 ? 1.0 : 0.0, row.TopShare);
            Assert.Equal(50, row.ComputedDraws);
        }

        Assert.All(result.Stability.Where(s => s.RankedGroups >= 2), s =>
        {
            Assert.Equal(0.0, s.MeanAbsoluteRankShift);
            Assert.Equal(1.0, s.SpearmanMedian);
            Assert.Equal(1.0, s.SpearmanP05);
        });
    }

    [Fact]
    public void Analyze_SameSeed_SameFigures()
    {
        var surveys = SyntheticCohort.Surveys(ScoringEngine.Default, SyntheticCohort.Rows(300, seed: 5, missingRate: 0.02));
        var request = new SensitivityRequest(Nominal, groupBy: ByCountry, settings: new SensitivitySettings(200, 0.25, 42));

        var first = WeightSensitivity.Analyze(surveys, request);
        var second = WeightSensitivity.Analyze(surveys, request);

        Assert.Equal(Figures(first), Figures(second));
        Assert.Equal(first.Stability.Select(s => (s.MeanAbsoluteRankShift, s.SpearmanMedian, s.SpearmanP05)), second.Stability.Select(s => (s.MeanAbsoluteRankShift, s.SpearmanMedian, s.SpearmanP05)));
    }

    [Fact]
    public void Analyze_Rows_FollowTheCohortSummaryOrder()
    {
        var surveys = SyntheticCohort.Surveys(ScoringEngine.Default, SyntheticCohort.Rows(200, seed: 9, missingRate: 0));

        var result = WeightSensitivity.Analyze(surveys, new SensitivityRequest(Nominal, groupBy: ByCountry, settings: new SensitivitySettings(10)));

        var expected = result.Rows.OrderBy(r => r.Round).ThenBy(r => r.Group, GroupKey.Order).ThenBy(r => r.Score).ToList();
        Assert.Equal(expected, result.Rows);
        Assert.Equal(3 * SyntheticCohort.Countries.Length * 4, result.Rows.Count);
        Assert.Equal(200, result.Rows.Where(r => r.Score == ScoreKind.Composite).Sum(r => r.Surveys));
    }

    [Fact]
    public void Analyze_OneRound_KeepsOnlyThatRound()
    {
        var surveys = SyntheticCohort.Surveys(ScoringEngine.Default, SyntheticCohort.Rows(200, seed: 9, missingRate: 0));

        var result = WeightSensitivity.Analyze(surveys, new SensitivityRequest(Nominal, groupBy: ByCountry, round: MonitoringRound.Final, settings: new SensitivitySettings(10)));

        Assert.All(result.Rows, r => Assert.Equal(MonitoringRound.Final, r.Round));
        Assert.Equal(surveys.Count(s => s.Round == MonitoringRound.Final), result.Surveys);
    }

    [Fact]
    public void Analyze_TiedGroups_ShareTheFirstRankInEveryDraw()
    {
        // Two countries with the very same answers tie under any weights; a third, answering worse, ranks third.
        var good = Enumerable.Repeat(Answer.Option(0), 30).ToArray();
        var mixed = Enumerable.Range(0, 30).Select(i => Answer.Option(i % 2)).ToArray();
        var rows = new[]
        {
            (MonitoringRound.Initial, "A", mixed), (MonitoringRound.Initial, "A", good),
            (MonitoringRound.Initial, "B", good), (MonitoringRound.Initial, "B", mixed),
            (MonitoringRound.Initial, "C", mixed),
        };
        var surveys = SyntheticCohort.Surveys(ScoringEngine.Default, rows);

        var result = WeightSensitivity.Analyze(surveys, new SensitivityRequest(Nominal, groupBy: ByCountry, settings: new SensitivitySettings(100)));

        var composite = result.Rows.Where(r => r.Score == ScoreKind.Composite).ToDictionary(r => r.Group.Values[0]);
        Assert.Equal(1, composite["A"].Rank);
        Assert.Equal(1, composite["B"].Rank);
        Assert.Equal(3, composite["C"].Rank);
        Assert.Equal(1.0, composite["A"].TopShare);
        Assert.Equal(1.0, composite["B"].TopShare);
        Assert.Equal(0.0, composite["C"].TopShare);
        Assert.Equal(3.0, composite["C"].RankMedian);
    }

    [Fact]
    public void Analyze_GroupWithoutComputedScore_IsNotRankedAndHasEmptyFigures()
    {
        var complete = Enumerable.Repeat(Answer.Option(1), 30).ToArray();
        var gap = Enumerable.Repeat(Answer.Option(0), 30).ToArray();
        gap[0] = Answer.DontKnow;
        var rows = new[] { (MonitoringRound.Initial, "A", complete), (MonitoringRound.Initial, "B", gap) };
        var surveys = SyntheticCohort.Surveys(ScoringEngine.Default, rows);

        var result = WeightSensitivity.Analyze(surveys, new SensitivityRequest(Nominal, groupBy: ByCountry, settings: new SensitivitySettings(20)));

        var economicB = result.Rows.Single(r => r.Group.Values[0] == "B" && r.Score == ScoreKind.Economic);
        Assert.Null(economicB.Mean);
        Assert.Null(economicB.Rank);
        Assert.Null(economicB.MeanMedian);
        Assert.Null(economicB.TopShare);
        Assert.Equal(1, result.Rows.Single(r => r.Group.Values[0] == "A" && r.Score == ScoreKind.Economic).Rank);

        // The social score of B is computed (the gap is economic) and outranks A's.
        Assert.Equal(1, result.Rows.Single(r => r.Group.Values[0] == "B" && r.Score == ScoreKind.Social).Rank);
    }

    [Fact]
    public void Analyze_ReportsProgressToTheLastDraw_AndStopsWhenCancelled()
    {
        var surveys = SyntheticCohort.Surveys(ScoringEngine.Default, SyntheticCohort.Rows(50, seed: 1, missingRate: 0));
        var request = new SensitivityRequest(Nominal, groupBy: ByCountry, settings: new SensitivitySettings(100));
        var reports = new List<SensitivityProgress>();
        var progress = new SynchronousProgress(p => { lock (reports) { reports.Add(p); } });

        WeightSensitivity.Analyze(surveys, request, progress);

        Assert.Contains(new SensitivityProgress(100, 100), reports);
        Assert.All(reports, p => Assert.InRange(p.CompletedDraws, 1, 100));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => WeightSensitivity.Analyze(surveys, request, cancellationToken: cancelled.Token));
    }

    [Fact]
    public void Add_InvalidAnswer_ThrowsNamingTheMeasureOnly()
    {
        var accumulator = new SensitivityAccumulator(new SensitivityRequest(Nominal, groupBy: ByCountry));
        var answers = Enumerable.Repeat(Answer.Option(0), 30).ToArray();
        answers[0] = Answer.Option(7);

        var error = Assert.Throws<ArgumentException>(() => accumulator.Add(MonitoringRound.Initial, GroupKey.FromValues(new[] { "A" }), answers));

        Assert.Contains(RssCatalog.Default.Measures[0].Code, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Option", error.Message, StringComparison.Ordinal);
    }

    private static int SensitivityRowCount(IEnumerable<(MonitoringRound Round, string Country, Answer[] Answers)> rows) =>
        rows.Select(r => (r.Round, r.Country)).Distinct().Count() * 4;

    private static void AssertClose(double? expected, double? actual)
    {
        Assert.Equal(expected is null, actual is null);
        if (expected is { } e)
        {
            Assert.True(Math.Abs(e - actual!.Value) <= 1e-12, $"expected {e:R}, got {actual:R}");
        }
    }

    private static List<(double?, double?, double?, double?, int?, double?, double?, double?, double?)> Figures(SensitivityResult result) =>
        result.Rows.Select(r => (r.Mean, r.MeanP05, r.MeanMedian, r.MeanP95, r.Rank, r.RankP05, r.RankMedian, r.RankP95, r.TopShare)).ToList();

    private sealed class SynchronousProgress : IProgress<SensitivityProgress>
    {
        private readonly Action<SensitivityProgress> _report;

        public SynchronousProgress(Action<SensitivityProgress> report) => _report = report;

        public void Report(SensitivityProgress value) => _report(value);
    }
}
