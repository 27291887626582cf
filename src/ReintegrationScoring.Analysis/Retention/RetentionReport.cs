using System.Collections.Generic;

namespace ReintegrationScoring.Analysis.Retention;

/// <summary>
/// Attrition of a panel: per round (initial, intermediate, final), how many respondents of the base round were surveyed
/// there. Immutable; built by <see cref="RetentionBuilder"/>.
/// </summary>
public sealed class RetentionReport
{
    internal RetentionReport(MonitoringRound baseRound, int baseRespondents, IReadOnlyList<RetentionRow> rows)
    {
        BaseRound = baseRound;
        BaseRespondents = baseRespondents;
        Rows = rows;
    }

    /// <summary>The round whose respondents are followed.</summary>
    public MonitoringRound BaseRound { get; }

    /// <summary>Respondents surveyed at the base round.</summary>
    public int BaseRespondents { get; }

    /// <summary>One row per round, in chronological order.</summary>
    public IReadOnlyList<RetentionRow> Rows { get; }
}
