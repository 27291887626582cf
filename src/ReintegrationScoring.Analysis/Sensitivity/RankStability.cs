namespace ReintegrationScoring.Analysis.Sensitivity;

/// <summary>
/// How stable the ranking of the groups of one round is for one score: the mean absolute rank shift from the nominal
/// ranks (COINr's summary of an uncertainty analysis), and the Spearman correlation between the nominal means and each
/// draw's (its median and 5th percentile over the draws). Null where fewer than two groups are ranked.
/// </summary>
public sealed class RankStability
{
    internal RankStability(MonitoringRound round, ScoreKind score, int rankedGroups)
    {
        Round = round;
        Score = score;
        RankedGroups = rankedGroups;
    }

    /// <summary>The round.</summary>
    public MonitoringRound Round { get; }

    /// <summary>The score.</summary>
    public ScoreKind Score { get; }

    /// <summary>The groups ranked under the nominal weights.</summary>
    public int RankedGroups { get; }

    /// <summary>The mean over draws and groups (ranked in both) of |draw rank − nominal rank|.</summary>
    public double? MeanAbsoluteRankShift { get; internal set; }

    /// <summary>The median over the draws of the Spearman correlation (mid-ranks for ties) between nominal and draw means.</summary>
    public double? SpearmanMedian { get; internal set; }

    /// <summary>The 5th percentile over the draws of that correlation.</summary>
    public double? SpearmanP05 { get; internal set; }
}
