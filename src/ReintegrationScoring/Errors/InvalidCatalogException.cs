using System.Collections.Generic;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring;

/// <summary>A catalog definition is invalid; <see cref="Problems"/> lists every problem found.</summary>
public sealed class InvalidCatalogException : ReintegrationScoringException
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="problems">Every problem found; the message summarizes them.</param>
    public InvalidCatalogException(IReadOnlyList<CatalogProblem> problems)
        : base(ProblemText.Summarize("The catalog", problems, p => p.Message))
    {
        Problems = problems;
    }

    /// <summary>Every problem found, in the order found.</summary>
    public IReadOnlyList<CatalogProblem> Problems { get; }
}
