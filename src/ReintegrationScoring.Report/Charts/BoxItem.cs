namespace ReintegrationScoring.Report.Charts;

/// <summary>One box of a box plot: five numbers and the mean; all null when there is no data.</summary>
internal sealed record BoxItem(string Label, string SubLabel, double? Min, double? Q1, double? Median, double? Q3, double? Max, double? Mean, SeriesStyle Style);
