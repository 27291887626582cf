using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReintegrationScoring.Analysis.Progress;
using ReintegrationScoring.Analysis.Retention;
using ReintegrationScoring.Analysis.Tests.Support;
using Xunit;

namespace ReintegrationScoring.Analysis.Tests;

/// <summary>The report's shared respondent index must give, pair by pair, the very reports of separate <see cref="ProgressBuilder"/>s.</summary>
public class RoundPairsProgressTests
{
    private static readonly (MonitoringRound From, MonitoringRound To)[] AllPairs =
    {
        (MonitoringRound.Initial, MonitoringRound.Intermediate),
        (MonitoringRound.Intermediate, MonitoringRound.Final),
        (MonitoringRound.Initial, MonitoringRound.Final),
    };

    private static readonly string[][] Groupings = { Array.Empty<string>(), new[] { "country" }, new[] { "country", "sex" } };

    [Property(MaxTest = 200)]
    public Property Build_AnyCohort_GivesEachBuildersReportBitForBit()
    {
        var cases =
            from rows in CohortGenerators.Surveys.Generator
            from attributes in Gen.Elements(Groupings)
            from minimumChange in Gen.Elements(0.0, 0.05, 0.25)
            select (rows, attributes, minimumChange);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var shared = new RoundPairsProgress(AllPairs, c.attributes, c.minimumChange);
            var builders = AllPairs.Select(p => new ProgressBuilder(p.From, p.To, c.attributes, c.minimumChange)).ToArray();
            foreach (var row in c.rows)
            {
                shared.Add(row);
                foreach (var builder in builders)
                {
                    builder.Add(row);
                }
            }

            var reports = shared.Build();
            Assert.Equal(AllPairs.Length, reports.Count);
            for (var i = 0; i < AllPairs.Length; i++)
            {
                Assert.Equal(Describe(builders[i].Build()), Describe(reports[i]));
            }
        });
    }

    [Property(MaxTest = 100)]
    public Property Retention_AnyCohort_IsTheRetentionBuildersReport()
    {
        return Prop.ForAll(CohortGenerators.Surveys, rows =>
        {
            var shared = new RoundPairsProgress(AllPairs, Array.Empty<string>());
            var builders = MonitoringRounds.All.Select(round => new RetentionBuilder(round)).ToArray();
            foreach (var row in rows)
            {
                shared.Add(row);
                foreach (var builder in builders)
                {
                    builder.Add(row);
                }
            }

            foreach (var (round, builder) in MonitoringRounds.All.Zip(builders, (r, b) => (r, b)))
            {
                Assert.Equal(Describe(builder.Build()), Describe(shared.Retention(round)));
            }
        });
    }

    [Fact]
    public void Build_KnownCohort_PairsEachRoundWithItsOwnFirstSurvey()
    {
        // R1: all three rounds; R2: initial twice and final; R3: intermediate only.
        var rows = new[]
        {
            Cohort.Survey("R1", MonitoringRound.Initial, 1, ("country", "AFG")),
            Cohort.Survey("R1", MonitoringRound.Intermediate, 2, ("country", "IRQ")),
            Cohort.Survey("R1", MonitoringRound.Final, 3, ("country", "AFG")),
            Cohort.Survey("R2", MonitoringRound.Initial, 4, ("country", "AFG")),
            Cohort.Survey("R2", MonitoringRound.Initial, 5, ("country", "AFG")),
            Cohort.Survey("R2", MonitoringRound.Final, 6, ("country", "AFG")),
            Cohort.Survey("R3", MonitoringRound.Intermediate, 7, ("country", "IRQ")),
        };
        var shared = new RoundPairsProgress(AllPairs, new[] { "country" });
        foreach (var row in rows)
        {
            shared.Add(row);
        }

        var reports = shared.Build();

        // Initial → intermediate: R1 pairs (group of its initial survey), R2 is a duplicate, R3 was not seen at initial.
        Assert.Equal((1, 1, 1, 0), (reports[0].Pairs, reports[0].SurveyedMoreThanOnce, reports[0].NotSurveyedAtFrom, reports[0].NotSurveyedAtTo));
        Assert.Equal("AFG", reports[0].Rows[0].Group.Values[0]);

        // Intermediate → final: R1 pairs in IRQ (its intermediate group), R2 was not seen at intermediate, R3 not at final.
        Assert.Equal((1, 0, 1, 1), (reports[1].Pairs, reports[1].SurveyedMoreThanOnce, reports[1].NotSurveyedAtFrom, reports[1].NotSurveyedAtTo));
        Assert.Equal("IRQ", reports[1].Rows[0].Group.Values[0]);

        // Initial → final: R3 is never seen, so it is not counted at all.
        Assert.Equal((1, 1, 0, 0), (reports[2].Pairs, reports[2].SurveyedMoreThanOnce, reports[2].NotSurveyedAtFrom, reports[2].NotSurveyedAtTo));

        // Retention from the initial visit: R1 and R2 at initial; R1 seen again at intermediate, both at final.
        var retention = shared.Retention();
        Assert.Equal(2, retention.BaseRespondents);
        Assert.Equal(new[] { (2, 2), (2, 1), (2, 2) }, retention.Rows.Select(r => (r.Respondents, r.FromBase)));
    }

    private static List<string> Describe(ProgressReport report)
    {
        var lines = new List<string>
        {
            string.Join("|", report.From, report.To, string.Join(",", report.Attributes), Bits(report.MinimumChange), report.Provenance?.ToString()),
            string.Join("|", report.Pairs, report.NotSurveyedAtFrom, report.NotSurveyedAtTo, report.SurveyedMoreThanOnce, report.RespondentsAtFrom, report.RespondentsAtTo, report.RespondentsAtBoth, Bits(report.Retention)),
        };
        lines.AddRange(report.Rows.Select(r => string.Join(
            "|",
            string.Join(",", r.Group.Values),
            r.Score,
            r.Pairs,
            Bits(r.MeanFrom),
            Bits(r.MeanTo),
            Bits(r.MeanChange),
            Bits(r.StandardDeviationOfChange),
            Bits(r.ConfidenceLow),
            Bits(r.ConfidenceHigh),
            r.Improved,
            r.Declined,
            r.Unchanged)));
        return lines;
    }

    private static List<string> Describe(RetentionReport report)
    {
        var lines = new List<string> { string.Join("|", report.BaseRound, report.BaseRespondents) };
        lines.AddRange(report.Rows.Select(r => string.Join("|", r.Round, r.Respondents, r.FromBase, Bits(r.Share))));
        return lines;
    }

    private static string Bits(double? value) =>
        value is { } v ? BitConverter.DoubleToInt64Bits(v).ToString("X16", CultureInfo.InvariantCulture) : "null";
}
