namespace ReintegrationScoring.Report;

/// <summary>The share of surveys at the initial visit whose score is strictly below the threshold.</summary>
/// <param name="Score">The score.</param>
/// <param name="Scored">The surveys with the score computed (the denominator).</param>
/// <param name="Share">The share strictly below the threshold, a fraction in [0, 1]; null when none is scored.</param>
public sealed record BelowThresholdShare(ScoreKind Score, long Scored, double? Share);
