using System;
using System.Collections.Generic;
using ReintegrationScoring.Internal;
using ReintegrationScoring.Scoring.Engine;

namespace ReintegrationScoring;

/// <summary>Batch scoring: many responses into a caller-provided buffer or a new list, on the calling thread or in parallel.</summary>
public sealed partial class ScoringEngine
{
    /// <summary>Responses of a list checked at a time before they are scored.</summary>
    private const int CheckedChunk = 1024;

    /// <summary>As <see cref="ComputeScoresInto(Answer[], int, ScoreSet[], int, int, BatchOptions)"/>, on the calling thread.</summary>
    /// <param name="answers">The answers: <paramref name="count"/> × the catalog's measure count from the offset on.</param>
    /// <param name="answerOffset">The index in <paramref name="answers"/> of the first response's first answer.</param>
    /// <param name="destination">Receives one <see cref="ScoreSet"/> per response, in the same order.</param>
    /// <param name="destinationOffset">The index in <paramref name="destination"/> of the first response's scores.</param>
    /// <param name="count">How many responses to score.</param>
    /// <exception cref="ArgumentNullException"><paramref name="answers"/> or <paramref name="destination"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An offset is outside its buffer, or <paramref name="count"/> is negative.</exception>
    /// <exception cref="ArgumentException">A buffer is too short for <paramref name="count"/> responses from its offset.</exception>
    /// <exception cref="InvalidAnswerException">An answer is not valid for its measure.</exception>
    public void ComputeScoresInto(Answer[] answers, int answerOffset, ScoreSet[] destination, int destinationOffset, int count) =>
        ComputeScoresInto(answers, answerOffset, destination, destinationOffset, count, BatchOptions.Default);

    /// <summary>
    /// Computes the scores of <paramref name="count"/> responses whose answers lie back to back in a caller-owned buffer
    /// from <paramref name="answerOffset"/> on (one answer per catalog measure, in catalog order, for each response),
    /// writing them to <paramref name="destination"/> from <paramref name="destinationOffset"/> on. Allocates nothing
    /// when sequential.
    /// </summary>
    /// <param name="answers">The answers: <paramref name="count"/> × the catalog's measure count from the offset on.</param>
    /// <param name="answerOffset">The index in <paramref name="answers"/> of the first response's first answer.</param>
    /// <param name="destination">Receives one <see cref="ScoreSet"/> per response, in the same order.</param>
    /// <param name="destinationOffset">The index in <paramref name="destination"/> of the first response's scores.</param>
    /// <param name="count">How many responses to score.</param>
    /// <param name="options">The degree of parallelism.</param>
    /// <remarks>
    /// Ranges: <paramref name="answerOffset"/> in [0, <c>answers.Length</c>], <paramref name="destinationOffset"/> in
    /// [0, <c>destination.Length</c>], <paramref name="count"/> at least 0, with <paramref name="count"/> × the measure
    /// count answers and <paramref name="count"/> score sets available from the offsets. Every response's scores are
    /// bit-identical to <see cref="ComputeScores(Answer[], int)"/> on its answers, whatever the degree of parallelism and
    /// the thread timing. When an answer is invalid the batch stops at the first such response: the scores of the
    /// responses before it are written, those from it on are not; in parallel, the exception is the one for the lowest
    /// response index.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="answers"/>, <paramref name="destination"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An offset is outside its buffer, or <paramref name="count"/> is negative.</exception>
    /// <exception cref="ArgumentException">A buffer is too short for <paramref name="count"/> responses from its offset.</exception>
    /// <exception cref="InvalidAnswerException">
    /// An answer is not valid for its measure; <see cref="InvalidAnswerException.ResponseIndex"/> is the response's position
    /// in the batch (0 = the response at <paramref name="answerOffset"/>).
    /// </exception>
    public void ComputeScoresInto(Answer[] answers, int answerOffset, ScoreSet[] destination, int destinationOffset, int count, BatchOptions options)
    {
        Preconditions.NotNull(options);
        Preconditions.NotNull(answers);
        Preconditions.NotNull(destination);
        CheckOffset(answerOffset, answers.Length, nameof(answerOffset));
        CheckOffset(destinationOffset, destination.Length, nameof(destinationOffset));
        if (count < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "The response count must be at least 0.");
        }

        var measureCount = _tables.MeasureCount;
        var needed = (long)count * measureCount;
        if (needed > answers.Length - answerOffset)
        {
            throw new ArgumentException(
                $"{count} responses need {needed} answers ({measureCount} per response) from offset {answerOffset}; the buffer has {answers.Length - answerOffset} from there.",
                nameof(answers));
        }

        CheckDestination(destination, destinationOffset, count);
        var partitionSize = Partitions.Size(count, options);
        if (partitionSize >= count)
        {
            _kernel.ScoreRange(answers, answerOffset, destination, destinationOffset, 0, count);
            return;
        }

        ScoreAnswersInParallel(answers, answerOffset, destination, destinationOffset, count, partitionSize, options);
    }

    /// <summary>As <see cref="ComputeScoresInto(IReadOnlyList{SurveyResponse}, ScoreSet[], int, BatchOptions)"/>, on the calling thread.</summary>
    /// <param name="responses">The responses, all for this engine's catalog.</param>
    /// <param name="destination">Receives one <see cref="ScoreSet"/> per response.</param>
    /// <param name="destinationOffset">The index in <paramref name="destination"/> of the first response's scores.</param>
    /// <exception cref="ArgumentNullException"><paramref name="responses"/> or <paramref name="destination"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="destinationOffset"/> is outside the destination.</exception>
    /// <exception cref="ArgumentException">A response is null or for a different catalog, or the destination is too short.</exception>
    public void ComputeScoresInto(IReadOnlyList<SurveyResponse> responses, ScoreSet[] destination, int destinationOffset) =>
        ComputeScoresInto(responses, destination, destinationOffset, BatchOptions.Default);

    /// <summary>
    /// Computes the scores of every response of <paramref name="responses"/>, writing them to
    /// <paramref name="destination"/> from <paramref name="destinationOffset"/> on, in the same order. Allocates nothing
    /// when sequential.
    /// </summary>
    /// <param name="responses">The responses, all for this engine's catalog.</param>
    /// <param name="destination">Receives one <see cref="ScoreSet"/> per response.</param>
    /// <param name="destinationOffset">The index in <paramref name="destination"/> of the first response's scores.</param>
    /// <param name="options">The degree of parallelism.</param>
    /// <remarks>
    /// Ranges: <paramref name="destinationOffset"/> in [0, <c>destination.Length</c>], with one score set available from
    /// it per response. Every response's scores are bit-identical to <see cref="ComputeScores(SurveyResponse)"/>, whatever
    /// the degree of parallelism. On a null response or one for another catalog, the scores of the responses before it
    /// are written, those from it on are not; on several, the exception is the one for the lowest index.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="responses"/>, <paramref name="destination"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="destinationOffset"/> is outside the destination.</exception>
    /// <exception cref="ArgumentException">
    /// A response is null or for a different catalog (the message gives its index), or the destination is too short.
    /// </exception>
    public void ComputeScoresInto(IReadOnlyList<SurveyResponse> responses, ScoreSet[] destination, int destinationOffset, BatchOptions options)
    {
        Preconditions.NotNull(options);
        Preconditions.NotNull(responses);
        Preconditions.NotNull(destination);
        CheckOffset(destinationOffset, destination.Length, nameof(destinationOffset));
        var count = responses.Count;
        CheckDestination(destination, destinationOffset, count);
        var partitionSize = Partitions.Size(count, options);
        if (partitionSize >= count)
        {
            ScoreResponses(responses, destination, destinationOffset, 0, count);
            return;
        }

        ScoreResponsesInParallel(responses, destination, destinationOffset, count, partitionSize, options);
    }

    /// <summary>Scores every response of <paramref name="responses"/> into a result that can explain itself.</summary>
    /// <param name="responses">The responses, all for this engine's catalog.</param>
    /// <param name="options">The degree of parallelism; <see cref="BatchOptions.Default"/> (the calling thread) when null.</param>
    /// <returns>One result per response, in the same order; each result's scores are bit-identical to <see cref="Score(SurveyResponse)"/>'s.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="responses"/> is null.</exception>
    /// <exception cref="ArgumentException">A response is null or for a different catalog (the message gives its index).</exception>
    public IReadOnlyList<ScoreResult> Score(IReadOnlyList<SurveyResponse> responses, BatchOptions? options = null)
    {
        Preconditions.NotNull(responses);
        var scores = new ScoreSet[responses.Count];
        ComputeScoresInto(responses, scores, 0, options ?? BatchOptions.Default);
        var results = new ScoreResult[scores.Length];
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = new ScoreResult(this, responses[i], scores[i]);
        }

        return Array.AsReadOnly(results);
    }

    // The parallel paths live in their own methods: a lambda's captured variables are allocated on entry to the method
    // that declares it, which would cost the sequential path an allocation.
    private void ScoreAnswersInParallel(Answer[] answers, int answerOffset, ScoreSet[] destination, int destinationOffset, int count, int partitionSize, BatchOptions options) =>
        Partitions.Run(count, partitionSize, options, (start, end) => _kernel.ScoreRange(answers, answerOffset, destination, destinationOffset, start, end));

    private void ScoreResponsesInParallel(IReadOnlyList<SurveyResponse> responses, ScoreSet[] destination, int destinationOffset, int count, int partitionSize, BatchOptions options) =>
        Partitions.Run(count, partitionSize, options, (start, end) => ScoreResponses(responses, destination, destinationOffset, start, end));

    /// <summary>
    /// Scores responses [start, end) of a list, a chunk at a time: each chunk is checked first, the responses before its
    /// first null or foreign one are scored, and then that one's exception is thrown.
    /// </summary>
    private void ScoreResponses(IReadOnlyList<SurveyResponse> responses, ScoreSet[] destination, int destinationOffset, int start, int end)
    {
        for (var chunk = start; chunk < end; chunk += CheckedChunk)
        {
            var chunkEnd = Math.Min(end, chunk + CheckedChunk);
            var valid = chunk;
            while (valid < chunkEnd && responses[valid] is { } response && IsForCatalog(response))
            {
                valid++;
            }

            _kernel.ScoreResponses(responses, destination, destinationOffset, chunk, valid);
            if (valid < chunkEnd)
            {
                throw responses[valid] is { } foreign
                    ? new ArgumentException($"The response at index {valid} is for catalog {MessageText.Quote(foreign.Catalog.ToString())}, the engine scores catalog {MessageText.Quote(Catalog.ToString())}.", nameof(responses))
                    : new ArgumentException($"The response at index {valid} is null.", nameof(responses));
            }
        }
    }

    private static void CheckOffset(int offset, int length, string paramName)
    {
        if (offset < 0 || offset > length)
        {
            throw new ArgumentOutOfRangeException(paramName, offset, $"The offset must be in [0, {length}], the buffer's length.");
        }
    }

    private static void CheckDestination(ScoreSet[] destination, int destinationOffset, int count)
    {
        if (count > destination.Length - destinationOffset)
        {
            throw new ArgumentException(
                $"{count} responses need {count} score sets from offset {destinationOffset}; the destination has {destination.Length - destinationOffset} from there.",
                nameof(destination));
        }
    }
}
