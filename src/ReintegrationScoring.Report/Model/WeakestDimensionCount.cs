namespace ReintegrationScoring.Report;

/// <summary>How many surveys of a round have this dimension as their weakest (lowest dimension score).</summary>
/// <param name="Round">The round.</param>
/// <param name="Dimension">The dimension.</param>
/// <param name="Surveys">The surveys whose weakest dimension it is.</param>
public sealed record WeakestDimensionCount(MonitoringRound Round, Dimension Dimension, long Surveys);
