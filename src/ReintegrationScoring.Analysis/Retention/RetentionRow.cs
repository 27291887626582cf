namespace ReintegrationScoring.Analysis.Retention;

/// <summary>How many respondents of the base round were surveyed again at one round. Immutable.</summary>
public sealed class RetentionRow
{
    internal RetentionRow(MonitoringRound round, int respondents, int fromBase, int baseRespondents)
    {
        Round = round;
        Respondents = respondents;
        FromBase = fromBase;
        Share = baseRespondents == 0 ? null : (double)fromBase / baseRespondents;
    }

    /// <summary>The round.</summary>
    public MonitoringRound Round { get; }

    /// <summary>Respondents surveyed at this round (once or more).</summary>
    public int Respondents { get; }

    /// <summary>Of them, respondents also surveyed at the base round.</summary>
    public int FromBase { get; }

    /// <summary><see cref="FromBase"/> over the respondents of the base round; null when the base round has none.</summary>
    public double? Share { get; }
}
