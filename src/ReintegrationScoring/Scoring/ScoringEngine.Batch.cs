using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring;

/// <summary>Batch scoring: many responses into a caller-provided buffer, on the calling thread or in parallel.</summary>
public sealed partial class ScoringEngine
{
    /// <summary>The fewest responses a parallel batch hands to one task: smaller batches run on the calling thread.</summary>
    internal const int MinimumResponsesPerPartition = 4096;

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
    /// <remarks>
    /// Ranges: <paramref name="answerOffset"/> in [0, <c>answers.Length</c>], <paramref name="destinationOffset"/> in
    /// [0, <c>destination.Length</c>], <paramref name="count"/> at least 0, with <paramref name="count"/> × the measure
    /// count answers and <paramref name="count"/> score sets available from the offsets. Every response's scores are
    /// bit-identical to <see cref="ComputeScores(Answer[], int)"/> on its answers. When an answer is invalid the batch
    /// stops at the first such response: the scores of the responses before it are written, those from it on are not.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="answers"/> or <paramref name="destination"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An offset is outside its buffer, or <paramref name="count"/> is negative.</exception>
    /// <exception cref="ArgumentException">A buffer is too short for <paramref name="count"/> responses from its offset.</exception>
    /// <exception cref="InvalidAnswerException">
    /// An answer is not valid for its measure; <see cref="InvalidAnswerException.ResponseIndex"/> is the response's position
    /// in the batch (0 = the response at <paramref name="answerOffset"/>).
    /// </exception>
    public void ComputeScores(Answer[] answers, int answerOffset, ScoreSet[] destination, int destinationOffset, int count) =>
        ComputeScores(answers, answerOffset, destination, destinationOffset, count, BatchOptions.Default);

    /// <summary>
    /// As <see cref="ComputeScores(Answer[], int, ScoreSet[], int, int)"/>, on as many threads as
    /// <paramref name="options"/> allows.
    /// </summary>
    /// <param name="answers">The answers: <paramref name="count"/> × the catalog's measure count from the offset on.</param>
    /// <param name="answerOffset">The index in <paramref name="answers"/> of the first response's first answer.</param>
    /// <param name="destination">Receives one <see cref="ScoreSet"/> per response, in the same order.</param>
    /// <param name="destinationOffset">The index in <paramref name="destination"/> of the first response's scores.</param>
    /// <param name="count">How many responses to score.</param>
    /// <param name="options">The degree of parallelism.</param>
    /// <remarks>
    /// The scores are bit-identical to sequential scoring whatever the degree of parallelism and the thread timing, and so
    /// is the exception: on invalid answers, the one for the lowest response index is thrown.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="answers"/>, <paramref name="destination"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An offset is outside its buffer, or <paramref name="count"/> is negative.</exception>
    /// <exception cref="ArgumentException">A buffer is too short for <paramref name="count"/> responses from its offset.</exception>
    /// <exception cref="InvalidAnswerException">
    /// An answer is not valid for its measure; <see cref="InvalidAnswerException.ResponseIndex"/> is the response's position
    /// in the batch (0 = the response at <paramref name="answerOffset"/>).
    /// </exception>
    public void ComputeScores(Answer[] answers, int answerOffset, ScoreSet[] destination, int destinationOffset, int count, BatchOptions options)
    {
        Preconditions.NotNull(answers, nameof(answers));
        Preconditions.NotNull(destination, nameof(destination));
        Preconditions.NotNull(options, nameof(options));
        CheckOffset(answerOffset, answers.Length, nameof(answerOffset));
        CheckOffset(destinationOffset, destination.Length, nameof(destinationOffset));
        if (count < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "The response count must be at least 0.");
        }

        var measureCount = _table.MeasureCount;
        var needed = (long)count * measureCount;
        if (needed > answers.Length - answerOffset)
        {
            throw new ArgumentException(
                $"{count} responses need {needed} answers ({measureCount} per response) from offset {answerOffset}; the buffer has {answers.Length - answerOffset} from there.",
                nameof(answers));
        }

        CheckDestination(destination, destinationOffset, count);
        var partitionSize = PartitionSize(count, options);
        if (partitionSize >= count)
        {
            ScoreAnswers(answers, answerOffset, destination, destinationOffset, 0, count);
            return;
        }

        ScoreAnswersInParallel(answers, answerOffset, destination, destinationOffset, count, partitionSize, options);
    }

    /// <summary>
    /// Computes the scores of every response of <paramref name="responses"/>, writing them to
    /// <paramref name="destination"/> from <paramref name="destinationOffset"/> on, in the same order. Allocates nothing
    /// when sequential.
    /// </summary>
    /// <param name="responses">The responses, all for this engine's catalog.</param>
    /// <param name="destination">Receives one <see cref="ScoreSet"/> per response.</param>
    /// <param name="destinationOffset">The index in <paramref name="destination"/> of the first response's scores.</param>
    /// <remarks>
    /// Ranges: <paramref name="destinationOffset"/> in [0, <c>destination.Length</c>], with one score set available from
    /// it per response. Every response's scores are bit-identical to <see cref="ComputeScores(SurveyResponse)"/>.
    /// Responses are checked as they are scored: on a null response or one for another catalog, the scores of the responses before it are written,
    /// those from it on are not.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="responses"/> or <paramref name="destination"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="destinationOffset"/> is outside the destination.</exception>
    /// <exception cref="ArgumentException">
    /// A response is null or for a different catalog (the message gives its index), or the destination is too short.
    /// </exception>
    public void ComputeScores(IReadOnlyList<SurveyResponse> responses, ScoreSet[] destination, int destinationOffset) =>
        ComputeScores(responses, destination, destinationOffset, BatchOptions.Default);

    /// <summary>
    /// As <see cref="ComputeScores(IReadOnlyList{SurveyResponse}, ScoreSet[], int)"/>, on as many threads as
    /// <paramref name="options"/> allows; the scores are bit-identical to sequential scoring.
    /// </summary>
    /// <param name="responses">The responses, all for this engine's catalog.</param>
    /// <param name="destination">Receives one <see cref="ScoreSet"/> per response.</param>
    /// <param name="destinationOffset">The index in <paramref name="destination"/> of the first response's scores.</param>
    /// <param name="options">The degree of parallelism.</param>
    /// <remarks>On several null or foreign responses, the exception is the one for the lowest index, whatever the timing.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="responses"/>, <paramref name="destination"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="destinationOffset"/> is outside the destination.</exception>
    /// <exception cref="ArgumentException">
    /// A response is null or for a different catalog (the message gives its index), or the destination is too short.
    /// </exception>
    public void ComputeScores(IReadOnlyList<SurveyResponse> responses, ScoreSet[] destination, int destinationOffset, BatchOptions options)
    {
        Preconditions.NotNull(responses, nameof(responses));
        Preconditions.NotNull(destination, nameof(destination));
        Preconditions.NotNull(options, nameof(options));
        CheckOffset(destinationOffset, destination.Length, nameof(destinationOffset));
        var count = responses.Count;
        CheckDestination(destination, destinationOffset, count);
        var partitionSize = PartitionSize(count, options);
        if (partitionSize >= count)
        {
            ScoreResponses(responses, destination, destinationOffset, 0, count);
            return;
        }

        ScoreResponsesInParallel(responses, destination, destinationOffset, count, partitionSize, options);
    }

    /// <summary>Responses per task: the whole batch when sequential or small, else about four tasks per thread.</summary>
    private static int PartitionSize(int count, BatchOptions options)
    {
        var degree = options.MaxDegreeOfParallelism;
        if (degree == 1 || count <= MinimumResponsesPerPartition)
        {
            return count;
        }

        var tasks = 4L * degree;
        return (int)Math.Max(MinimumResponsesPerPartition, (count + tasks - 1) / tasks);
    }

    // The parallel paths live in their own methods: a lambda's captured variables are allocated on entry to the method
    // that declares it, which would cost the sequential path an allocation.
    private void ScoreAnswersInParallel(Answer[] answers, int answerOffset, ScoreSet[] destination, int destinationOffset, int count, int partitionSize, BatchOptions options) =>
        ForEachPartition(count, partitionSize, options, (start, end) => ScoreAnswers(answers, answerOffset, destination, destinationOffset, start, end));

    private void ScoreResponsesInParallel(IReadOnlyList<SurveyResponse> responses, ScoreSet[] destination, int destinationOffset, int count, int partitionSize, BatchOptions options) =>
        ForEachPartition(count, partitionSize, options, (start, end) => ScoreResponses(responses, destination, destinationOffset, start, end));

    /// <summary>
    /// Runs <paramref name="score"/> over consecutive partitions in parallel. On an invalid answer or response, every lower
    /// partition still completes (<see cref="ParallelLoopState.Break"/>), so the exception rethrown is the batch's first,
    /// whatever the timing.
    /// </summary>
    private static void ForEachPartition(int count, int partitionSize, BatchOptions options, Action<int, int> score)
    {
        var partitions = (count + partitionSize - 1) / partitionSize;
        var failures = new Exception?[partitions];
        Parallel.For(
            0,
            partitions,
            new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism },
            (partition, state) =>
            {
                var start = partition * partitionSize;
                try
                {
                    score(start, Math.Min(count, start + partitionSize));
                }
                catch (Exception e) when (e is InvalidAnswerException or ArgumentException)
                {
                    failures[partition] = e;
                    state.Break();
                }
            });

        foreach (var failure in failures)
        {
            if (failure is not null)
            {
                ExceptionDispatchInfo.Capture(failure).Throw();
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

    /// <summary>Scores responses [start, end) of a flat buffer whose bounds the caller checked.</summary>
    private void ScoreAnswers(Answer[] answers, int answerOffset, ScoreSet[] destination, int destinationOffset, int start, int end)
    {
        unchecked
        {
#if NET
            if (_lanes is { } lanes)
            {
                start = ScoreLanes(lanes, answers, answerOffset, destination, destinationOffset, start, end);
            }
#endif
            var measureCount = _table.MeasureCount;
            for (int i = start, offset = answerOffset + (start * measureCount); i < end; i++, offset += measureCount)
            {
                UncheckedArray.At(destination, destinationOffset + i) = Compute(answers, offset, i);
            }
        }
    }

    /// <summary>Scores responses [start, end) of a list, checking each as it comes.</summary>
    private void ScoreResponses(IReadOnlyList<SurveyResponse> responses, ScoreSet[] destination, int destinationOffset, int start, int end)
    {
        unchecked
        {
#if NET
            if (_lanes is { } lanes)
            {
                start = ScoreLanes(lanes, responses, destination, destinationOffset, start, end);
            }
#endif
            for (var i = start; i < end; i++)
            {
                UncheckedArray.At(destination, destinationOffset + i) = Compute(CheckedAnswers(responses, i, destination, destinationOffset, i), 0, i);
            }
        }
    }

    /// <summary>
    /// The answers of the response at <paramref name="index"/>, or, when it is null or for another catalog, an exception
    /// naming the index, after scoring the responses from <paramref name="scored"/> to it one at a time (so that, as on
    /// the answer-buffer path, every response before the offending one is written).
    /// </summary>
    private Answer[] CheckedAnswers(IReadOnlyList<SurveyResponse> responses, int index, ScoreSet[] destination, int destinationOffset, int scored)
    {
        var response = responses[index];
        if (response is not null && IsForCatalog(response))
        {
            return response.AnswerArray;
        }

        for (var i = scored; i < index; i++)
        {
            destination[destinationOffset + i] = Compute(responses[i].AnswerArray, 0, i);
        }

        throw response is null
            ? new ArgumentException($"The response at index {index} is null.", nameof(responses))
            : new ArgumentException($"The response at index {index} is for catalog '{response.Catalog}', the engine scores catalog '{Catalog}'.", nameof(responses));
    }
}
