using System;
using System.Collections.Generic;
using System.Linq;
using ReintegrationScoring.Analysis.Cohorts;

namespace ReintegrationScoring.Analysis.Tests.Sensitivity;

/// <summary>A seeded random cohort of the built-in catalog: options, missing answers, not_applicable where allowed, a country.</summary>
internal static class SyntheticCohort
{
    public static readonly string[] Countries = { "AFG", "ETH", "IRQ", "SEN", "SOM" };

    /// <summary>Raw surveys: round, country and answers in catalog order.</summary>
    public static List<(MonitoringRound Round, string Country, Answer[] Answers)> Rows(int count, int seed, double missingRate)
    {
        var random = new Random(seed);
        var measures = RssCatalog.Default.Measures;
        var rows = new List<(MonitoringRound, string, Answer[])>(count);
        for (var r = 0; r < count; r++)
        {
            var country = random.Next(Countries.Length);
            var answers = new Answer[measures.Count];
            for (var i = 0; i < measures.Count; i++)
            {
                var options = measures[i].Scale.Options.Count;

                // Countries lean differently so that their means differ but their ranks can move.
                var best = Math.Min(options - 1, Math.Max(0, (int)Math.Floor(random.NextDouble() * options * (0.6 + (0.1 * ((country + i) % 5))))));
                answers[i] = Answer.Option(Math.Min(options - 1, best));
                var roll = random.NextDouble();
                if (roll < missingRate)
                {
                    answers[i] = roll < missingRate / 2 ? Answer.Absent : Answer.DontKnow;
                }
                else if (measures[i].AllowsNotApplicable && roll < missingRate + 0.2)
                {
                    answers[i] = Answer.NotApplicable;
                }
            }

            rows.Add((MonitoringRounds.All[random.Next(3)], Countries[country], answers));
        }

        return rows;
    }

    public static List<CohortSurvey> Surveys(ScoringEngine engine, IEnumerable<(MonitoringRound Round, string Country, Answer[] Answers)> rows) =>
        rows.Select((row, i) => new CohortSurvey(
            engine.Score(SurveyResponse.FromAnswers(engine.Catalog, new RespondentId($"R{i}"), row.Round, row.Answers)),
            new Dictionary<string, string> { ["country"] = row.Country })).ToList();

    /// <summary>The mean of each (round, country, score) over the surveys whose score the engine computes; absent when none.</summary>
    public static Dictionary<(MonitoringRound, string, ScoreKind), double> BruteForceMeans(ScoringEngine engine, IEnumerable<(MonitoringRound Round, string Country, Answer[] Answers)> rows)
    {
        var sums = new Dictionary<(MonitoringRound, string, ScoreKind), (double Sum, int Count)>();
        foreach (var row in rows)
        {
            var scores = engine.ComputeScores(row.Answers);
            foreach (var kind in ScoreKinds.All)
            {
                if (scores[kind].TryGetValue(out var value))
                {
                    var key = (row.Round, row.Country, kind);
                    sums.TryGetValue(key, out var s);
                    sums[key] = (s.Sum + value, s.Count + 1);
                }
            }
        }

        return sums.ToDictionary(p => p.Key, p => p.Value.Sum / p.Value.Count);
    }
}
