namespace ReintegrationScoring;

/// <summary>Whether a weight set's sums must already be 1, or are rescaled to 1 on creation.</summary>
public enum WeightNormalization
{
    /// <summary>Sums must be 1 within <see cref="WeightSet.SumTolerance"/>; otherwise the weight set is rejected. The default.</summary>
    None = 0,

    /// <summary>
    /// Each dimension's dimensional weights are divided by their sum, and the composite weights by theirs. An explicit
    /// opt-in: it turns, say, percentages or raw importance ratings into weights. A zero sum is still rejected.
    /// </summary>
    RescaleToOne = 1,
}
