using ReintegrationScoring.Internal;

namespace ReintegrationScoring;

/// <summary>An answer is not valid for its measure. The message names the measure and the reason, never the answer.</summary>
public sealed class InvalidAnswerException : ReintegrationScoringException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="measureCode">The code of the measure the answer was for.</param>
    /// <param name="problem">Why the answer is invalid.</param>
    public InvalidAnswerException(string measureCode, AnswerProblem problem)
        : this(measureCode, problem, null)
    {
    }

    /// <summary>Creates the exception for the response at <paramref name="responseIndex"/> of a batch.</summary>
    /// <param name="measureCode">The code of the measure the answer was for.</param>
    /// <param name="problem">Why the answer is invalid.</param>
    /// <param name="responseIndex">The zero-based position of the response in the batch, or null when it is not from a batch.</param>
    public InvalidAnswerException(string measureCode, AnswerProblem problem, int? responseIndex)
        : base((responseIndex is null ? string.Empty : $"Response {responseIndex}: ") + Describe(measureCode, problem))
    {
        MeasureCode = measureCode;
        Problem = problem;
        ResponseIndex = responseIndex;
    }

    /// <summary>The code of the measure the answer was for.</summary>
    public string MeasureCode { get; }

    /// <summary>Why the answer is invalid.</summary>
    public AnswerProblem Problem { get; }

    /// <summary>The zero-based position of the response in a batch, when the answer came from one.</summary>
    public int? ResponseIndex { get; }

    internal static string Describe(string measureCode, AnswerProblem problem) => problem switch
    {
        AnswerProblem.NotApplicableNotAllowed => $"Measure {MessageText.Quote(measureCode)} does not allow not_applicable.",
        AnswerProblem.OptionOutOfRange => $"The answer to measure {MessageText.Quote(measureCode)} chooses an option beyond its scale.",
        _ => $"The answer to measure {MessageText.Quote(measureCode)} is not one of its option keys, nor dont_know, refused or not_applicable.",
    };
}
