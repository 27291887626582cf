using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReintegrationScoring.Scoring.Engine;
using ReintegrationScoring.Tests.Support;
using Xunit;

namespace ReintegrationScoring.Tests;

/// <summary>
/// Batch scoring on generated cohorts (random catalogs, weight sets, policies and answers, including missing and
/// not_applicable) is bit-identical to scoring each response alone, and both are the formulas evaluated exactly and
/// rounded once. Doubles are compared with ==, never with a tolerance.
/// </summary>
public class BatchScoringPropertyTests
{
    [Property(Arbitrary = new[] { typeof(CohortArbitraries) }, MaxTest = 300)]
    public void ComputeScores_FlatBatch_EqualsEachResponseScoredAlone(Cohort cohort)
    {
        var engine = cohort.Engine;
        var m = cohort.MeasureCount;

        // Place the cohort after some other answers and write after some untouched slots, to exercise both offsets.
        const int Lead = 3;
        var buffer = new Answer[(Lead * m) + cohort.Answers.Length];
        Array.Copy(cohort.Answers, 0, buffer, Lead * m, cohort.Answers.Length);
        var destination = new ScoreSet[cohort.Count + 2];
        engine.ComputeScoresInto(buffer, Lead * m, destination, 2, cohort.Count);

        Assert.Equal(default, destination[0]);
        Assert.Equal(default, destination[1]);
        for (var i = 0; i < cohort.Count; i++)
        {
            var alone = engine.ComputeScores(cohort.Answers, i * m);
            Assert.True(alone == destination[2 + i], $"response {i}: batch {destination[2 + i]} alone {alone}");
        }
    }

    [Property(Arbitrary = new[] { typeof(CohortArbitraries) }, MaxTest = 300)]
    public void ComputeScores_EachResponse_IsTheExactScoreRoundedOnce(Cohort cohort)
    {
        var engine = cohort.Engine;
        var scores = new ScoreSet[cohort.Count];
        engine.ComputeScoresInto(cohort.Answers, 0, scores, 0, cohort.Count);
        for (var i = 0; i < cohort.Count; i++)
        {
            foreach (var kind in ScoreKinds.All)
            {
                ReferenceScorer.Expected(cohort.WeightSet, cohort.Answers, kind, cohort.Options, i * cohort.MeasureCount)
                    .AssertMatches(scores[i][kind], $"response {i} {kind}");
            }
        }
    }

    [Property(Arbitrary = new[] { typeof(CohortArbitraries) }, MaxTest = 100)]
    public void ComputeScores_ResponseList_EqualsEachResponseScoredAlone(Cohort cohort)
    {
        var engine = cohort.Engine;
        var responses = cohort.Responses();
        var destination = new ScoreSet[responses.Count + 1];
        engine.ComputeScoresInto(responses, destination, 1);
        for (var i = 0; i < responses.Count; i++)
        {
            Assert.True(engine.ComputeScores(responses[i]) == destination[1 + i], $"response {i}");
            Assert.True(engine.Score(responses[i]).Scores == destination[1 + i], $"response {i}");
        }
    }

    [Property(Arbitrary = new[] { typeof(CohortArbitraries) }, MaxTest = 40)]
    public void ComputeScores_Parallel_EqualsSequential(Cohort cohort)
    {
        // Tile the cohort past the size at which a batch is split, so that the parallel path really runs.
        var engine = cohort.Engine;
        var m = cohort.MeasureCount;
        var count = Math.Max(cohort.Count, 1) * ((3 * Partitions.MinimumSize / Math.Max(cohort.Count, 1)) + 1);
        var answers = new Answer[count * m];
        for (var i = 0; i < count && cohort.Count > 0; i++)
        {
            Array.Copy(cohort.Answers, (i % cohort.Count) * m, answers, i * m, m);
        }

        var sequential = new ScoreSet[count];
        engine.ComputeScoresInto(answers, 0, sequential, 0, count);
        foreach (var degree in new[] { 2, 3 })
        {
            var parallel = new ScoreSet[count];
            engine.ComputeScoresInto(answers, 0, parallel, 0, count, new BatchOptions { MaxDegreeOfParallelism = degree });
            for (var i = 0; i < count; i++)
            {
                Assert.True(sequential[i] == parallel[i], $"response {i}, degree {degree}");
            }
        }
    }

    /// <summary>A random catalog, weight set, policy and cohort of answers (flat, in catalog order per response).</summary>
    public sealed class Cohort
    {
        private ScoringEngine? _engine;

        public Cohort(WeightSet weightSet, ScoringOptions options, Answer[] answers, int count)
        {
            WeightSet = weightSet;
            Options = options;
            Answers = answers;
            Count = count;
        }

        public WeightSet WeightSet { get; }

        public ScoringOptions Options { get; }

        public Answer[] Answers { get; }

        public int Count { get; }

        public int MeasureCount => WeightSet.Catalog.Measures.Count;

        public ScoringEngine Engine => _engine ??= new ScoringEngine(WeightSet, Options);

        public IReadOnlyList<SurveyResponse> Responses() =>
            Enumerable.Range(0, Count)
                .Select(i => SurveyResponse.FromAnswers(WeightSet.Catalog, new RespondentId($"r{i}"), MonitoringRound.Initial, new ArraySegment<Answer>(Answers, i * MeasureCount, MeasureCount)))
                .ToList();

        public override string ToString()
        {
            var measures = WeightSet.Catalog.Measures;
            var shape = string.Join(" ", measures.Select(m => $"{m.Dimension.ToCode()[0]}{m.Scale.Options.Count}{(m.AllowsNotApplicable ? "n" : string.Empty)}"));
            return $"{Count} responses, policy {Options}, measures [{shape}]";
        }
    }

    /// <summary>FsCheck generators of <see cref="Cohort"/>.</summary>
    public static class CohortArbitraries
    {
        public static Arbitrary<Cohort> Cohorts() =>
            (from measures in Gen.Choose(3, 40).SelectMany(n => Gen.ArrayOf(MeasureShapes(), n))
             from order in Gen.Shuffle(Enumerable.Range(0, measures.Length))
             from policy in Gen.Elements(MissingAnswerPolicy.Strict, MissingAnswerPolicy.Renormalize, MissingAnswerPolicy.Zero)
             from coverage in Gen.Choose(0, 100)
             from count in Gen.Frequency((1, Gen.Choose(0, 8)), (4, Gen.Choose(9, 70)))
             from completeShare in Gen.Elements(0, 50, 90, 100)
             from seeds in Gen.ArrayOf(Gen.Choose(0, int.MaxValue), count)
             select Build(measures, order, policy, coverage / 100.0, seeds, completeShare)).ToArbitrary();

        private static Gen<MeasureShape> MeasureShapes() =>
            from dimension in Gen.Elements(Dimension.Economic, Dimension.Social, Dimension.Psychosocial)
            from optionCount in Gen.Frequency((8, Gen.Choose(1, 12)), (1, Gen.Choose(13, 20)))
            from points in Gen.ArrayOf(Gen.Frequency((3, Gen.Elements(0.0, 0.25, 0.5, 0.75, 1.0, 1.0 / 3)), (2, Gen.Choose(0, 1_000_000).Select(p => p / 1_000_000.0))), optionCount)
            from allowsNotApplicable in Gen.Elements(false, false, true)
            from dimensional in Gen.Frequency((1, Gen.Constant(0)), (6, Gen.Choose(1, 1000)))
            from composite in Gen.Frequency((1, Gen.Constant(0)), (6, Gen.Choose(1, 1000)))
            select new MeasureShape(dimension, points, allowsNotApplicable, dimensional, composite);

        private static Cohort Build(MeasureShape[] shapes, IList<int> order, MissingAnswerPolicy policy, double coverage, int[] seeds, int completeShare)
        {
            // Every dimension needs a measure; the first three shapes provide one each, then the catalog order is shuffled.
            for (var d = 0; d < Dimensions.Count; d++)
            {
                shapes[d] = shapes[d] with { Dimension = Dimensions.All[d] };
            }

            var indicators = Dimensions.All.ToDictionary(d => d, d => new Indicator($"IND_{d.ToCode().ToUpperInvariant()}", d, LocalizedText.OfEnglish(d.ToCode())));
            var measures = order.Select(i => shapes[i].ToMeasure($"M{i}", indicators[shapes[i].Dimension])).ToList();
            var catalog = Catalog.Create("generated", "1", indicators.Values, measures);
            var weights = order.Select(i => new MeasureWeight($"M{i}", shapes[i].Dimensional, shapes[i].Composite)).ToList();
            foreach (var dimension in Dimensions.All)
            {
                // A zero sum cannot be rescaled: give the dimension's first measure some weight.
                var first = measures.FindIndex(m => m.Dimension == dimension);
                if (weights.Where((_, i) => measures[i].Dimension == dimension).All(w => w.Dimensional == 0))
                {
                    weights[first] = weights[first] with { Dimensional = 1 };
                }
            }

            if (weights.All(w => w.Composite == 0))
            {
                weights[0] = weights[0] with { Composite = 1 };
            }

            var weightSet = WeightSet.Create(catalog, "generated", "1", weights, normalization: WeightNormalization.RescaleToOne);
            var options = new ScoringOptions { MissingAnswerPolicy = policy, MinimumCoverage = coverage };
            var answers = new Answer[seeds.Length * measures.Count];
            for (var r = 0; r < seeds.Length; r++)
            {
                var random = new Random(seeds[r]);
                var complete = random.Next(100) < completeShare;
                for (var j = 0; j < measures.Count; j++)
                {
                    answers[(r * measures.Count) + j] = RandomAnswer(random, measures[j], complete);
                }
            }

            return new Cohort(weightSet, options, answers, seeds.Length);
        }

        private static Answer RandomAnswer(Random random, Measure measure, bool complete)
        {
            var roll = random.Next(complete ? 1 : 10);
            return roll switch
            {
                0 or 1 or 2 or 3 or 4 or 5 => Answer.Option(random.Next(measure.Scale.Options.Count)),
                6 => Answer.Absent,
                7 => Answer.DontKnow,
                8 => Answer.Refused,
                _ => measure.AllowsNotApplicable ? Answer.NotApplicable : Answer.Option(0),
            };
        }

        public sealed record MeasureShape(Dimension Dimension, double[] Points, bool AllowsNotApplicable, double Dimensional, double Composite)
        {
            public Measure ToMeasure(string code, Indicator indicator)
            {
                var scale = new AnswerScale($"S_{code}", Points.Select((p, i) => new AnswerOption($"o{i}", p, LocalizedText.OfEnglish($"option {i}"))));
                return new Measure(code, indicator, scale, LocalizedText.OfEnglish(code), AllowsNotApplicable);
            }
        }
    }
}
