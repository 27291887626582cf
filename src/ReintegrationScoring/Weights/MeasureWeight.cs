namespace ReintegrationScoring;

/// <summary>
/// The two weights of one measure: its dimensional weight (for its dimension's score) and its composite weight (for the
/// composite score). The composite is not a mean of the dimension scores, so both are stored.
/// </summary>
/// <param name="MeasureCode">The measure's code.</param>
/// <param name="Dimensional">The weight in its dimension's score; finite and at least 0.</param>
/// <param name="Composite">The weight in the composite score; finite and at least 0.</param>
/// <remarks>Values are checked when a <see cref="WeightSet"/> is created; <c>default</c> has no measure code and is rejected there.</remarks>
public readonly record struct MeasureWeight(string MeasureCode, double Dimensional, double Composite);
