using System;
using System.Linq;
using ReintegrationScoring.Analysis.Sensitivity;
using Xunit;

namespace ReintegrationScoring.Analysis.Tests.Sensitivity;

public class RespondentIntervalsTests
{
    private static readonly WeightSet Nominal = BuiltInWeightSets.EqualByIndicator;

    [Fact]
    public void Of_EachScore_IsTheTextbookPercentileOfTheEngineScoresUnderEachDraw()
    {
        var options = new ScoringOptions { MissingAnswerPolicy = MissingAnswerPolicy.Renormalize };
        var surveys = SyntheticCohort.Surveys(new ScoringEngine(Nominal, options), SyntheticCohort.Rows(15, seed: 4, missingRate: 0.1));
        var request = new SensitivityRequest(Nominal, options, settings: new SensitivitySettings(41, 0.3, 9));
        var engines = WeightDraws.Create(Nominal, request.Settings).Select(d => new ScoringEngine(d, options)).ToList();

        var intervals = RespondentIntervals.Of(surveys, request).ToList();

        Assert.Equal(surveys, intervals.Select(i => i.Key));
        foreach (var (survey, scores) in intervals)
        {
            foreach (var interval in scores)
            {
                var values = engines.Select(e => e.ComputeScores(survey.Result.Response)[interval.Score].ValueOrNull).OfType<double>().OrderBy(v => v).ToArray();
                Assert.Equal(values.Length, interval.ComputedDraws);
                Assert.Equal(values.Length == 0 ? null : Textbook(values, 0.05), interval.P05);
                Assert.Equal(values.Length == 0 ? null : Textbook(values, 0.95), interval.P95);
            }
        }
    }

    [Fact]
    public void Of_NoiseZero_IntervalIsTheNominalScore()
    {
        var surveys = SyntheticCohort.Surveys(ScoringEngine.Default, SyntheticCohort.Rows(10, seed: 4, missingRate: 0));

        foreach (var (survey, scores) in RespondentIntervals.Of(surveys, new SensitivityRequest(Nominal, settings: new SensitivitySettings(5, 0))))
        {
            Assert.All(scores, i => Assert.Equal(survey.Result.Scores[i.Score].ValueOrNull, i.P05));
            Assert.All(scores, i => Assert.Equal(survey.Result.Scores[i.Score].ValueOrNull, i.P95));
        }
    }

    // Hyndman and Fan's definition 7 written out: 1 + (n − 1)p as a 1-based position, interpolated between neighbours.
    private static double? Textbook(double[] sorted, double p)
    {
        var position = 1 + ((sorted.Length - 1) * p);
        var below = (int)Math.Floor(position);
        var fraction = position - below;
        return below >= sorted.Length ? sorted[^1] : sorted[below - 1] + (fraction * (sorted[below] - sorted[below - 1]));
    }
}
