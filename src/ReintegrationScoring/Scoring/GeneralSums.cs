namespace ReintegrationScoring;

/// <summary>
/// The running sums of the general scoring path between dimensions: each pair's composite lane carries on, its dimension
/// lane restarts; plus every answer code seen, OR-ed, to catch codes beyond the table.
/// </summary>
internal readonly struct GeneralSums
{
    public GeneralSums(PairSum points, PairSum answered, PairSum applicable, PairCount flags, int codes)
    {
        Points = points;
        Answered = answered;
        Applicable = applicable;
        Flags = flags;
        Codes = codes;
    }

    public PairSum Points { get; }

    public PairSum Answered { get; }

    public PairSum Applicable { get; }

    /// <summary>Dimension lane: missing answers of the dimension; composite lane: invalid answers so far.</summary>
    public PairCount Flags { get; }

    public int Codes { get; }
}
