using System.Collections.Generic;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring;

/// <summary>A weight set is invalid; <see cref="Problems"/> lists every problem found.</summary>
public sealed class InvalidWeightSetException : ReintegrationScoringException
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="problems">Every problem found; the message summarizes them.</param>
    public InvalidWeightSetException(IReadOnlyList<WeightSetProblem> problems)
        : base(ProblemText.Summarize("The weight set", problems, p => p.Message))
    {
        Problems = problems;
    }

    /// <summary>Every problem found, in the order found.</summary>
    public IReadOnlyList<WeightSetProblem> Problems { get; }
}
