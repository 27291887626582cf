using System;
using System.Collections.Generic;
using System.Linq;
using ReintegrationScoring.Analysis.Cohorts;

namespace ReintegrationScoring.Report.Tests;

/// <summary>A small cohort scored by the real engine: respondents in 4 countries, fewer seen at each later visit, some answers missing.</summary>
internal static class ScoredCohort
{
    public static readonly string[] Countries = { "AFG", "IRQ", "SEN", "" };

    public static IEnumerable<CohortSurvey> Surveys(ScoringEngine engine, int respondents = 120)
    {
        var catalog = engine.Catalog;
        var random = new Random(11);
        for (var r = 0; r < respondents; r++)
        {
            var id = new RespondentId("P" + r.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var attributes = new Dictionary<string, string> { ["country"] = Countries[r % Countries.Length] };
            foreach (var round in MonitoringRounds.All.Where((_, i) => r % (i + 2) != 1))
            {
                var answers = catalog.Measures
                    .Select(m => random.Next(25) == 0
                        ? (random.Next(2) == 0 ? Answer.DontKnow : Answer.Absent)
                        : Answer.Option(Math.Min(m.Scale.Options.Count - 1, random.Next(m.Scale.Options.Count) + ((int)round * (r % 3) / 2))))
                    .ToArray();
                yield return new CohortSurvey(engine.Score(SurveyResponse.FromAnswers(catalog, id, round, answers)), attributes);
            }
        }
    }
}
