using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReintegrationScoring.Analysis.Cohorts;
using ReintegrationScoring.Analysis.Progress;
using ReintegrationScoring.Analysis.Tests.Support;
using Xunit;

namespace ReintegrationScoring.Analysis.Tests;

public class ProgressBuilderTests
{
    private static readonly string[] ByCountry = { "country" };

    private static ProgressReport Progress(IEnumerable<CohortSurvey> rows, double minimumChange = 0, MonitoringRound from = MonitoringRound.Initial, MonitoringRound to = MonitoringRound.Final)
    {
        var builder = new ProgressBuilder(from, to, ByCountry, minimumChange);
        foreach (var row in rows)
        {
            builder.Add(row);
        }

        return builder.Build();
    }

    [Property(MaxTest = 100)]
    public Property Build_AnyCohort_MatchesAPlainPairingByRespondent()
    {
        return Prop.ForAll(CohortGenerators.Surveys, rows =>
        {
            const double d = 0.05;
            var report = Progress(rows, d);

            // The textbook pairing: group rows by respondent; a pair has exactly one survey at each round.
            var byRespondent = rows.Where(r => r.Round != MonitoringRound.Intermediate).GroupBy(r => r.RespondentId.Value).ToArray();
            var pairs = byRespondent
                .Where(g => g.Count(r => r.Round == MonitoringRound.Initial) == 1 && g.Count(r => r.Round == MonitoringRound.Final) == 1)
                .Select(g => (From: g.Single(r => r.Round == MonitoringRound.Initial), To: g.Single(r => r.Round == MonitoringRound.Final)))
                .ToArray();
            Assert.Equal(pairs.Length, report.Pairs);
            Assert.Equal(byRespondent.Count(g => g.Count(r => r.Round == MonitoringRound.Initial) > 1 || g.Count(r => r.Round == MonitoringRound.Final) > 1), report.SurveyedMoreThanOnce);
            Assert.Equal(byRespondent.Count(g => g.All(r => r.Round == MonitoringRound.Final) && g.Count() == 1), report.NotSurveyedAtFrom);
            Assert.Equal(byRespondent.Count(g => g.All(r => r.Round == MonitoringRound.Initial) && g.Count() == 1), report.NotSurveyedAtTo);
            Assert.Equal(byRespondent.Length, report.Pairs + report.SurveyedMoreThanOnce + report.NotSurveyedAtFrom + report.NotSurveyedAtTo);
            Assert.Equal(byRespondent.Count(g => g.Any(r => r.Round == MonitoringRound.Initial) && g.Any(r => r.Round == MonitoringRound.Final)), report.RespondentsAtBoth);

            var groups = pairs.GroupBy(p => GroupKey.Of(p.From, ByCountry)).OrderBy(g => g.Key, GroupKey.Order).ToArray();
            Assert.Equal(groups.Length * 4, report.Rows.Count);
            foreach (var row in report.Rows)
            {
                var scored = groups.Single(g => g.Key.Equals(row.Group))
                    .Where(p => p.From.Value(row.Score) is not null && p.To.Value(row.Score) is not null)
                    .Select(p => (From: Fraction.Of(p.From.Value(row.Score)!.Value), To: Fraction.Of(p.To.Value(row.Score)!.Value)))
                    .ToArray();
                Assert.Equal(scored.Length, row.Pairs);
                if (scored.Length == 0)
                {
                    Assert.Null(row.MeanChange);
                    continue;
                }

                var changes = scored.Select(p => p.To - p.From).ToArray();
                Assert.True(Reference.Mean(scored.Select(p => p.From).ToArray()).IsNearest(row.MeanFrom!.Value));
                Assert.True(Reference.Mean(scored.Select(p => p.To).ToArray()).IsNearest(row.MeanTo!.Value));
                Assert.True(Reference.Mean(changes).IsNearest(row.MeanChange!.Value));
                var bound = Fraction.Of(d);
                Assert.Equal(changes.Count(c => c > bound), row.Improved);
                Assert.Equal(changes.Count(c => c < Fraction.Zero - bound), row.Declined);
                Assert.Equal(scored.Length, row.Improved + row.Declined + row.Unchanged);
                if (scored.Length < 2)
                {
                    Assert.Null(row.StandardDeviationOfChange);
                    continue;
                }

                var sd = Math.Sqrt(Reference.Variance(changes).ToApproximateDouble());
                Reference.Close(sd, row.StandardDeviationOfChange, 1e-15);
                var (low, high) = Reference.Interval(row.MeanChange.Value, sd, scored.Length);
                Reference.Close(low, row.ConfidenceLow, 1e-13);
                Reference.Close(high, row.ConfidenceHigh, 1e-13);
            }
        });
    }

    [Property(MaxTest = 100)]
    public Property Build_RowsInAnotherOrder_GiveTheSameFigures()
    {
        return Prop.ForAll(CohortGenerators.Permuted, cohort =>
        {
            Assert.Equal(Describe(Progress(cohort.Rows, 0.1)), Describe(Progress(cohort.Shuffled, 0.1)));
        });
    }

    [Fact]
    public void Build_ChangeExactlyTheMinimum_IsUnchanged()
    {
        var from = Cohort.Uniform("R1", MonitoringRound.Initial, 0);
        var to = Cohort.Uniform("R1", MonitoringRound.Final, 1);
        var change = to.Value(ScoreKind.Economic)!.Value - from.Value(ScoreKind.Economic)!.Value;

        var atBound = Progress(new[] { from, to }, change).Rows.Single(r => r.Score == ScoreKind.Economic);
        var belowBound = Progress(new[] { from, to }, Math.BitDecrement(change)).Rows.Single(r => r.Score == ScoreKind.Economic);

        Assert.Equal((0, 0, 1), (atBound.Improved, atBound.Declined, atBound.Unchanged));
        Assert.Equal((1, 0, 0), (belowBound.Improved, belowBound.Declined, belowBound.Unchanged));
    }

    [Fact]
    public void ExactChange_RoundedDifferenceEqualsTheBound_TheExactDifferenceDecides()
    {
        // 0.75 + 2^-53 − (2^-54 + 2^-60) is just above 0.75 but rounds to 0.75: improved by more than 0.75, exactly.
        var later = 0.75 + Math.Pow(2, -53);
        var earlier = Math.Pow(2, -54) + Math.Pow(2, -60);
        Assert.Equal(0.75, later - earlier);

        Assert.True(ExactChange.Exceeds(later, earlier, 0.75));
        Assert.False(ExactChange.Exceeds(earlier, later, 0.75));
        Assert.False(ExactChange.Exceeds(0.75, Math.Pow(2, -60), 0.75));
        Assert.False(ExactChange.Exceeds(0.5, 0.25, 0.25));
    }

    [Fact]
    public void Build_NoChange_IsUnchangedWithDefaultMinimum()
    {
        var rows = new[] { Cohort.Uniform("R1", MonitoringRound.Initial, 0.5), Cohort.Uniform("R1", MonitoringRound.Final, 0.5) };

        var row = Progress(rows).Rows.Single(r => r.Score == ScoreKind.Composite);

        Assert.Equal(1, row.Unchanged);
        Assert.Equal(0.0, row.MeanChange);
        Assert.Null(row.StandardDeviationOfChange);
        Assert.Equal(1.0, row.ShareUnchanged);
    }

    [Fact]
    public void Build_GroupIsThatOfTheEarlierSurvey_ChangeIsLaterMinusEarlier()
    {
        var rows = new[]
        {
            Cohort.Uniform("R1", MonitoringRound.Final, 0, ("country", "IRQ")),
            Cohort.Uniform("R1", MonitoringRound.Initial, 1, ("country", " AFG ")),
        };

        var row = Progress(rows).Rows.Single(r => r.Score == ScoreKind.Economic);

        Assert.Equal("AFG", row.Group.Values.Single());
        Assert.Equal(-1.0, row.MeanChange);
        Assert.Equal(1, row.Declined);
    }

    [Fact]
    public void Build_LeftOutRespondents_CountedByReason()
    {
        var rows = new[]
        {
            Cohort.Uniform("paired", MonitoringRound.Initial, 0),
            Cohort.Uniform("paired", MonitoringRound.Final, 1),
            Cohort.Uniform("paired", MonitoringRound.Intermediate, 1),
            Cohort.Uniform("only-initial", MonitoringRound.Initial, 0),
            Cohort.Uniform("only-final", MonitoringRound.Final, 0),
            Cohort.Uniform("twice", MonitoringRound.Initial, 0),
            Cohort.Uniform("twice", MonitoringRound.Initial, 0),
            Cohort.Uniform("twice", MonitoringRound.Final, 0),
            Cohort.Uniform("only-intermediate", MonitoringRound.Intermediate, 0),
        };

        var report = Progress(rows);

        Assert.Equal((1, 1, 1, 1), (report.Pairs, report.NotSurveyedAtTo, report.NotSurveyedAtFrom, report.SurveyedMoreThanOnce));
        Assert.Equal((3, 3, 2), (report.RespondentsAtFrom, report.RespondentsAtTo, report.RespondentsAtBoth));
        Assert.Equal(2.0 / 3, report.Retention);
    }

    [Fact]
    public void Build_ScoreMissingInOneSurvey_LeavesOnlyThatScoreUnpaired()
    {
        var rows = new[] { Cohort.Unscored("R1", MonitoringRound.Initial), Cohort.Uniform("R1", MonitoringRound.Final, 1) };

        var report = Progress(rows);

        Assert.Equal(1, report.Pairs);
        Assert.All(report.Rows, r => Assert.Equal(0, r.Pairs));
        Assert.All(report.Rows, r => Assert.Null(r.ShareImproved));
    }

    [Fact]
    public void Constructor_LaterRoundNotAfterEarlier_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ProgressBuilder(MonitoringRound.Final, MonitoringRound.Initial, ByCountry));
        Assert.Throws<ArgumentException>(() => new ProgressBuilder(MonitoringRound.Final, MonitoringRound.Final, ByCountry));
    }

    [Property(MaxTest = 100)]
    public Property AddParts_AnyCohort_GivesTheFiguresOfAddSurvey()
    {
        return Prop.ForAll(CohortGenerators.Surveys, rows =>
        {
            var parts = new ProgressBuilder(MonitoringRound.Initial, MonitoringRound.Final, ByCountry, 0.05);
            foreach (var row in rows)
            {
                parts.Add(Cohort.Engine, row.RespondentId, row.Round, GroupKey.FromValues(new[] { row.AttributeValue("country") }), row.Result.Scores);
            }

            Assert.Equal(Describe(Progress(rows, 0.05)), Describe(parts.Build()));
        });
    }

    [Fact]
    public void AddParts_DefaultRespondentOrWrongGroupSize_Throws()
    {
        var builder = new ProgressBuilder(MonitoringRound.Initial, MonitoringRound.Final, ByCountry);
        var scores = Cohort.Survey("R1", MonitoringRound.Initial, 1).Result.Scores;
        var irq = GroupKey.FromValues(new[] { "IRQ" });

        Assert.Throws<ArgumentException>(() => builder.Add(Cohort.Engine, default, MonitoringRound.Initial, irq, scores));
        Assert.Throws<ArgumentException>(() => builder.Add(Cohort.Engine, new RespondentId("R1"), MonitoringRound.Initial, GroupKey.All, scores));
        Assert.Throws<ArgumentNullException>(() => builder.Add(null!, new RespondentId("R1"), MonitoringRound.Initial, irq, scores));
    }

    private static string Describe(ProgressReport report) =>
        string.Join("\n", report.Rows.Select(r => FormattableString.Invariant(
            $"{r.Group}|{r.Score}|{r.Pairs}|{r.MeanFrom:R}|{r.MeanTo:R}|{r.MeanChange:R}|{r.StandardDeviationOfChange:R}|{r.ConfidenceLow:R}|{r.ConfidenceHigh:R}|{r.Improved}|{r.Declined}")))
        + FormattableString.Invariant($"|{report.Pairs}|{report.NotSurveyedAtFrom}|{report.NotSurveyedAtTo}|{report.SurveyedMoreThanOnce}");
}
