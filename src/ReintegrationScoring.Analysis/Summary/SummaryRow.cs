using ReintegrationScoring.Analysis.Cohorts;
using ReintegrationScoring.Analysis.Statistics;

namespace ReintegrationScoring.Analysis.Summary;

/// <summary>One score's figures for one round and group of a <see cref="CohortSummary"/>. Immutable.</summary>
public sealed class SummaryRow
{
    internal SummaryRow(MonitoringRound round, GroupKey group, ScoreKind score, int surveys, ScoreStatistics statistics)
    {
        Round = round;
        Group = group;
        Score = score;
        Surveys = surveys;
        Statistics = statistics;
    }

    /// <summary>The monitoring round.</summary>
    public MonitoringRound Round { get; }

    /// <summary>The group: the trimmed values of the summary's attributes.</summary>
    public GroupKey Group { get; }

    /// <summary>The score summarized.</summary>
    public ScoreKind Score { get; }

    /// <summary>How many surveys the round and group hold (duplicates included), scored or not.</summary>
    public int Surveys { get; }

    /// <summary>The figures over the surveys whose <see cref="Score"/> was computed.</summary>
    public ScoreStatistics Statistics { get; }
}
