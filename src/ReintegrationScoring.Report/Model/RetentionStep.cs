namespace ReintegrationScoring.Report;

/// <summary>One step of the retention funnel: of the respondents surveyed at the first round, how many were surveyed at this one.</summary>
/// <param name="Round">The round; the first step is the first round itself.</param>
/// <param name="Respondents">The respondents of the first round surveyed at this round.</param>
public sealed record RetentionStep(MonitoringRound Round, long Respondents);
