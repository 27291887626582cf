using System.Collections.Generic;

namespace ReintegrationScoring.Report.Charts;

/// <summary>One row of a dot-and-whisker chart: a label and one point per series.</summary>
internal sealed record IntervalRow(string Label, IReadOnlyList<IntervalPoint> Points);
