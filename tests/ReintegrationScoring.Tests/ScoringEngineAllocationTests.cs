using System;
using System.Linq;
using System.Runtime.CompilerServices;
using Xunit;

namespace ReintegrationScoring.Tests;

/// <summary>
/// What scoring allocates, counted with <see cref="GC.GetAllocatedBytesForCurrentThread"/>: nothing for the paths that
/// return or write <see cref="ScoreSet"/> values, one <see cref="ScoreResult"/> for <see cref="ScoringEngine.Score(SurveyResponse)"/>.
/// </summary>
public class ScoringEngineAllocationTests
{
    private const int Calls = 1000;

    private static readonly Catalog Rss = RssCatalog.Default;

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.2)]
    public void ComputeScores_Response_AllocatesNothing(double missingShare)
    {
        var engine = ScoringEngine.Default;
        var response = Response(missingShare);
        engine.ComputeScores(response);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Calls; i++)
        {
            engine.ComputeScores(response);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void ComputeScores_AnswerBuffer_AllocatesNothing()
    {
        var engine = ScoringEngine.Default;
        var answers = Answers(4, 0.1);
        engine.ComputeScores(answers, Rss.Measures.Count);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Calls; i++)
        {
            engine.ComputeScores(answers, (i % 4) * Rss.Measures.Count);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.1)]
    public void ComputeScores_SequentialBatch_AllocatesNothing(double missingShare)
    {
        const int Count = 1000;
        var engine = ScoringEngine.Default;
        var answers = Answers(Count, missingShare);
        var responses = Enumerable.Range(0, 100).Select(_ => Response(missingShare)).ToArray();
        var destination = new ScoreSet[Count];
        engine.ComputeScoresInto(answers, 0, destination, 0, Count);
        engine.ComputeScoresInto(responses, destination, 0);

        var before = GC.GetAllocatedBytesForCurrentThread();
        engine.ComputeScoresInto(answers, 0, destination, 0, Count);
        engine.ComputeScoresInto(answers, 0, destination, 0, Count, BatchOptions.Default);
        engine.ComputeScoresInto(responses, destination, 0);

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Score_AllocatesOnlyTheResult()
    {
        var engine = ScoringEngine.Default;
        var response = Response(0.0);
        engine.Score(response);

        var before = GC.GetAllocatedBytesForCurrentThread();
        engine.Score(response);
        var one = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Calls; i++)
        {
            engine.Score(response);
        }

        var many = GC.GetAllocatedBytesForCurrentThread() - before;

        // One object: its header and method table pointer, the engine and response references, and the scores.
        var resultSize = (2 * IntPtr.Size) + (2 * IntPtr.Size) + Unsafe.SizeOf<ScoreSet>();
        Assert.InRange(one, 1, resultSize);
        Assert.Equal(Calls * one, many);
    }

    private static Answer[] Answers(int count, double missingShare)
    {
        var random = new Random(count);
        var answers = new Answer[count * Rss.Measures.Count];
        for (var i = 0; i < answers.Length; i++)
        {
            var measure = Rss.Measures[i % Rss.Measures.Count];
            answers[i] = random.NextDouble() < missingShare ? Answer.Refused : Answer.Option(random.Next(measure.Scale.Options.Count));
        }

        return answers;
    }

    private static SurveyResponse Response(double missingShare) =>
        SurveyResponse.FromAnswers(Rss, new RespondentId("r"), MonitoringRound.Initial, Answers(1, missingShare));
}
