using ReintegrationScoring.Analysis.Cohorts;

namespace ReintegrationScoring.Analysis.Sensitivity;

/// <summary>
/// The figures of one round, group and score: the nominal mean and rank, and their distribution over the draws
/// (docs/sensitivity.md, "Reading the table"). Every figure is null when the group has no computed score under the nominal
/// weights; percentiles are over the draws in which the group has a computed score (all of them, except under the
/// renormalize policy, where coverage can pass or fail by draw).
/// </summary>
public sealed class SensitivityRow
{
    internal SensitivityRow(MonitoringRound round, GroupKey group, ScoreKind score, long surveys)
    {
        Round = round;
        Group = group;
        Score = score;
        Surveys = surveys;
    }

    /// <summary>The round.</summary>
    public MonitoringRound Round { get; }

    /// <summary>The group: one value per attribute of the request.</summary>
    public GroupKey Group { get; }

    /// <summary>The score.</summary>
    public ScoreKind Score { get; }

    /// <summary>The group's surveys in this round (scored or not).</summary>
    public long Surveys { get; }

    /// <summary>The mean score under the nominal weights, over the surveys with a computed score.</summary>
    public double? Mean { get; internal set; }

    /// <summary>The 5th percentile of the mean over the draws (type 7).</summary>
    public double? MeanP05 { get; internal set; }

    /// <summary>The median of the mean over the draws.</summary>
    public double? MeanMedian { get; internal set; }

    /// <summary>The 95th percentile of the mean over the draws.</summary>
    public double? MeanP95 { get; internal set; }

    /// <summary>The nominal rank among the groups of the round for this score: 1 + the number of groups with a strictly higher mean.</summary>
    public int? Rank { get; internal set; }

    /// <summary>The 5th percentile of the rank over the draws.</summary>
    public double? RankP05 { get; internal set; }

    /// <summary>The median rank over the draws.</summary>
    public double? RankMedian { get; internal set; }

    /// <summary>The 95th percentile of the rank over the draws.</summary>
    public double? RankP95 { get; internal set; }

    /// <summary>The share of all draws in which the group ranks first (ties share the first rank), in [0, 1].</summary>
    public double? TopShare { get; internal set; }

    /// <summary>The draws in which the group has a computed score.</summary>
    public int ComputedDraws { get; internal set; }
}
