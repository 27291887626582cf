namespace ReintegrationScoring.Report;

/// <summary>
/// The paired change of one score between two rounds, over the whole cohort. Change = later − earlier; figures are
/// null when undefined (no pair, or fewer than two for the interval). Shares are fractions of the pairs.
/// </summary>
/// <param name="From">The earlier round.</param>
/// <param name="To">The later round.</param>
/// <param name="Score">The score.</param>
/// <param name="Pairs">The respondents with the score computed in both rounds.</param>
/// <param name="MeanChange">The mean change.</param>
/// <param name="CiLow">The lower end of the paired 95 % confidence interval of the mean change.</param>
/// <param name="CiHigh">The upper end of that interval.</param>
/// <param name="Improved">The share whose change is above the minimum change.</param>
/// <param name="Declined">The share whose change is below minus the minimum change.</param>
/// <param name="Unchanged">The share of the others.</param>
public sealed record ProgressFigure(
    MonitoringRound From,
    MonitoringRound To,
    ScoreKind Score,
    long Pairs,
    double? MeanChange,
    double? CiLow,
    double? CiHigh,
    double? Improved,
    double? Declined,
    double? Unchanged);
