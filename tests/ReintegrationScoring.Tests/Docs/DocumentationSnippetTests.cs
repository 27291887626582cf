using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace ReintegrationScoring.Tests;

/// <summary>
/// The C# blocks of the core's pages (README, docs/catalog.md, explaining-scores.md, missing-answers.md,
/// performance.md, rounds.md, weight-sets.md), verbatim between the lines that give them what they need: the
/// documentation test checks that every block is here, line for line, and these tests run them.
/// </summary>
[Collection(nameof(ConsoleUsers))]
public class DocumentationSnippetTests
{
    private static readonly Dictionary<string, string> SecondOptions =
        RssCatalog.Default.Measures.ToDictionary(m => m.Code, m => m.Scale.Options[1].Key);

    [Fact]
    public void PackageReadme_QuickStart_Runs()
    {
        // src/ReintegrationScoring/README.md
        var catalog = RssCatalog.Default;
        var answers = catalog.Measures.ToDictionary(m => m.Code, m => m.Scale.Options[1].Key);
        var response = SurveyResponse.Parse(catalog, new RespondentId("case-0042"), MonitoringRound.Initial, answers);
        var result = ScoringEngine.Default.Score(response);
        Console.WriteLine($"composite {result.Composite}, weakest dimension {result.WeakestDimension}");

        Assert.True(result.Composite.IsComputed);
    }

    [Fact]
    public void Catalog_CustomInstrument_ScoresWithTheDefaultWeights()
    {
        // docs/catalog.md
        var frequency = new AnswerScale("frequency4", new[]
        {
            new AnswerOption("always", 1.0, LocalizedText.Of("Always", "Toujours")),
            new AnswerOption("often", 2.0 / 3, LocalizedText.Of("Often", "Souvent")),
            new AnswerOption("seldom", 1.0 / 3, LocalizedText.Of("Seldom", "Rarement")),
            new AnswerOption("never", 0.0, LocalizedText.Of("Never", "Jamais")),
        });

        var income = new Indicator("INCOME", Dimension.Economic, LocalizedText.OfEnglish("Income"));
        var ties = new Indicator("TIES", Dimension.Social, LocalizedText.OfEnglish("Community ties"));
        var wellBeing = new Indicator("WELL_BEING", Dimension.Psychosocial, LocalizedText.OfEnglish("Well-being"));

        var catalog = Catalog.Create(
            id: "programme-survey",
            version: "2025.1",
            indicators: new[] { income, ties, wellBeing },
            measures: new[]
            {
                new Measure("HAS_INCOME", income, RssScales.YesNo, LocalizedText.OfEnglish("Do you have an income?")),
                new Measure("INCOME_REGULAR", income, frequency, LocalizedText.OfEnglish("How often is your income regular?")),
                new Measure("MEETS_NEIGHBOURS", ties, frequency, LocalizedText.OfEnglish("How often do you meet your neighbours?")),
                new Measure("FEELS_AT_HOME", wellBeing, RssScales.YesNo, LocalizedText.OfEnglish("Do you feel at home here?")),
            });

        // Weights for it: the transparent default, or your own table (see weight-sets.md).
        var engine = new ScoringEngine(WeightSet.EqualByIndicator(catalog));

        Assert.Equal(("programme-survey", 4), (engine.Catalog.Id, engine.WeightSet.Weights.Count));
    }

    [Fact]
    public void ExplainingScores_OneMeasureAndMissingMeasures_Run()
    {
        var answers = new Dictionary<string, string>(SecondOptions) { ["ECO_SATISFACTION"] = "satisfied", ["PSY_DISTRESS"] = string.Empty };
        var result = ScoringEngine.Default.Score(SurveyResponse.Parse(RssCatalog.Default, new RespondentId("R-1"), MonitoringRound.Initial, answers));

        // docs/explaining-scores.md
        var line = result.Explain().Single(c => c.MeasureCode == "ECO_SATISFACTION");
        Console.WriteLine(line);

        if (!result.Psychosocial.IsComputed)
            Console.WriteLine($"psychosocial: {result.Psychosocial.Status}, missing {string.Join(", ", result.MissingMeasures(ScoreKind.Psychosocial))}");
        // psychosocial: MissingAnswers, missing PSY_DISTRESS

        Assert.Equal(new[] { "PSY_DISTRESS" }, result.MissingMeasures(ScoreKind.Psychosocial));
    }

    [Fact]
    public void MissingAnswers_RenormalizeEngine_HasThePolicy()
    {
        // docs/missing-answers.md
        var engine = new ScoringEngine(BuiltInWeightSets.EqualByIndicator,
            new ScoringOptions { MissingAnswerPolicy = MissingAnswerPolicy.Renormalize, MinimumCoverage = 0.8 });

        Assert.Equal(0.8, engine.Options.MinimumCoverage);
    }

    [Fact]
    public void Performance_Batches_ScoreAsOneByOne()
    {
        var weightSet = BuiltInWeightSets.EqualByIndicator;
        var count = 3;
        var responses = Enumerable.Range(0, count).Select(i => SurveyResponse.Parse(RssCatalog.Default, new RespondentId("R-" + i), MonitoringRound.Initial, SecondOptions)).ToList();

        // docs/performance.md
        var engine = new ScoringEngine(weightSet);                // build once per weight set and policy; thread-safe
        int m = engine.Catalog.Measures.Count;

        // A flat buffer: response r's answer to measure j (catalog order) at r * m + j.
        var answers = new Answer[count * m];
        // ... fill it (e.g. from Measure.TryParseAnswer) ...
        var scores = new ScoreSet[count];
        engine.ComputeScoresInto(answers, 0, scores, 0, count);                                   // calling thread
        engine.ComputeScoresInto(answers, 0, scores, 0, count,
            new BatchOptions { MaxDegreeOfParallelism = Environment.ProcessorCount });         // every core

        // Or responses you already hold:
        engine.ComputeScoresInto(responses, scores, 0);

        Assert.All(scores, s => Assert.Equal(engine.ComputeScores(responses[0]), s));
    }

    [Fact]
    public void Rounds_WindowsAndComparison_Run()
    {
        var initialResult = ScoringEngine.Default.Score(SurveyResponse.Parse(RssCatalog.Default, new RespondentId("R-1"), MonitoringRound.Initial, SecondOptions));
        var intermediateResult = ScoringEngine.Default.Score(SurveyResponse.Parse(RssCatalog.Default, new RespondentId("R-1"), MonitoringRound.Intermediate, SecondOptions));
        var result = initialResult;

        // docs/rounds.md
        var windows = new RoundWindows(initial: new RoundWindow(0, 2), intermediate: new RoundWindow(5, 9), final: new RoundWindow(12, 24));
        var check = result.CheckRoundWindow(windows);

        var comparison = ScoreComparison.Compare(initialResult, intermediateResult);
        if (comparison.IsComparable)
            Console.WriteLine(comparison);   // "initial → intermediate: economic 0.5, social …, psychosocial 0, composite …"

        Assert.True(comparison.IsComparable);
        Assert.Equal(new RoundWindow(0, 2), check.Window);
    }

    [Fact]
    public void WeightSets_ResultAndThrowingForms_AgreeOnValidWeights()
    {
        var catalog = RssCatalog.Default;
        var entries = BuiltInWeightSets.EqualByIndicator.Weights;

        // docs/weight-sets.md
        // Result form: never throws for invalid weights.
        var result = WeightSet.TryCreate(catalog, "programme-2025", "1", entries, "Our board's table");
        if (!result.TryGetValue(out var weightSet))
        {
            foreach (var problem in result.Problems)
                Console.Error.WriteLine(problem.Message);   // measure codes, dimensions and values only
        }

        // Throwing form: InvalidWeightSetException, whose Problems list is the same and whose message lists them all.
        var weights = WeightSet.Create(catalog, "programme-2025", "1", entries);

        Assert.Equal(weights.Weights, weightSet!.Weights);
    }

    [Fact]
    public void WeightSets_Ratings_AreRescaledToOne()
    {
        var catalog = RssCatalog.Default;
        var entries = BuiltInWeightSets.EqualByIndicator.Weights.Select(w => new MeasureWeight(w.MeasureCode, 3 * w.Dimensional, 3 * w.Composite));

        // docs/weight-sets.md
        var weights = WeightSet.Create(catalog, "ratings", "1", entries, normalization: WeightNormalization.RescaleToOne);

        Assert.Equal(BuiltInWeightSets.EqualByIndicator.GetWeight("ECO_SATISFACTION").Dimensional, weights.GetWeight("ECO_SATISFACTION").Dimensional, 15);
    }
}
