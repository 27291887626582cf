namespace ReintegrationScoring.Report;

/// <summary>
/// The mean of one score in one group at one round, with its 95 % confidence interval (t interval, not clipped). The
/// mean is null when no survey has the score; the interval is null for fewer than two values.
/// </summary>
/// <param name="Group">The group's value of the attribute (trimmed; may be empty).</param>
/// <param name="Round">The round.</param>
/// <param name="Score">The score.</param>
/// <param name="N">The surveys with the score computed.</param>
/// <param name="Mean">The mean.</param>
/// <param name="CiLow">The interval's lower end.</param>
/// <param name="CiHigh">The interval's upper end.</param>
public sealed record GroupMean(
    string Group,
    MonitoringRound Round,
    ScoreKind Score,
    long N,
    double? Mean,
    double? CiLow,
    double? CiHigh);
