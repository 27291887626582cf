using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReintegrationScoring.Tests.Generators;
using ReintegrationScoring.Tests.Support;
using Xunit;

namespace ReintegrationScoring.Tests;

/// <summary>
/// The invariants of reference sections 2 and 7 over generated catalogs, weight sets and responses. Scores are checked
/// against the formulas evaluated exactly and rounded once; other comparisons are exact wherever the definition
/// guarantees them (ranges, monotonicity, zero ≤ renormalize, determinism).
/// </summary>
[Properties(Arbitrary = new[] { typeof(ScoringArbitraries) }, MaxTest = 300)]
public partial class ScoringEngineTests
{
    private static readonly MissingAnswerPolicy[] Policies = { MissingAnswerPolicy.Strict, MissingAnswerPolicy.Renormalize, MissingAnswerPolicy.Zero };

    [Property]
    public void Score_AnyCase_MatchesTheFormulasOfSection7(ScoringCase scoringCase, ScoringOptions options)
    {
        var scores = new ScoringEngine(scoringCase.Weights, options).ComputeScores(scoringCase.Response());

        foreach (var kind in ScoreKinds.All)
        {
            ReferenceScorer.Expected(scoringCase.Weights, scoringCase.Answers, kind, options).AssertMatches(scores[kind], kind.ToString());
        }
    }

    [Property]
    public void Score_AnyCaseAnyPolicy_ValuesAndCoveragesAreInUnitInterval(ScoringCase scoringCase, ScoringOptions options)
    {
        var scores = new ScoringEngine(scoringCase.Weights, options).ComputeScores(scoringCase.Response());

        foreach (var kind in ScoreKinds.All)
        {
            var score = scores[kind];
            Assert.InRange(score.Coverage, 0.0, 1.0);
            if (score.TryGetValue(out var value))
            {
                Assert.InRange(value, 0.0, 1.0);
            }
        }
    }

    [Property]
    public Property Score_RaisingOneAnswer_NeverLowersAnyScore(ScoringCase scoringCase)
    {
        // Raise one answer: an option to one worth at least as many points, or a missing answer to any option.
        var raises = from index in Gen.Choose(0, scoringCase.Catalog.Measures.Count - 1)
                     let measure = scoringCase.Catalog.Measures[index]
                     let before = scoringCase.Answers[index]
                     where before.Kind != AnswerKind.NotApplicable
                     from option in Gen.Elements(Enumerable.Range(0, measure.Scale.Options.Count)
                         .Where(i => before.Kind != AnswerKind.Option || measure.Scale.Options[i].Points >= measure.PointsOf(before))
                         .Select(Answer.Option)
                         .ToArray())
                     select (index, option);
        return Prop.ForAll(raises.ToArbitrary(), raise =>
        {
            var (index, option) = raise;
            var before = scoringCase.Answers[index];
            var higher = (Answer[])scoringCase.Answers.Clone();
            higher[index] = option;
            var raised = scoringCase.WithAnswers(higher);

            foreach (var policy in Policies)
            {
                var old = scoringCase.Engine(policy).ComputeScores(scoringCase.Response());
                var @new = raised.Engine(policy).ComputeScores(raised.Response());
                foreach (var kind in ScoreKinds.All)
                {
                    // From an option: same status and a value not lower, under every policy. From a missing answer:
                    // under zero, where it earned 0, the value cannot drop; under the other policies the score may
                    // only become computable (renormalize averages over answered weight, so its value may drop).
                    if (before.Kind == AnswerKind.Option)
                    {
                        Assert.Equal(old[kind].Status, @new[kind].Status);
                    }

                    if ((before.Kind == AnswerKind.Option || policy == MissingAnswerPolicy.Zero)
                        && old[kind].TryGetValue(out var a) && @new[kind].TryGetValue(out var b))
                    {
                        Assert.True(b >= a, $"{policy} {kind}: {a} -> {b} after raising {scoringCase.Catalog.Measures[index].Code}");
                    }

                    if (policy == MissingAnswerPolicy.Strict && old[kind].IsComputed)
                    {
                        Assert.True(@new[kind].IsComputed);
                    }
                }
            }
        });
    }

    [Property]
    public Property Score_AnswersGivenInAnyOrder_GiveBitIdenticalScores(ScoringCase scoringCase, ScoringOptions options)
    {
        var pairs = scoringCase.Catalog.Measures
            .Select((m, i) => new KeyValuePair<string, Answer>(m.Code, scoringCase.Answers[i]))
            .ToArray();
        return Prop.ForAll(Gen.Shuffle(pairs).ToArbitrary(), shuffled =>
        {
            var engine = new ScoringEngine(scoringCase.Weights, options);
            var expected = engine.ComputeScores(scoringCase.Response());
            var created = SurveyResponse.Create(scoringCase.Catalog, RssResponses.Id, MonitoringRound.Initial, shuffled);
            var texts = shuffled
                .Where(p => p.Value != Answer.Absent)
                .Select(p => new KeyValuePair<string, string>(p.Key.ToLowerInvariant(), scoringCase.Catalog.GetMeasure(p.Key).KeyOf(p.Value)!.ToUpperInvariant()));
            var parsed = SurveyResponse.Parse(scoringCase.Catalog, RssResponses.Id, MonitoringRound.Initial, texts);

            Assert.Equal(expected, engine.ComputeScores(created));
            Assert.Equal(expected, engine.ComputeScores(parsed));
        });
    }

    [Property]
    public Property Score_CatalogWithMeasuresInAnotherOrder_GivesTheSameScores(ScoringCase scoringCase, ScoringOptions options)
    {
        var catalog = scoringCase.Catalog;
        return Prop.ForAll(Gen.Shuffle(catalog.Measures.ToArray()).ToArbitrary(), measures =>
        {
            var reordered = Catalog.Create(catalog.Id, catalog.Version, catalog.Indicators, measures);
            var weights = WeightSet.Create(reordered, scoringCase.Weights.Id, scoringCase.Weights.Version, scoringCase.Weights.Weights);
            var answers = catalog.Measures.Select((m, i) => new KeyValuePair<string, Answer>(m.Code, scoringCase.Answers[i]));
            var response = SurveyResponse.Create(reordered, RssResponses.Id, MonitoringRound.Initial, answers);

            var expected = new ScoringEngine(scoringCase.Weights, options).ComputeScores(scoringCase.Response());
            var actual = new ScoringEngine(weights, options).ComputeScores(response);

            // Other additions in another order: the same exact values, rounded once (so equal but for near-ties).
            foreach (var kind in ScoreKinds.All)
            {
                Assert.Equal(expected[kind].Status, actual[kind].Status);
                ReferenceScorer.Expected(scoringCase.Weights, scoringCase.Answers, kind, options).AssertMatches(actual[kind], kind.ToString());
            }
        });
    }

    [Property]
    public void Score_CompleteAnswers_AreTheSameUnderAllThreePolicies(ScoringCase scoringCase, ScoringOptions options)
    {
        var complete = scoringCase.WithAnswers(scoringCase.Answers.Select(a => a.IsMissing ? Answer.Option(0) : a).ToArray());

        var strict = complete.Engine(MissingAnswerPolicy.Strict).ComputeScores(complete.Response());
        var renormalize = complete.Engine(MissingAnswerPolicy.Renormalize, options.MinimumCoverage).ComputeScores(complete.Response());
        var zero = complete.Engine(MissingAnswerPolicy.Zero).ComputeScores(complete.Response());

        Assert.Equal(strict, renormalize);
        Assert.Equal(strict, zero);
        foreach (var kind in ScoreKinds.All)
        {
            Assert.True(strict[kind].Status is ScoreStatus.Computed or ScoreStatus.NoApplicableMeasures);
            Assert.Equal(0, strict[kind].MissingCount);
        }
    }

    [Property]
    public void Score_RenormalizeWithFullCoverage_EqualsStrict(ScoringCase scoringCase, ScoringOptions options)
    {
        var strict = scoringCase.Engine(MissingAnswerPolicy.Strict).ComputeScores(scoringCase.Response());
        var renormalize = scoringCase.Engine(MissingAnswerPolicy.Renormalize, options.MinimumCoverage).ComputeScores(scoringCase.Response());
        var zero = scoringCase.Engine(MissingAnswerPolicy.Zero).ComputeScores(scoringCase.Response());

        foreach (var kind in ScoreKinds.All)
        {
            if (strict[kind].IsComputed)
            {
                Assert.Equal(strict[kind], renormalize[kind]);
            }

            // Full coverage with missing answers happens when only zero-weight measures are missing.
            if (renormalize[kind].IsComputed && renormalize[kind].Coverage == 1)
            {
                Assert.Equal(zero[kind].Value, renormalize[kind].Value, tolerance: 1e-15);
            }
        }
    }

    [Property]
    public void Score_MissingPoints_ZeroIsAtMostRenormalize(ScoringCase scoringCase)
    {
        var renormalize = scoringCase.Engine(MissingAnswerPolicy.Renormalize, 0).ComputeScores(scoringCase.Response());
        var zero = scoringCase.Engine(MissingAnswerPolicy.Zero).ComputeScores(scoringCase.Response());

        foreach (var kind in ScoreKinds.All)
        {
            Assert.Equal(zero[kind].Coverage, renormalize[kind].Coverage);
            if (renormalize[kind].TryGetValue(out var renormalized))
            {
                Assert.True(zero[kind].Value <= renormalized, $"{kind}: zero {zero[kind].Value} > renormalize {renormalized}");
            }
        }
    }

    [Property]
    public void Explain_AnyCaseAnyPolicy_ContributionsSumToTheScore(ScoringCase scoringCase, ScoringOptions options)
    {
        var result = new ScoringEngine(scoringCase.Weights, options).Score(scoringCase.Response());
        var contributions = result.Explain();

        Assert.Equal(scoringCase.Catalog.Measures.Count, contributions.Count);
        foreach (var dimension in Dimensions.All)
        {
            var ofDimension = contributions.Where(c => c.Dimension == dimension).ToArray();
            if (result.Scores[dimension].TryGetValue(out var value))
            {
                Assert.Equal(value, ofDimension.Sum(c => c.DimensionContribution ?? 0), tolerance: 1e-12);
            }
            else
            {
                Assert.All(ofDimension, c => Assert.Null(c.DimensionContribution));
            }
        }

        if (result.Composite.TryGetValue(out var composite))
        {
            Assert.Equal(composite, contributions.Sum(c => c.CompositeContribution ?? 0), tolerance: 1e-12);
        }
        else
        {
            Assert.All(contributions, c => Assert.Null(c.CompositeContribution));
        }
    }

    [Property]
    public void Explain_AnyCaseAnyPolicy_EachContributionIsTheExactShareRoundedOnce(ScoringCase scoringCase, ScoringOptions options)
    {
        var result = new ScoringEngine(scoringCase.Weights, options).Score(scoringCase.Response());
        var exact = ScoreKinds.All.ToDictionary(k => k, k => ReferenceScorer.Expected(scoringCase.Weights, scoringCase.Answers, k, options));

        foreach (var c in result.Explain().Where(c => c.Points is not null))
        {
            if (c.DimensionContribution is { } dimension)
            {
                exact[c.Dimension.ToScoreKind()].AssertContribution(c.Points!.Value, c.DimensionalWeight, dimension, c.MeasureCode);
            }

            if (c.CompositeContribution is { } composite)
            {
                exact[ScoreKind.Composite].AssertContribution(c.Points!.Value, c.CompositeWeight, composite, c.MeasureCode + " composite");
            }
        }
    }

    [Property]
    public void Explain_AnyCase_ListsEveryMeasureWithItsAnswerPointsAndWeights(ScoringCase scoringCase, ScoringOptions options)
    {
        var result = new ScoringEngine(scoringCase.Weights, options).Score(scoringCase.Response());
        var contributions = result.Explain();

        for (var i = 0; i < contributions.Count; i++)
        {
            var contribution = contributions[i];
            var measure = scoringCase.Catalog.Measures[i];
            var answer = scoringCase.Answers[i];
            Assert.Same(measure, contribution.Measure);
            Assert.Equal(answer, contribution.Answer);
            Assert.Equal(measure.PointsOf(answer), contribution.Points);
            Assert.Equal(scoringCase.Weights.Weights[i].Dimensional, contribution.DimensionalWeight);
            Assert.Equal(scoringCase.Weights.Weights[i].Composite, contribution.CompositeWeight);
            var status = answer.Kind switch
            {
                AnswerKind.Option => AnswerStatus.Answered,
                AnswerKind.NotApplicable => AnswerStatus.NotApplicable,
                _ => AnswerStatus.Missing,
            };
            Assert.Equal(status, contribution.Status);
            if (status == AnswerStatus.NotApplicable)
            {
                Assert.Null(contribution.DimensionContribution);
                Assert.Null(contribution.CompositeContribution);
            }
        }
    }

    [Property]
    public void MissingMeasures_AnyCase_AreTheMissingCodesOfEachScoreInCatalogOrder(ScoringCase scoringCase)
    {
        var result = ScoringEngineFor(scoringCase).Score(scoringCase.Response());
        var missing = scoringCase.Catalog.Measures.Where((_, i) => scoringCase.Answers[i].IsMissing).ToArray();

        Assert.Equal(missing.Select(m => m.Code), result.MissingMeasures(ScoreKind.Composite));
        Assert.Equal(missing.Length, result.Composite.MissingCount);
        foreach (var dimension in Dimensions.All)
        {
            var codes = missing.Where(m => m.Dimension == dimension).Select(m => m.Code).ToArray();
            Assert.Equal(codes, result.MissingMeasures(dimension.ToScoreKind()));
            Assert.Equal(codes.Length, result.Scores[dimension].MissingCount);
        }
    }

    [Property]
    public void Score_Repeated_IsBitIdentical(ScoringCase scoringCase, ScoringOptions options)
    {
        var response = scoringCase.Response();
        var first = new ScoringEngine(scoringCase.Weights, options);
        var second = new ScoringEngine(scoringCase.Weights, options);

        var expected = first.ComputeScores(response);

        Assert.Equal(expected, first.ComputeScores(response));
        Assert.Equal(expected, second.ComputeScores(response));
        Assert.Equal(expected, first.Score(response).Scores);
        Assert.Equal(expected, second.ComputeScores(scoringCase.Response(MonitoringRound.Final)));
        foreach (var kind in ScoreKinds.All)
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(expected[kind].ValueOrNull ?? -1), BitConverter.DoubleToInt64Bits(second.ComputeScores(response)[kind].ValueOrNull ?? -1));
        }

        Assert.Equal(
            first.Score(response).Explain().Select(c => (c.DimensionContribution, c.CompositeContribution)),
            second.Score(response).Explain().Select(c => (c.DimensionContribution, c.CompositeContribution)));
    }

    [Property]
    public Property ComputeScores_CallerOwnedBufferAtAnyOffset_EqualsScoringTheResponse(ScoringCase scoringCase, ScoringOptions options)
    {
        var count = scoringCase.Catalog.Measures.Count;
        var layout = from before in Gen.Choose(0, 3)
                     from after in Gen.Choose(0, 3)
                     select (before, after);
        return Prop.ForAll(layout.ToArbitrary(), l =>
        {
            // A cohort buffer: other responses' answers (here, all best options) around this one.
            var buffer = Enumerable.Repeat(Answer.Option(0), (l.before + 1 + l.after) * count).ToArray();
            Array.Copy(scoringCase.Answers, 0, buffer, l.before * count, count);
            var engine = new ScoringEngine(scoringCase.Weights, options);

            Assert.Equal(engine.ComputeScores(scoringCase.Response()), engine.ComputeScores(buffer, l.before * count));
            Assert.Equal(engine.Score(scoringCase.Response()).Scores, engine.ComputeScores(buffer, l.before * count));
        });
    }

    private static ScoringEngine ScoringEngineFor(ScoringCase scoringCase) => scoringCase.Engine(MissingAnswerPolicy.Strict);
}
