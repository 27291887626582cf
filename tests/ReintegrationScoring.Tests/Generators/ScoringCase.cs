using System.Linq;

namespace ReintegrationScoring.Tests.Generators;

/// <summary>A catalog, a valid weight set for it and one valid response (answers in catalog order).</summary>
public sealed class ScoringCase
{
    public ScoringCase(WeightSet weights, Answer[] answers)
    {
        Weights = weights;
        Answers = answers;
    }

    public Catalog Catalog => Weights.Catalog;

    public WeightSet Weights { get; }

    public Answer[] Answers { get; }

    public SurveyResponse Response(MonitoringRound round = MonitoringRound.Initial) =>
        SurveyResponse.FromAnswers(Catalog, new RespondentId("generated"), round, Answers);

    public ScoringEngine Engine(MissingAnswerPolicy policy, double minimumCoverage = ScoringOptions.DefaultMinimumCoverage) =>
        new(Weights, new ScoringOptions { MissingAnswerPolicy = policy, MinimumCoverage = minimumCoverage });

    public ScoringCase WithAnswers(Answer[] answers) => new(Weights, answers);

    public override string ToString() =>
        $"{Catalog} ({Catalog.Measures.Count} measures), {Weights}: [{string.Join(", ", Catalog.Measures.Select((m, i) => $"{m.Code}={Answers[i]}"))}]";
}
