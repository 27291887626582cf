using ReintegrationScoring.Analysis.Cohorts;

namespace ReintegrationScoring.Analysis.Sensitivity;

/// <summary>One group of one round, with the number of its surveys.</summary>
internal sealed class GroupCell
{
    public GroupCell(MonitoringRound round, GroupKey key)
    {
        Round = round;
        Key = key;
    }

    public MonitoringRound Round { get; }

    public GroupKey Key { get; }

    public long Surveys { get; set; }
}
