using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReintegrationScoring.Analysis.Cohorts;
using ReintegrationScoring.Analysis.Statistics;
using ReintegrationScoring.Analysis.Summary;
using ReintegrationScoring.Analysis.Tests.Support;
using Xunit;

namespace ReintegrationScoring.Analysis.Tests;

public class SummaryBuilderTests
{
    private static readonly string[] ByCountry = { "country" };
    private static readonly string[] ByCountryAndSex = { "country", "sex" };

    private static CohortSummary Summarize(IEnumerable<CohortSurvey> rows, IReadOnlyList<string> attributes, double? threshold = null)
    {
        var builder = new SummaryBuilder(attributes, threshold);
        foreach (var row in rows)
        {
            builder.Add(row);
        }

        return builder.Build();
    }

    [Property(MaxTest = 100)]
    public Property Build_AnyCohort_EveryFigureMatchesTheExactReference()
    {
        return Prop.ForAll(CohortGenerators.Surveys, rows =>
        {
            var threshold = 0.5;
            var summary = Summarize(rows, ByCountryAndSex, threshold);

            var expectedCells = rows.Select(r => (r.Round, Group: GroupKey.Of(r, ByCountryAndSex))).Distinct().Count();
            Assert.Equal(expectedCells * 4, summary.Rows.Count);
            Assert.Equal(rows.Length, summary.Surveys);
            foreach (var row in summary.Rows)
            {
                var surveys = rows.Where(row.Round, row.Group, ByCountryAndSex).ToArray();
                var values = surveys.Select(s => s.Value(row.Score)).OfType<double>().ToArray();
                Assert.Equal(surveys.Length, row.Surveys);
                CheckStatistics(values, threshold, row.Statistics);
            }
        });
    }

    [Property(MaxTest = 100)]
    public Property Build_RowsInAnotherOrder_GiveTheSameFiguresBitForBit()
    {
        return Prop.ForAll(CohortGenerators.Permuted, cohort =>
        {
            var first = Summarize(cohort.Rows, ByCountry, 0.6);
            var second = Summarize(cohort.Shuffled, ByCountry, 0.6);

            Assert.Equal(Describe(first), Describe(second));
        });
    }

    [Fact]
    public void Build_RowsOrderedByRoundThenGroupThenScore()
    {
        var rows = new[]
        {
            Cohort.Survey("R1", MonitoringRound.Final, 1, ("country", "B")),
            Cohort.Survey("R2", MonitoringRound.Initial, 2, ("country", "b")),
            Cohort.Survey("R3", MonitoringRound.Initial, 3, ("country", "B")),
            Cohort.Survey("R4", MonitoringRound.Intermediate, 4, ("country", "A")),
        };

        var summary = Summarize(rows, ByCountry);

        var keys = summary.Rows.Select(r => $"{r.Round.ToCode()}|{r.Group}|{r.Score.ToCode()}").ToArray();
        var expected = new[] { "initial|B", "initial|b", "intermediate|A", "final|B" }
            .SelectMany(k => new[] { "economic", "social", "psychosocial", "composite" }.Select(s => $"{k}|{s}"));
        Assert.Equal(expected, keys);
    }

    [Fact]
    public void Build_ScoreAtTheThreshold_IsNotBelow()
    {
        var low = Cohort.Uniform("R1", MonitoringRound.Initial, 0);
        var middle = Cohort.Uniform("R2", MonitoringRound.Initial, 0.5);
        var high = Cohort.Uniform("R3", MonitoringRound.Initial, 1);
        var threshold = middle.Value(ScoreKind.Composite)!.Value;

        var row = Summarize(new[] { low, middle, high }, Array.Empty<string>(), threshold).Rows.Single(r => r.Score == ScoreKind.Composite);

        Assert.Equal(1, row.Statistics.CountBelow);
        Assert.Equal(1.0 / 3, row.Statistics.ShareBelow);
    }

    [Fact]
    public void Build_GroupOfOne_HasNoSpreadNorInterval()
    {
        var survey = Cohort.Uniform("R1", MonitoringRound.Initial, 1);

        var statistics = Summarize(new[] { survey }, ByCountry).Rows.Single(r => r.Score == ScoreKind.Economic).Statistics;

        Assert.Equal(1, statistics.Count);
        Assert.Equal(1.0, statistics.Mean);
        Assert.Null(statistics.StandardDeviation);
        Assert.Null(statistics.ConfidenceLow);
        Assert.Null(statistics.ConfidenceHigh);
        Assert.Equal(1.0, statistics.Minimum);
        Assert.Equal(1.0, statistics.Median);
        Assert.Null(statistics.ShareBelow);
    }

    [Fact]
    public void Build_GroupOfTwo_IntervalUsesTWithOneDegreeOfFreedom()
    {
        var rows = new[] { Cohort.Uniform("R1", MonitoringRound.Initial, 0), Cohort.Uniform("R2", MonitoringRound.Initial, 1) };

        var statistics = Summarize(rows, ByCountry).Rows.Single(r => r.Score == ScoreKind.Economic).Statistics;

        // Values 0 and 1: mean 0.5, sd = √0.5, half-width 12.706…·√0.5/√2 = 12.706…/2.
        Assert.Equal(0.5, statistics.Mean);
        Reference.Close(Math.Sqrt(0.5), statistics.StandardDeviation, 1e-16);
        Reference.Close(0.5 - (TTable.Quantile975[1] / 2), statistics.ConfidenceLow, 1e-13);
        Reference.Close(0.5 + (TTable.Quantile975[1] / 2), statistics.ConfidenceHigh, 1e-13);
        Assert.Equal(0.25, statistics.FirstQuartile);
        Assert.Equal(0.5, statistics.Median);
        Assert.Equal(0.75, statistics.ThirdQuartile);
    }

    [Fact]
    public void Build_MissingOrBlankAttribute_IsTheEmptyGroup()
    {
        var rows = new[]
        {
            Cohort.Survey("R1", MonitoringRound.Initial, 1),
            Cohort.Survey("R2", MonitoringRound.Initial, 2, ("country", "   ")),
            Cohort.Survey("R3", MonitoringRound.Initial, 3, ("COUNTRY", " IRQ")),
        };

        var groups = Summarize(rows, ByCountry).Rows.Select(r => (r.Group.Values.Single(), r.Surveys)).Distinct().ToArray();

        Assert.Equal(new[] { (string.Empty, 2), ("IRQ", 1) }, groups);
    }

    [Fact]
    public void Build_Duplicates_CountAsSurveys_UnscoredCountsOnlyAsSurvey()
    {
        var survey = Cohort.Uniform("R1", MonitoringRound.Initial, 1);
        var rows = new[] { survey, survey, Cohort.Unscored("R1", MonitoringRound.Initial) };

        var row = Summarize(rows, ByCountry, 0.5).Rows.Single(r => r.Score == ScoreKind.Composite);

        Assert.Equal(3, row.Surveys);
        Assert.Equal(2, row.Statistics.Count);
        Assert.Equal(0.0, row.Statistics.StandardDeviation);
        Assert.Equal(1.0, row.Statistics.ConfidenceLow);
        Assert.Equal(0.0, row.Statistics.ShareBelow);
    }

    [Fact]
    public void Build_NoScoredValue_AllFiguresEmpty()
    {
        var row = Summarize(new[] { Cohort.Unscored("R1", MonitoringRound.Final) }, ByCountry, 0.5).Rows[0];

        Assert.Equal(1, row.Surveys);
        Assert.Equal(0, row.Statistics.Count);
        Assert.Null(row.Statistics.Mean);
        Assert.Null(row.Statistics.Minimum);
        Assert.Null(row.Statistics.ShareBelow);
    }

    [Fact]
    public void Build_CarriesTheProvenance()
    {
        var summary = Summarize(new[] { Cohort.Uniform("R1", MonitoringRound.Initial, 1) }, ByCountry, 0.4);

        Assert.Equal(Cohort.Engine.Catalog.Id, summary.Provenance!.CatalogId);
        Assert.Equal(Cohort.Engine.WeightSet.Id, summary.Provenance.WeightSetId);
        Assert.Equal(Cohort.Engine.WeightSet.Version, summary.Provenance.WeightSetVersion);
        Assert.Equal(0.4, summary.Provenance.Threshold);
        Assert.Null(Summarize(Array.Empty<CohortSurvey>(), ByCountry).Provenance);
    }

    [Fact]
    public void Add_SurveyScoredWithOtherOptions_Throws()
    {
        var other = new ScoringEngine(Cohort.Engine.WeightSet, new ScoringOptions { MissingAnswerPolicy = MissingAnswerPolicy.Zero });
        var builder = new SummaryBuilder(ByCountry);
        builder.Add(Cohort.Uniform("R1", MonitoringRound.Initial, 1));
        var survey = new CohortSurvey(other.Score(Cohort.Uniform("R2", MonitoringRound.Initial, 1).Result.Response));

        Assert.Throws<ArgumentException>(() => builder.Add(survey));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Constructor_ThresholdOutsideUnitInterval_Throws(double threshold)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SummaryBuilder(ByCountry, threshold));
    }

    [Fact]
    public void Constructor_AttributeTwice_Throws()
    {
        Assert.Throws<ArgumentException>(() => new SummaryBuilder(new[] { "country", "Country" }));
    }

    internal static void CheckStatistics(IReadOnlyList<double> values, double? threshold, ScoreStatistics actual)
    {
        Assert.Equal(values.Count, actual.Count);
        if (values.Count == 0)
        {
            Assert.Null(actual.Mean);
            return;
        }

        var exact = values.Select(Fraction.Of).ToArray();
        var mean = Reference.Mean(exact);
        Assert.True(mean.IsNearest(actual.Mean!.Value), "mean is the exact mean rounded once");
        Assert.Equal(values.Min(), actual.Minimum);
        Assert.Equal(values.Max(), actual.Maximum);
        Reference.Close(Reference.Quantile(values, 1, 4).ToApproximateDouble(), actual.FirstQuartile);
        Reference.Close(Reference.Quantile(values, 1, 2).ToApproximateDouble(), actual.Median);
        Reference.Close(Reference.Quantile(values, 3, 4).ToApproximateDouble(), actual.ThirdQuartile);
        if (threshold is { } t)
        {
            Assert.Equal((double)values.Count(v => v < t) / values.Count, actual.ShareBelow);
        }

        if (values.Count < 2)
        {
            Assert.Null(actual.StandardDeviation);
            Assert.Null(actual.ConfidenceLow);
            return;
        }

        var variance = Reference.Variance(exact).ToApproximateDouble();
        Reference.Close(Math.Sqrt(variance), actual.StandardDeviation, 1e-15);
        var (low, high) = Reference.Interval(actual.Mean.Value, Math.Sqrt(variance), values.Count);
        Reference.Close(low, actual.ConfidenceLow, 1e-13);
        Reference.Close(high, actual.ConfidenceHigh, 1e-13);
    }

    [Property(MaxTest = 100)]
    public Property AddParts_AnyCohort_GivesTheFiguresOfAddSurvey()
    {
        return Prop.ForAll(CohortGenerators.Surveys, rows =>
        {
            var parts = new SummaryBuilder(ByCountryAndSex, 0.5);
            foreach (var row in rows)
            {
                // The group as a reader of the raw cells would make it: the values untrimmed, in attribute order.
                var values = ByCountryAndSex.Select(a => row.Attributes.TryGetValue(a, out var v) ? v : string.Empty);
                parts.Add(Cohort.Engine, row.Round, GroupKey.FromValues(values), row.Result.Scores);
            }

            Assert.Equal(Describe(Summarize(rows, ByCountryAndSex, 0.5)), Describe(parts.Build()));
        });
    }

    [Fact]
    public void AddParts_WrongGroupSizeOtherScoringOrUndefinedRound_Throws()
    {
        var builder = new SummaryBuilder(ByCountry);
        var scores = Cohort.Survey("R1", MonitoringRound.Initial, 1).Result.Scores;
        builder.Add(Cohort.Engine, MonitoringRound.Initial, GroupKey.FromValues(new[] { "IRQ" }), scores);

        Assert.Throws<ArgumentException>(() => builder.Add(Cohort.Engine, MonitoringRound.Initial, GroupKey.FromValues(new[] { "IRQ", "f" }), scores));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.Add(Cohort.Engine, (MonitoringRound)7, GroupKey.FromValues(new[] { "IRQ" }), scores));
        var zero = new ScoringEngine(Cohort.Engine.WeightSet, new ScoringOptions { MissingAnswerPolicy = MissingAnswerPolicy.Zero });
        Assert.Throws<ArgumentException>(() => builder.Add(zero, MonitoringRound.Initial, GroupKey.FromValues(new[] { "IRQ" }), scores));
        var otherSurvey = new CohortSurvey(zero.Score(Cohort.Survey("R2", MonitoringRound.Initial, 2).Result.Response));
        Assert.Throws<ArgumentException>(() => builder.Add(otherSurvey));
        Assert.Equal(1, builder.Build().Surveys);
    }

    private static string Describe(CohortSummary summary) =>
        string.Join("\n", summary.Rows.Select(r =>
        {
            var s = r.Statistics;
            return FormattableString.Invariant(
                $"{r.Round}|{r.Group}|{r.Score}|{r.Surveys}|{s.Count}|{s.Mean:R}|{s.StandardDeviation:R}|{s.ConfidenceLow:R}|{s.ConfidenceHigh:R}|{s.Minimum:R}|{s.FirstQuartile:R}|{s.Median:R}|{s.ThirdQuartile:R}|{s.Maximum:R}|{s.ShareBelow:R}");
        }));
}
