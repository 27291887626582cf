using System;

namespace ReintegrationScoring;

/// <summary>Why two results of one respondent may not be comparable.</summary>
[Flags]
public enum ComparisonIssues
{
    /// <summary>Same catalog, weight set and policy, rounds in order.</summary>
    None = 0,

    /// <summary>The results were computed with different instruments (catalog id, version or measures).</summary>
    DifferentCatalog = 1,

    /// <summary>The results were computed with different weight sets (id, version or weights).</summary>
    DifferentWeightSet = 2,

    /// <summary>The results were computed under different missing-answer policies or minimum coverages.</summary>
    DifferentPolicy = 4,

    /// <summary>The later result's round is not after the earlier one's (a warning; deltas are still given).</summary>
    RoundsNotInOrder = 8,
}
