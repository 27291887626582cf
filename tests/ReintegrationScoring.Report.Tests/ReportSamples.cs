using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ReintegrationScoring.Report.Tests;

/// <summary>
/// Report models made by hand, with plausible figures (a cohort of 1 200 returnees, attrition, some progress), for the
/// writer and browser tests and the screenshots. Deterministic: the same arguments give the same model.
/// </summary>
internal static class ReportSamples
{
    private static readonly string[] Countries = { "IRQ", "AFG", "ETH", "SEN", "SOM", "NGA", "GIN", "MLI" };
    private static readonly ScoreKind[] AllScores = { ScoreKind.Economic, ScoreKind.Social, ScoreKind.Psychosocial, ScoreKind.Composite };

    /// <summary>The sample cohort: 8 countries, 2 sexes, threshold 0.5, robustness by country.</summary>
    public static CohortReport Cohort() => Build(Countries, rows: 2_140, threshold: 0.5, withSex: true);

    /// <summary>A large cohort: <paramref name="groups"/> countries, counts as for a million-row file.</summary>
    public static CohortReport Large(int groups, long rows = 1_000_000) =>
        Build(Enumerable.Range(1, groups).Select(i => "Country " + i.ToString("00", CultureInfo.InvariantCulture)).ToArray(), rows, threshold: 0.4, withSex: true);

    /// <summary>The smallest page: no group, no threshold, no robustness.</summary>
    public static CohortReport Minimal() => Build(Array.Empty<string>(), rows: 40, threshold: null, withSex: false) with { Robustness = null };

    private static CohortReport Build(string[] countries, long rows, double? threshold, bool withSex)
    {
        var rounds = MonitoringRounds.All;
        long RoundRows(MonitoringRound r) => r switch
        {
            MonitoringRound.Initial => rows * 56 / 100,
            MonitoringRound.Intermediate => rows * 25 / 100,
            _ => rows * 19 / 100,
        };

        var provenance = new ReportProvenance(
            null,
            "cohort.csv",
            new DateTimeOffset(2026, 12, 2, 10, 30, 0, TimeSpan.Zero),
            rows * 93 / 100,
            rows * 5 / 100,
            rows * 2 / 100,
            RssCatalog.Default.Id,
            RssCatalog.Default.Version,
            RssCatalog.Default.Dimensions,
            BuiltInWeightSets.EqualByIndicatorId,
            BuiltInWeightSets.EqualByIndicatorVersion,
            true,
            MissingAnswerPolicy.Renormalize,
            threshold);

        var quality = new DataQuality(
            RssCatalog.Default.Measures.Select((m, i) => new MeasureQuality(
                m.Code,
                m.Label,
                m.Dimension,
                rows * 98 / 100,
                (i % 7) * 0.004,
                (i % 5) * 0.009,
                (i % 3) * 0.006,
                m.AllowsNotApplicable ? 0.05 + ((i % 4) * 0.03) : 0)).ToList(),
            new[]
            {
                new Exclusion(ExclusionReason.ErrorRow, rows * 2 / 100),
                new Exclusion(ExclusionReason.ScoreNotComputed, rows * 5 / 100),
                new Exclusion(ExclusionReason.DuplicateInRound, 3),
                new Exclusion(ExclusionReason.NotSeenInBothRounds, rows * 30 / 100),
            });

        double Base(ScoreKind s) => 0.42 + (0.05 * (int)s);
        double Gain(MonitoringRound r) => 0.06 * (int)r;
        var distributions = (from r in rounds
                             from s in AllScores
                             let m = Base(s) + Gain(r)
                             select new ScoreDistribution(r, s, RoundRows(r) - (int)s, Math.Max(0, m - 0.4), m - 0.12, m - 0.01, m + 0.11, Math.Min(1, m + 0.45), m)).ToList();

        var groups = new List<GroupComparison>();
        if (countries.Length > 0)
        {
            groups.Add(Comparison("country", countries, RoundRows, Base, Gain));
        }

        if (withSex)
        {
            groups.Add(Comparison("sex", new[] { "female", "male" }, RoundRows, Base, Gain));
        }

        var pairs = new[] { (MonitoringRound.Initial, MonitoringRound.Intermediate), (MonitoringRound.Intermediate, MonitoringRound.Final), (MonitoringRound.Initial, MonitoringRound.Final) };
        var progress = (from p in pairs
                        from s in AllScores
                        let n = RoundRows(p.Item2) * 9 / 10
                        let change = 0.06 * ((int)p.Item2 - (int)p.Item1) - (0.01 * (int)s)
                        let half = 0.9 / Math.Sqrt(Math.Max(1, n)) * 0.4
                        let improved = 0.45 + change
                        let declined = 0.3 - change
                        select new ProgressFigure(p.Item1, p.Item2, s, n, change, change - half, change + half, improved, declined, 1 - improved - declined)).ToList();

        var retention = new[]
        {
            new RetentionStep(MonitoringRound.Initial, RoundRows(MonitoringRound.Initial)),
            new RetentionStep(MonitoringRound.Intermediate, RoundRows(MonitoringRound.Intermediate) * 9 / 10),
            new RetentionStep(MonitoringRound.Final, RoundRows(MonitoringRound.Final) * 9 / 10),
        };

        var weakest = (from r in rounds
                       from d in new[] { Dimension.Economic, Dimension.Social, Dimension.Psychosocial }
                       select new WeakestDimensionCount(r, d, RoundRows(r) * (d == Dimension.Economic ? 50 : d == Dimension.Social ? 30 : 20) / 100)).ToList();

        var below = threshold is null
            ? Array.Empty<BelowThresholdShare>()
            : AllScores.Select(s => new BelowThresholdShare(s, RoundRows(MonitoringRound.Initial), 0.55 - (0.08 * (int)s))).ToArray();

        Robustness? robustness = null;
        if (countries.Length > 0)
        {
            var ranks = new List<GroupRank>();
            foreach (var r in rounds)
            {
                for (var g = 0; g < countries.Length; g++)
                {
                    var nominal = g + 1;
                    var spread = (g % 3) + 0.5;
                    ranks.Add(new GroupRank(
                        countries[g],
                        r,
                        ScoreKind.Composite,
                        nominal,
                        Math.Max(1, nominal - spread),
                        Math.Min(countries.Length, nominal + ((g % 2) * 0.5)),
                        Math.Min(countries.Length, nominal + spread),
                        g == 0 ? 0.71 : g == 1 ? 0.29 : 0));
                }
            }

            robustness = new Robustness("country", 1000, 0.25, 1, ranks);
        }

        return new CohortReport(provenance, quality, distributions, groups, progress, retention, weakest, below, robustness);
    }

    private static GroupComparison Comparison(string attribute, string[] values, Func<MonitoringRound, long> roundRows, Func<ScoreKind, double> baseMean, Func<MonitoringRound, double> gain)
    {
        var means = new List<GroupMean>();
        for (var g = 0; g < values.Length; g++)
        {
            foreach (var r in MonitoringRounds.All)
            {
                foreach (var s in AllScores)
                {
                    var n = Math.Max(1, roundRows(r) / values.Length * (1 + (g % 3)) / 2);
                    var mean = baseMean(s) + gain(r) + (0.03 * ((g * 5 % 7) - 3));
                    var half = n < 2 ? (double?)null : 0.45 / Math.Sqrt(n) * 2;
                    means.Add(new GroupMean(values[g], r, s, n, mean, mean - half, mean + half));
                }
            }
        }

        return new GroupComparison(attribute, means);
    }
}
