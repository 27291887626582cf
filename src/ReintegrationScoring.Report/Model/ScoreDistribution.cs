namespace ReintegrationScoring.Report;

/// <summary>
/// The distribution of one score at one round. Figures are null when no survey has the score computed; quartiles are
/// type-7 quantiles.
/// </summary>
/// <param name="Round">The round.</param>
/// <param name="Score">The score.</param>
/// <param name="N">The surveys with the score computed.</param>
/// <param name="Min">The smallest score.</param>
/// <param name="Q1">The first quartile.</param>
/// <param name="Median">The median.</param>
/// <param name="Q3">The third quartile.</param>
/// <param name="Max">The largest score.</param>
/// <param name="Mean">The mean.</param>
public sealed record ScoreDistribution(
    MonitoringRound Round,
    ScoreKind Score,
    long N,
    double? Min,
    double? Q1,
    double? Median,
    double? Q3,
    double? Max,
    double? Mean);
