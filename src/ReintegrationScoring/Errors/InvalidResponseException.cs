using System.Collections.Generic;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring;

/// <summary>A survey response has invalid answers; <see cref="Problems"/> lists every one, by measure, never with the answer.</summary>
public sealed class InvalidResponseException : ReintegrationScoringException
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="problems">Every problem found; the message summarizes them.</param>
    public InvalidResponseException(IReadOnlyList<ResponseProblem> problems)
        : base(ProblemText.Summarize("The survey response", problems, p => p.Message))
    {
        Problems = problems;
    }

    /// <summary>Every problem found, in the order found.</summary>
    public IReadOnlyList<ResponseProblem> Problems { get; }
}
