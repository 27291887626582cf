using System;
using System.Collections.Generic;
using System.Linq;
using ReintegrationScoring.Analysis.Cohorts;

namespace ReintegrationScoring.Analysis.Tests.Support;

/// <summary>Scored surveys for the tests: answers drawn from a seed, scored by the default engine.</summary>
internal static class Cohort
{
    public static ScoringEngine Engine { get; } = ScoringEngine.Default;

    public static Catalog Catalog => Engine.Catalog;

    /// <summary>A survey whose answers follow from <paramref name="seed"/>; some answers are missing, so some scores are not computed.</summary>
    public static CohortSurvey Survey(string id, MonitoringRound round, int seed, params (string Name, string Value)[] attributes)
    {
        var random = new Random(seed);
        var answers = Catalog.Measures.Select(measure =>
        {
            var options = measure.AnswerKeys.Where(k => k.Value.Kind == AnswerKind.Option).Select(k => k.Value).ToArray();
            if (random.NextDouble() < 0.015)
            {
                var others = new[] { Answer.Absent, Answer.DontKnow, Answer.Refused, Answer.NotApplicable }.Where(measure.IsValid).ToArray();
                return others[random.Next(others.Length)];
            }

            return options[random.Next(options.Length)];
        }).ToArray();
        return Make(id, round, answers, attributes);
    }

    /// <summary>A survey answering every measure with its option at the given position from the worst (0) to the best (1).</summary>
    public static CohortSurvey Uniform(string id, MonitoringRound round, double position, params (string Name, string Value)[] attributes)
    {
        var answers = Catalog.Measures.Select(measure =>
        {
            var options = measure.AnswerKeys.Where(k => k.Value.Kind == AnswerKind.Option).Select(k => k.Value)
                .OrderBy(a => measure.PointsOf(a)).ToArray();
            return options[(int)Math.Round(position * (options.Length - 1))];
        }).ToArray();
        return Make(id, round, answers, attributes);
    }

    /// <summary>A survey with every answer missing: no score computed.</summary>
    public static CohortSurvey Unscored(string id, MonitoringRound round, params (string Name, string Value)[] attributes) =>
        Make(id, round, Catalog.Measures.Select(_ => Answer.Absent).ToArray(), attributes);

    public static CohortSurvey Make(string id, MonitoringRound round, IReadOnlyList<Answer> answers, params (string Name, string Value)[] attributes)
    {
        var response = SurveyResponse.FromAnswers(Catalog, new RespondentId(id), round, answers);
        return new CohortSurvey(Engine.Score(response), attributes.ToDictionary(a => a.Name, a => a.Value));
    }

    public static double? Value(this CohortSurvey survey, ScoreKind kind) => survey.Result.Scores[kind].ValueOrNull;
}
