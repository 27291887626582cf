namespace ReintegrationScoring.Analysis.Sensitivity;

/// <summary>
/// How far one survey's score moves under the drawn weights: the 5th and 95th percentiles (type 7) over the draws in
/// which the score is computed. Both null when it is computed in none.
/// </summary>
/// <param name="Score">The score.</param>
/// <param name="P05">The 5th percentile.</param>
/// <param name="P95">The 95th percentile.</param>
/// <param name="ComputedDraws">The draws in which the score is computed.</param>
public readonly record struct RespondentInterval(ScoreKind Score, double? P05, double? P95, int ComputedDraws);
