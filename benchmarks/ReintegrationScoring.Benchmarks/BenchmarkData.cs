using System;
using System.Linq;

namespace ReintegrationScoring.Benchmarks;

/// <summary>Deterministic cohorts for the built-in catalog: answers already resolved to options, as a parser leaves them.</summary>
internal static class BenchmarkData
{
    public static Catalog Catalog => RssCatalog.Default;

    public static int MeasureCount => Catalog.Measures.Count;

    /// <summary>
    /// <paramref name="count"/> responses back to back, one answer per measure in catalog order. Each answer is missing
    /// (absent, dont_know or refused, or not_applicable where allowed) with probability <paramref name="missingShare"/>,
    /// independently: at 10 % about 96 % of responses miss at least one answer.
    /// </summary>
    public static Answer[] Answers(int count, double missingShare, int seed = 2026)
    {
        var random = new Random(seed);
        var measures = Catalog.Measures;
        var answers = new Answer[count * measures.Count];
        for (var i = 0; i < answers.Length; i++)
        {
            var measure = measures[i % measures.Count];
            answers[i] = random.NextDouble() < missingShare ? Missing(random, measure) : Answer.Option(random.Next(measure.Scale.Options.Count));
        }

        return answers;
    }

    public static SurveyResponse[] Responses(int count, double missingShare)
    {
        var answers = Answers(count, missingShare);
        return Enumerable.Range(0, count)
            .Select(i => SurveyResponse.FromAnswers(Catalog, new RespondentId($"R{i:D7}"), MonitoringRound.Initial, new ArraySegment<Answer>(answers, i * MeasureCount, MeasureCount)))
            .ToArray();
    }

    private static Answer Missing(Random random, Measure measure) => random.Next(measure.AllowsNotApplicable ? 4 : 3) switch
    {
        0 => Answer.Absent,
        1 => Answer.DontKnow,
        2 => Answer.Refused,
        _ => Answer.NotApplicable,
    };
}
