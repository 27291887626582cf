using System.Collections.Generic;

namespace ReintegrationScoring.Report.Charts;

/// <summary>One bar of a horizontal bar chart: stacked segments (one per series, in series order) and the text written at its end.</summary>
internal sealed record BarRow(string Label, IReadOnlyList<double> Segments, string ValueText);
