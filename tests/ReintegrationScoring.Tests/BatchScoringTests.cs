using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace ReintegrationScoring.Tests;

/// <summary>Batch scoring's arguments, errors and partial results, on the built-in catalog.</summary>
public class BatchScoringTests
{
    private static readonly Catalog Rss = RssCatalog.Default;
    private static readonly int M = Rss.Measures.Count;
    private static readonly int School = Rss.IndexOf("SOC_SCHOOL_ATTENDANCE");
    private static readonly int Belonging = Rss.IndexOf("PSY_BELONGING");

    [Fact]
    public void ComputeScores_MixedCohort_EqualsEachResponseScoredAlone()
    {
        var answers = Cohort(1000, seed: 1, missingShare: 0.05);
        var scores = new ScoreSet[1000];

        ScoringEngine.Default.ComputeScoresInto(answers, 0, scores, 0, 1000);

        Assert.Contains(scores, s => s.IsComplete);
        Assert.Contains(scores, s => !s.IsComplete);
        for (var i = 0; i < 1000; i++)
        {
            Assert.True(ScoringEngine.Default.ComputeScores(answers, i * M) == scores[i], $"response {i}");
        }
    }

    [Fact]
    public void ComputeScores_ZeroCount_WritesNothing()
    {
        var destination = new ScoreSet[1];

        ScoringEngine.Default.ComputeScoresInto(new Answer[M], M, destination, 1, 0);

        Assert.Equal(default, destination[0]);
    }

    [Fact]
    public void ComputeScores_InvalidAnswer_NamesResponseIndexAndMeasureButNotTheAnswer()
    {
        var answers = Cohort(40, seed: 2, missingShare: 0);
        answers[(17 * M) + Belonging] = Answer.Option(7);

        var error = Assert.Throws<InvalidAnswerException>(() => ScoringEngine.Default.ComputeScoresInto(answers, 0, new ScoreSet[40], 0, 40));

        Assert.Equal(17, error.ResponseIndex);
        Assert.Equal("PSY_BELONGING", error.MeasureCode);
        Assert.Equal(AnswerProblem.OptionOutOfRange, error.Problem);
        Assert.Contains("Response 17", error.Message, StringComparison.Ordinal);
        Assert.Contains("PSY_BELONGING", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Answer.Option(7).ToString(), error.Message, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\b7\b", error.Message);
    }

    [Theory]
    [InlineData(251)]
    [InlineData(12)]
    public void ComputeScores_OptionBeyondEveryScale_IsReportedNotMasked(int optionIndex)
    {
        var answers = Cohort(16, seed: 3, missingShare: 0);
        answers[(9 * M) + 2] = Answer.Option(optionIndex);

        var error = Assert.Throws<InvalidAnswerException>(() => ScoringEngine.Default.ComputeScoresInto(answers, 0, new ScoreSet[16], 0, 16));

        Assert.Equal(9, error.ResponseIndex);
        Assert.Equal(Rss.Measures[2].Code, error.MeasureCode);
        Assert.Equal(AnswerProblem.OptionOutOfRange, error.Problem);
    }

    [Fact]
    public void ComputeScores_NotApplicableWhereNotAllowed_NamesTheMeasure()
    {
        var answers = Cohort(16, seed: 4, missingShare: 0.2);
        answers[(3 * M) + Belonging] = Answer.NotApplicable;

        var error = Assert.Throws<InvalidAnswerException>(() => ScoringEngine.Default.ComputeScoresInto(answers, 0, new ScoreSet[16], 0, 16));

        Assert.Equal(3, error.ResponseIndex);
        Assert.Equal("PSY_BELONGING", error.MeasureCode);
        Assert.Equal(AnswerProblem.NotApplicableNotAllowed, error.Problem);
    }

    [Fact]
    public void ComputeScores_InvalidAnswer_WritesTheResponsesBeforeItAndNoneFromIt()
    {
        var answers = Cohort(40, seed: 5, missingShare: 0.02);
        answers[(21 * M) + Belonging] = Answer.NotApplicable;
        var destination = new ScoreSet[40];

        Assert.Throws<InvalidAnswerException>(() => ScoringEngine.Default.ComputeScoresInto(answers, 0, destination, 0, 40));

        for (var i = 0; i < 21; i++)
        {
            Assert.True(ScoringEngine.Default.ComputeScores(answers, i * M) == destination[i], $"response {i}");
        }

        Assert.All(destination.Skip(21), s => Assert.Equal(default, s));
    }

    [Fact]
    public void ComputeScores_ParallelWithInvalidAnswersInSeveralPartitions_ReportsTheFirst()
    {
        const int Count = 40_000;
        var answers = Cohort(Count, seed: 6, missingShare: 0.01);
        answers[(31_000 * M) + Belonging] = Answer.NotApplicable;
        answers[(9_001 * M) + School] = Answer.Option(3);
        answers[(9_000 * M) + 5] = Answer.Option(200);
        var options = new BatchOptions { MaxDegreeOfParallelism = 4 };

        for (var run = 0; run < 5; run++)
        {
            var destination = new ScoreSet[Count];
            var error = Assert.Throws<InvalidAnswerException>(() => ScoringEngine.Default.ComputeScoresInto(answers, 0, destination, 0, Count, options));

            Assert.Equal(9_000, error.ResponseIndex);
            Assert.Equal(Rss.Measures[5].Code, error.MeasureCode);
            Assert.True(ScoringEngine.Default.ComputeScores(answers, 8_999 * M) == destination[8_999]);
        }
    }

    [Fact]
    public void ComputeScores_ParallelLargeCohort_EqualsSequential()
    {
        const int Count = 50_003;
        var answers = Cohort(Count, seed: 7, missingShare: 0.03);
        var sequential = new ScoreSet[Count];
        var parallel = new ScoreSet[Count];

        ScoringEngine.Default.ComputeScoresInto(answers, 0, sequential, 0, Count);
        ScoringEngine.Default.ComputeScoresInto(answers, 0, parallel, 0, Count, new BatchOptions { MaxDegreeOfParallelism = 2 });

        Assert.True(sequential.SequenceEqual(parallel));
    }

    [Fact]
    public void ComputeScores_NullArguments_ThrowArgumentNullNamingThem()
    {
        var engine = ScoringEngine.Default;
        var scores = new ScoreSet[1];
        var answers = new Answer[M];

        Assert.Equal("answers", Assert.Throws<ArgumentNullException>(() => engine.ComputeScoresInto(null!, 0, scores, 0, 1)).ParamName);
        Assert.Equal("destination", Assert.Throws<ArgumentNullException>(() => engine.ComputeScoresInto(answers, 0, null!, 0, 1)).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => engine.ComputeScoresInto(answers, 0, scores, 0, 1, null!)).ParamName);
        Assert.Equal("responses", Assert.Throws<ArgumentNullException>(() => engine.ComputeScoresInto((IReadOnlyList<SurveyResponse>)null!, scores, 0)).ParamName);
        Assert.Equal("destination", Assert.Throws<ArgumentNullException>(() => engine.ComputeScoresInto(Array.Empty<SurveyResponse>(), null!, 0)).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => engine.ComputeScoresInto(Array.Empty<SurveyResponse>(), scores, 0, null!)).ParamName);
    }

    [Theory]
    [InlineData(-1, 0, 1, "answerOffset")]
    [InlineData(61, 0, 0, "answerOffset")]
    [InlineData(0, -1, 1, "destinationOffset")]
    [InlineData(0, 3, 0, "destinationOffset")]
    [InlineData(0, 0, -1, "count")]
    public void ComputeScores_OffsetOrCountOutOfRange_ThrowsNamingIt(int answerOffset, int destinationOffset, int count, string paramName)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            ScoringEngine.Default.ComputeScoresInto(new Answer[2 * M], answerOffset, new ScoreSet[2], destinationOffset, count));

        Assert.Equal(paramName, error.ParamName);
    }

    [Fact]
    public void ComputeScores_AnswerBufferTooShort_SaysWhatIsNeeded()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            ScoringEngine.Default.ComputeScoresInto(new Answer[(3 * M) - 1], 1, new ScoreSet[3], 0, 3));

        Assert.Equal("answers", error.ParamName);
        Assert.Contains("3 responses need 90 answers (30 per response) from offset 1; the buffer has 88 from there.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ComputeScores_DestinationTooShort_SaysWhatIsNeeded()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            ScoringEngine.Default.ComputeScoresInto(new Answer[3 * M], 0, new ScoreSet[3], 1, 3));

        Assert.Equal("destination", error.ParamName);
        Assert.Contains("3 responses need 3 score sets from offset 1; the destination has 2 from there.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4, 2)]
    [InlineData(40, 13)]
    [InlineData(40, 0)]
    [InlineData(40, 39)]
    public void ComputeScores_ResponseListWithNull_NamesItsIndexAndWritesTheResponsesBeforeIt(int count, int nullAt)
    {
        var responses = Enumerable.Range(0, count).Select(i => i == nullAt ? null! : Response(i)).ToList();
        var destination = new ScoreSet[count];

        var error = Assert.Throws<ArgumentException>(() => ScoringEngine.Default.ComputeScoresInto(responses, destination, 0));

        Assert.Equal("responses", error.ParamName);
        Assert.Contains($"The response at index {nullAt} is null.", error.Message, StringComparison.Ordinal);
        for (var i = 0; i < nullAt; i++)
        {
            Assert.True(ScoringEngine.Default.ComputeScores(responses[i]) == destination[i], $"response {i}");
        }

        Assert.All(destination.Skip(nullAt), s => Assert.Equal(default, s));
    }

    [Fact]
    public void ComputeScores_ParallelResponseListWithNulls_ReportsTheFirst()
    {
        const int Count = 20_000;
        var template = Enumerable.Range(0, 64).Select(Response).ToArray();
        var responses = Enumerable.Range(0, Count).Select(i => template[i % 64]).ToArray();
        responses[17_003] = null!;
        responses[5_001] = null!;
        var options = new BatchOptions { MaxDegreeOfParallelism = 3 };

        for (var run = 0; run < 5; run++)
        {
            var error = Assert.Throws<ArgumentException>(() => ScoringEngine.Default.ComputeScoresInto(responses, new ScoreSet[Count], 0, options));

            Assert.Contains("The response at index 5001 is null.", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ComputeScores_ResponseList_EqualsTheAnswerBuffer()
    {
        const int Count = 1003;
        var answers = Cohort(Count, seed: 8, missingShare: 0.02);
        var responses = Enumerable.Range(0, Count)
            .Select(i => SurveyResponse.FromAnswers(Rss, new RespondentId($"r{i}"), MonitoringRound.Initial, new ArraySegment<Answer>(answers, i * M, M)))
            .ToList();
        var fromBuffer = new ScoreSet[Count];
        var fromList = new ScoreSet[Count];

        ScoringEngine.Default.ComputeScoresInto(answers, 0, fromBuffer, 0, Count);
        ScoringEngine.Default.ComputeScoresInto(responses, fromList, 0);

        Assert.True(fromBuffer.SequenceEqual(fromList));
    }

    [Fact]
    public void ComputeScores_ResponseListWithOtherCatalog_NamesItsIndex()
    {
        var other = Catalog.Create(
            "other",
            "1",
            Dimensions.All.Select(d => new Indicator($"IND_{d.ToCode().ToUpperInvariant()}", d, LocalizedText.OfEnglish(d.ToCode()))),
            Dimensions.All.Select(d => new Measure($"M_{d.ToCode().ToUpperInvariant()}", new Indicator($"IND_{d.ToCode().ToUpperInvariant()}", d, LocalizedText.OfEnglish(d.ToCode())), Rss.Measures[0].Scale, LocalizedText.OfEnglish("m"))));
        var foreign = SurveyResponse.FromAnswers(other, new RespondentId("x"), MonitoringRound.Initial, new Answer[3]);
        var responses = new[] { Response(1), foreign };

        var error = Assert.Throws<ArgumentException>(() => ScoringEngine.Default.ComputeScoresInto(responses, new ScoreSet[2], 0));

        Assert.Equal("responses", error.ParamName);
        Assert.Contains("The response at index 1 is for catalog 'other 1'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ComputeScores_ResponseListDestinationTooShort_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => ScoringEngine.Default.ComputeScoresInto(new[] { Response(1), Response(2) }, new ScoreSet[2], 1));

        Assert.Equal("destination", error.ParamName);
    }

    [Fact]
    public void ComputeScores_SingleBufferTooShortAtOffset_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ScoringEngine.Default.ComputeScores(new Answer[M + 5], 6));

        Assert.Equal("offset", error.ParamName);
        Assert.Equal(ScoringEngine.Default.ComputeScores(new Answer[M + 5], 5), ScoringEngine.Default.ComputeScores(new Answer[M]));
    }

    /// <summary>Random valid answers for the built-in catalog; a share of them missing, some not_applicable where allowed.</summary>
    private static Answer[] Cohort(int count, int seed, double missingShare)
    {
        var random = new Random(seed);
        var answers = new Answer[count * M];
        for (var i = 0; i < answers.Length; i++)
        {
            var measure = Rss.Measures[i % M];
            answers[i] = random.NextDouble() < missingShare
                ? (measure.AllowsNotApplicable && random.Next(2) == 0 ? Answer.NotApplicable : Answer.DontKnow)
                : Answer.Option(random.Next(measure.Scale.Options.Count));
        }

        return answers;
    }

    private static SurveyResponse Response(int seed) =>
        SurveyResponse.FromAnswers(Rss, new RespondentId($"r{seed}"), MonitoringRound.Initial, Cohort(1, seed, 0.1));
}
