using System;
using System.Linq;
using ReintegrationScoring.Tests.Support;
using Xunit;

namespace ReintegrationScoring.Tests;

/// <summary>
/// The missing-answer policies against hand-computed values (reference section 7). The social dimension example is the
/// one of docs/missing-answers.md: with equal-by-indicator every social measure weighs 0.1. With equal weights the
/// weights cancel, so each score is exactly a ratio of small numbers rounded once: one IEEE division of them.
/// </summary>
public partial class ScoringEngineTests
{
    /// <summary>docs/missing-answers.md: eight answered social measures, one not applicable, one dont_know.</summary>
    private static readonly (string Code, string? Key)[] SocialExample =
    {
        ("SOC_HOUSING_ACCESS", "good"),          // 0.75
        ("SOC_HOUSING_STANDARD", "fair"),        // 0.5
        ("SOC_EDUCATION_ACCESS", "very_good"),   // 1
        ("SOC_SCHOOL_ATTENDANCE", "not_applicable"),
        ("SOC_JUSTICE_ACCESS", "bad"),           // 0.25
        ("SOC_IDENTITY_DOCUMENT", "yes"),        // 1
        ("SOC_HEALTH_ACCESS", "good"),           // 0.75
        ("SOC_HEALTH_QUALITY", "dont_know"),     // missing
        ("SOC_WATER_ACCESS", "good"),            // 0.75
        ("SOC_PUBLIC_SERVICES", "fair"),         // 0.5
    };

    private static ScoreResult ScoreWith(MissingAnswerPolicy policy, SurveyResponse response, double minimumCoverage = 0.75) =>
        new ScoringEngine(BuiltInWeightSets.EqualByIndicator, new ScoringOptions { MissingAnswerPolicy = policy, MinimumCoverage = minimumCoverage }).Score(response);

    [Fact]
    public void Strict_DocExample_SocialIsNotComputedAndSaysWhichMeasureIsMissing()
    {
        var result = ScoreWith(MissingAnswerPolicy.Strict, RssResponses.Uniform(0, SocialExample));

        Assert.Equal(ScoreStatus.MissingAnswers, result.Social.Status);
        Assert.Null(result.Social.ValueOrNull);
        Assert.Equal(1, result.Social.MissingCount);
        Assert.Equal(8.0 / 9, result.Social.Coverage);
        Assert.Equal(new[] { "SOC_HEALTH_QUALITY" }, result.MissingMeasures(ScoreKind.Social));
        Assert.Equal(ScoreStatus.MissingAnswers, result.Composite.Status);
        Assert.Equal(1.0, result.Economic.Value);
        Assert.False(result.IsComplete);
    }

    [Fact]
    public void Renormalize_DocExample_SocialIs0_55Over0_8()
    {
        var result = ScoreWith(MissingAnswerPolicy.Renormalize, RssResponses.Uniform(0, SocialExample));

        Assert.Equal(0.6875, result.Social.Value);
        Assert.Equal(8.0 / 9, result.Social.Coverage);
        Assert.Equal(1, result.Social.MissingCount);

        // Composite: 28 answered measures of equal weight (1/30), earning 20 points elsewhere and 5.5 in social.
        Assert.Equal(25.5 / 28, result.Composite.Value);
        Assert.Equal(28.0 / 29, result.Composite.Coverage);
    }

    [Fact]
    public void Zero_DocExample_SocialIs0_55Over0_9()
    {
        var result = ScoreWith(MissingAnswerPolicy.Zero, RssResponses.Uniform(0, SocialExample));

        Assert.Equal(5.5 / 9, result.Social.Value);
        Assert.Equal(8.0 / 9, result.Social.Coverage);
        Assert.Equal(25.5 / 29, result.Composite.Value);
    }

    [Fact]
    public void AllPolicies_DocExampleAnswered_NotApplicableRescalesTo0_625Over0_9()
    {
        var answered = SocialExample.Select(a => a.Code == "SOC_HEALTH_QUALITY" ? (a.Code, (string?)"good") : a).ToArray();

        foreach (var policy in new[] { MissingAnswerPolicy.Strict, MissingAnswerPolicy.Renormalize, MissingAnswerPolicy.Zero })
        {
            var result = ScoreWith(policy, RssResponses.Uniform(0, answered));

            Assert.Equal(6.25 / 9, result.Social.Value);
            Assert.Equal(1.0, result.Social.Coverage);
            Assert.Equal(0, result.Social.MissingCount);
            Assert.Equal(26.25 / 29, result.Composite.Value);
        }
    }

    [Fact]
    public void AllPolicies_DocExample_ExplainsEachSocialMeasure()
    {
        var renormalized = ScoreWith(MissingAnswerPolicy.Renormalize, RssResponses.Uniform(0, SocialExample)).Explain();
        var zero = ScoreWith(MissingAnswerPolicy.Zero, RssResponses.Uniform(0, SocialExample)).Explain();
        var strict = ScoreWith(MissingAnswerPolicy.Strict, RssResponses.Uniform(0, SocialExample)).Explain();

        var housing = renormalized.Single(c => c.MeasureCode == "SOC_HOUSING_ACCESS");
        Assert.Equal(0.75 / 8, housing.DimensionContribution!.Value);
        Assert.Equal(0.75 / 9, zero.Single(c => c.MeasureCode == "SOC_HOUSING_ACCESS").DimensionContribution!.Value);
        Assert.Null(strict.Single(c => c.MeasureCode == "SOC_HOUSING_ACCESS").DimensionContribution);

        Assert.Null(renormalized.Single(c => c.MeasureCode == "SOC_HEALTH_QUALITY").DimensionContribution);
        Assert.Equal(0.0, zero.Single(c => c.MeasureCode == "SOC_HEALTH_QUALITY").DimensionContribution);
        Assert.Equal(AnswerStatus.Missing, zero.Single(c => c.MeasureCode == "SOC_HEALTH_QUALITY").Status);

        var school = zero.Single(c => c.MeasureCode == "SOC_SCHOOL_ATTENDANCE");
        Assert.Equal(AnswerStatus.NotApplicable, school.Status);
        Assert.Null(school.Points);
        Assert.Null(school.DimensionContribution);
        Assert.Null(school.CompositeContribution);
    }

    [Theory]
    [InlineData(2, true)]   // 7 / 9 ≈ 0.78 ≥ 0.75
    [InlineData(3, false)]  // 6 / 9 ≈ 0.67 < 0.75
    public void Renormalize_NotApplicableAndMissing_CoverageCountsApplicableWeightOnly(int missing, bool computed)
    {
        var codes = new[] { "SOC_HEALTH_QUALITY", "SOC_WATER_ACCESS", "SOC_PUBLIC_SERVICES" };
        var overrides = codes.Take(missing).Select(c => (c, (string?)"refused")).Append(("SOC_SCHOOL_ATTENDANCE", "not_applicable")).ToArray();

        var result = ScoreWith(MissingAnswerPolicy.Renormalize, RssResponses.Uniform(0, overrides));

        Assert.Equal((9.0 - missing) / 9, result.Social.Coverage);
        Assert.Equal(computed, result.Social.IsComputed);
        Assert.Equal(computed ? ScoreStatus.Computed : ScoreStatus.InsufficientCoverage, result.Social.Status);
        if (computed)
        {
            Assert.Equal(1.0, result.Social.Value);
        }
    }

    [Fact]
    public void Renormalize_CoverageExactlyTheMinimum_IsComputed()
    {
        // One dimension of four measures of weight 0.25 each: one missing leaves coverage 0.75, the default minimum.
        var catalog = FourPerDimension();
        var weights = WeightSet.EqualByIndicator(catalog);
        var engine = new ScoringEngine(weights, new ScoringOptions { MissingAnswerPolicy = MissingAnswerPolicy.Renormalize });
        var answers = catalog.Measures.Select(_ => Answer.Option(0)).ToArray();
        answers[0] = Answer.DontKnow;

        var oneMissing = engine.ComputeScores(answers);
        answers[1] = Answer.Refused;
        var twoMissing = engine.ComputeScores(answers);

        Assert.Equal(0.75, oneMissing.Economic.Coverage);
        Assert.Equal(ScoreStatus.Computed, oneMissing.Economic.Status);
        Assert.Equal(0.5, twoMissing.Economic.Coverage);
        Assert.Equal(ScoreStatus.InsufficientCoverage, twoMissing.Economic.Status);
    }

    [Fact]
    public void Renormalize_CoverageOnPaperEqualToMinimum_IsExactlyTheMinimumAndComputed()
    {
        // Eight of ten weights of 0.1: a naive sum of the tenths gives 0.7999999999999999 / 0.9999999999999999; the exact
        // share, rounded once, is the double 0.8 itself, compared with the minimum with no slack.
        var response = RssResponses.Uniform(0, ("SOC_HEALTH_QUALITY", null), ("SOC_WATER_ACCESS", "dont_know"));

        var atMinimum = ScoreWith(MissingAnswerPolicy.Renormalize, response, minimumCoverage: 0.8);
        var oneDoubleAbove = ScoreWith(MissingAnswerPolicy.Renormalize, response, minimumCoverage: Math.BitIncrement(0.8));

        Assert.Equal(0.8, atMinimum.Social.Coverage);
        Assert.Equal(ScoreStatus.Computed, atMinimum.Social.Status);
        Assert.Equal(0.8, oneDoubleAbove.Social.Coverage);
        Assert.Equal(ScoreStatus.InsufficientCoverage, oneDoubleAbove.Social.Status);
    }

    [Fact]
    public void Renormalize_MinimumCoverageZero_StillNeedsOneAnsweredMeasure()
    {
        var nothingSocial = RssResponses.Uniform(0, RssCatalog.Default.MeasuresOf(Dimension.Social).Select(m => (m.Code, (string?)"dont_know")).ToArray());

        var result = ScoreWith(MissingAnswerPolicy.Renormalize, nothingSocial, minimumCoverage: 0);

        Assert.Equal(ScoreStatus.InsufficientCoverage, result.Social.Status);
        Assert.Equal(0.0, result.Social.Coverage);
        Assert.Equal(10, result.Social.MissingCount);
        Assert.Equal(ScoreStatus.Computed, result.Composite.Status);
        Assert.Equal(2.0 / 3, result.Composite.Coverage);
    }

    [Fact]
    public void Zero_NothingAnswered_IsComputedAsZero()
    {
        var nothing = SurveyResponse.Create(RssCatalog.Default, RssResponses.Id, MonitoringRound.Initial, Array.Empty<System.Collections.Generic.KeyValuePair<string, Answer>>());

        var result = ScoreWith(MissingAnswerPolicy.Zero, nothing);

        Assert.True(result.IsComplete);
        Assert.All(ScoreKinds.All, k => Assert.Equal(0.0, result.Scores[k].Value));
        Assert.Equal(30, result.Composite.MissingCount);
    }

    [Fact]
    public void AllPolicies_EveryMeasureOfAScoreNotApplicable_IsNoApplicableMeasures()
    {
        var catalog = FourPerDimension(allowNotApplicable: true);
        var answers = catalog.Measures.Select(m => m.Dimension == Dimension.Social ? Answer.NotApplicable : Answer.Option(1)).ToArray();

        foreach (var policy in new[] { MissingAnswerPolicy.Strict, MissingAnswerPolicy.Renormalize, MissingAnswerPolicy.Zero })
        {
            var scores = new ScoringEngine(WeightSet.EqualByIndicator(catalog), new ScoringOptions { MissingAnswerPolicy = policy }).ComputeScores(answers);

            Assert.Equal(ScoreStatus.NoApplicableMeasures, scores.Social.Status);
            Assert.Equal(0.0, scores.Social.Coverage);
            Assert.Null(scores.Social.ValueOrNull);
            Assert.Equal(ScoreStatus.Computed, scores.Composite.Status);
            Assert.Equal(0.5, scores.Composite.Value);
        }
    }

    /// <summary>One indicator of four yes/no-like measures (points 1, 0.5, 0) per dimension.</summary>
    private static Catalog FourPerDimension(bool allowNotApplicable = false)
    {
        var scale = new AnswerScale("three", new[]
        {
            new AnswerOption("high", 1, LocalizedText.OfEnglish("High")),
            new AnswerOption("mid", 0.5, LocalizedText.OfEnglish("Mid")),
            new AnswerOption("low", 0, LocalizedText.OfEnglish("Low")),
        });
        var indicators = Dimensions.All.Select(d => new Indicator("IND_" + d.ToCode().ToUpperInvariant(), d, LocalizedText.OfEnglish(d.ToCode()))).ToArray();
        var measures = indicators.SelectMany(i => Enumerable.Range(1, 4).Select(n => new Measure($"{i.Code}_{n}", i, scale, LocalizedText.OfEnglish($"{i.Code} {n}"), allowNotApplicable)));
        return Catalog.Create("four", "1", indicators, measures);
    }
}
