using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using ReintegrationScoring.Analysis.Cohorts;
using ReintegrationScoring.Analysis.Progress;
using ReintegrationScoring.Analysis.Sensitivity;
using ReintegrationScoring.Analysis.Summary;
using ReintegrationScoring.Report;

namespace ReintegrationScoring.Benchmarks;

/// <summary>
/// The report's model (<c>rss report --by country</c>) built from pre-scored surveys, in process, next to the parts it
/// is made of: the summary by country (what <c>rss summarize --by country</c> computes) and the three round pairs of
/// progress. Reading and scoring are left out, so the ratios show the analyses' own cost (issue 11: report under 2×
/// summarize on the whole command). Sensitivity is left out (<c>--draws 0</c>): its draws are timed by SensitivityBenchmarks.
/// </summary>
[Config(typeof(BenchmarkConfig))]
[MemoryDiagnoser]
public class ReportBuildBenchmarks
{
    private static readonly string[] Country = ["country"];
    private static readonly string[] Countries = ["BF", "CI", "GN", "ML", "NE", "NG", "SN", "GM", "ET", "SO"];

    private static readonly (MonitoringRound From, MonitoringRound To)[] RoundPairs =
    [
        (MonitoringRound.Initial, MonitoringRound.Intermediate),
        (MonitoringRound.Intermediate, MonitoringRound.Final),
        (MonitoringRound.Initial, MonitoringRound.Final),
    ];

    private CohortSurvey[] _surveys = null!;

    [Params(200_000)]
    public int CohortSize { get; set; }

    /// <summary>
    /// Three rounds per respondent, in file order, with a round missing for one respondent in seven and a duplicate
    /// for one in a hundred; 1 % of answers missing.
    /// </summary>
    [GlobalSetup]
    public void Setup() => _surveys = Surveys(CohortSize);

    [Benchmark(Baseline = true, Description = "summary --by country")]
    public int Summary()
    {
        var builder = new SummaryBuilder(Country);
        foreach (var survey in _surveys)
        {
            builder.Add(survey);
        }

        return builder.Build().Rows.Count;
    }

    [Benchmark(Description = "progress, three round pairs")]
    public int Progress()
    {
        var builders = Array.ConvertAll(RoundPairs, p => new ProgressBuilder(p.From, p.To, []));
        foreach (var survey in _surveys)
        {
            foreach (var builder in builders)
            {
                builder.Add(survey);
            }
        }

        var rows = 0;
        foreach (var builder in builders)
        {
            rows += builder.Build().Rows.Count;
        }

        return rows;
    }

    [Benchmark(Description = "report model --by country --draws 0")]
    public int Report()
    {
        var builder = new CohortReportBuilder(ScoringEngine.Default, new CohortReportSettings("cohort.csv", DateTimeOffset.UnixEpoch, Country));
        foreach (var survey in _surveys)
        {
            builder.Add(survey);
        }

        return builder.Build().Progress.Count;
    }

    [Benchmark(Description = "report model --by country (1000 draws)")]
    public int ReportWithDraws()
    {
        var settings = new CohortReportSettings("cohort.csv", DateTimeOffset.UnixEpoch, Country, Sensitivity: new SensitivitySettings());
        var builder = new CohortReportBuilder(ScoringEngine.Default, settings);
        foreach (var survey in _surveys)
        {
            builder.Add(survey);
        }

        return builder.Build().Progress.Count;
    }

    /// <summary>The cohort of <see cref="Setup"/>, for a quick run outside BenchmarkDotNet.</summary>
    public static CohortSurvey[] Surveys(int count)
    {
        var engine = ScoringEngine.Default;
        var answers = BenchmarkData.Answers(count, 0.01);
        var measures = BenchmarkData.MeasureCount;
        var surveys = new List<CohortSurvey>(count);
        for (var respondent = 0; surveys.Count < count; respondent++)
        {
            var attributes = new Dictionary<string, string> { ["country"] = Countries[respondent % Countries.Length] };
            foreach (var round in MonitoringRounds.All)
            {
                var copies = respondent % 100 == 0 && round == MonitoringRound.Final ? 2 : 1;
                if (respondent % 7 == (int)round + 1)
                {
                    continue;
                }

                for (var copy = 0; copy < copies && surveys.Count < count; copy++)
                {
                    var response = SurveyResponse.FromAnswers(
                        BenchmarkData.Catalog,
                        new RespondentId($"R{respondent:D7}"),
                        round,
                        new ArraySegment<Answer>(answers, surveys.Count * measures, measures));
                    surveys.Add(new CohortSurvey(engine.Score(response), attributes));
                }
            }
        }

        return surveys.ToArray();
    }
}
