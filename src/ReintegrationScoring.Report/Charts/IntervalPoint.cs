namespace ReintegrationScoring.Report.Charts;

/// <summary>A point with its interval (either end may be missing) and, optionally, a reference value drawn as a hollow diamond.</summary>
internal sealed record IntervalPoint(double? Low, double? Value, double? High, SeriesStyle Style, double? Reference = null);
