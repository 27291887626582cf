using System.Collections.Generic;

namespace ReintegrationScoring.Scoring.Engine;

/// <summary>
/// One way of computing scores. The <see cref="ReferenceKernel"/> defines the results; an accelerator computes the same
/// bits faster on some responses or CPUs (docs/performance.md). Callers check arguments and ranges before calling.
/// </summary>
internal abstract class ScoringKernel
{
    /// <summary>The name that forces this kernel (<see cref="KernelFactory"/>).</summary>
    public abstract string Name { get; }

    /// <summary>
    /// The scores of the answers at <paramref name="offset"/>; throws <see cref="InvalidAnswerException"/> for the first
    /// invalid answer in visiting order, with <paramref name="responseIndex"/> (negative: none).
    /// </summary>
    public abstract ScoreSet Score(Answer[] answers, int offset, int responseIndex);

    /// <summary>Scores responses [start, end) of a flat buffer into the destination; stops at the first invalid one.</summary>
    public virtual void ScoreRange(Answer[] answers, int answerOffset, ScoreSet[] destination, int destinationOffset, int start, int end)
    {
        var measureCount = MeasureCount;
        for (var i = start; i < end; i++)
        {
            destination[destinationOffset + i] = Score(answers, answerOffset + (i * measureCount), i);
        }
    }

    /// <summary>Scores responses [start, end) of a list, already checked to be for this engine's catalog.</summary>
    public virtual void ScoreResponses(IReadOnlyList<SurveyResponse> responses, ScoreSet[] destination, int destinationOffset, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            destination[destinationOffset + i] = Score(responses[i].AnswerArray, 0, i);
        }
    }

    /// <summary>Answers per response.</summary>
    protected abstract int MeasureCount { get; }
}
