namespace ReintegrationScoring.Scoring.Engine;

/// <summary>The running sums of the four scores of one response.</summary>
internal struct ResponseTotals
{
    public ScoreTotals Economic;
    public ScoreTotals Social;
    public ScoreTotals Psychosocial;
    public ScoreTotals Composite;

    /// <summary>The sums of <paramref name="dimension"/>'s score in <paramref name="totals"/>.</summary>
    public static ref ScoreTotals Of(ref ResponseTotals totals, Dimension dimension)
    {
        switch (dimension)
        {
            case Dimension.Economic:
                return ref totals.Economic;
            case Dimension.Social:
                return ref totals.Social;
            default:
                return ref totals.Psychosocial;
        }
    }
}
