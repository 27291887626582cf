using ReintegrationScoring.Analysis.Cohorts;

namespace ReintegrationScoring.Analysis.Progress;

/// <summary>One score's paired change for one group of a <see cref="ProgressReport"/>. Immutable.</summary>
/// <remarks>
/// Change is the later score minus the earlier. Improved: change &gt; d; declined: change &lt; −d; unchanged: the
/// rest, where d is the report's minimum change. Means are exact sums over n rounded once; the standard deviation of
/// the change uses n − 1; the interval is mean change ± t(0.975, n − 1)·sd/√n. Figures are null when undefined (no
/// pair; fewer than 2 pairs for the standard deviation and interval).
/// </remarks>
public sealed class ProgressRow
{
    internal ProgressRow(GroupKey group, ScoreKind score, int pairs, double? meanFrom, double? meanTo, Statistics.Moments change, int improved, int declined)
    {
        Group = group;
        Score = score;
        Pairs = pairs;
        MeanFrom = meanFrom;
        MeanTo = meanTo;
        MeanChange = change.Mean;
        StandardDeviationOfChange = change.StandardDeviation;
        ConfidenceLow = change.ConfidenceLow;
        ConfidenceHigh = change.ConfidenceHigh;
        Improved = improved;
        Declined = declined;
        Unchanged = pairs - improved - declined;
    }

    /// <summary>The group: the trimmed attribute values of each pair's earlier survey.</summary>
    public GroupKey Group { get; }

    /// <summary>The score.</summary>
    public ScoreKind Score { get; }

    /// <summary>How many pairs have this score computed in both surveys.</summary>
    public int Pairs { get; }

    /// <summary>The mean score at the earlier round over the pairs; null for no pair.</summary>
    public double? MeanFrom { get; }

    /// <summary>The mean score at the later round over the pairs; null for no pair.</summary>
    public double? MeanTo { get; }

    /// <summary>The mean change; null for no pair.</summary>
    public double? MeanChange { get; }

    /// <summary>The sample standard deviation of the change; null for fewer than 2 pairs.</summary>
    public double? StandardDeviationOfChange { get; }

    /// <summary>The lower end of the paired 95 % t interval of the mean change; null for fewer than 2 pairs.</summary>
    public double? ConfidenceLow { get; }

    /// <summary>The upper end of the paired 95 % t interval of the mean change; null for fewer than 2 pairs.</summary>
    public double? ConfidenceHigh { get; }

    /// <summary>How many pairs changed by more than the minimum change.</summary>
    public int Improved { get; }

    /// <summary>How many pairs changed by less than minus the minimum change.</summary>
    public int Declined { get; }

    /// <summary>The other pairs.</summary>
    public int Unchanged { get; }

    /// <summary>The share of pairs improved; null for no pair.</summary>
    public double? ShareImproved => Share(Improved);

    /// <summary>The share of pairs declined; null for no pair.</summary>
    public double? ShareDeclined => Share(Declined);

    /// <summary>The share of pairs unchanged; null for no pair.</summary>
    public double? ShareUnchanged => Share(Unchanged);

    private double? Share(int count) => Pairs == 0 ? null : (double)count / Pairs;
}
