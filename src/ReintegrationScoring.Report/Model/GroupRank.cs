namespace ReintegrationScoring.Report;

/// <summary>
/// A group's rank among the groups of its round and score (1 = highest mean), nominal and under the weight draws.
/// Figures are null for a group without a computed score.
/// </summary>
/// <param name="Group">The group's value of the attribute.</param>
/// <param name="Round">The round.</param>
/// <param name="Score">The score.</param>
/// <param name="NominalRank">The rank under the nominal weights.</param>
/// <param name="RankP05">The 5th percentile of the rank over the draws.</param>
/// <param name="RankMedian">The median rank over the draws.</param>
/// <param name="RankP95">The 95th percentile of the rank over the draws.</param>
/// <param name="TopShare">The share of draws in which the group ranks first.</param>
public sealed record GroupRank(
    string Group,
    MonitoringRound Round,
    ScoreKind Score,
    int? NominalRank,
    double? RankP05,
    double? RankMedian,
    double? RankP95,
    double? TopShare);
