namespace ReintegrationScoring;

/// <summary>The running sums of one score: Σ_A p·w, Σ_A w, Σ_S w and the count of missing measures.</summary>
internal struct ScoreTotals
{
    public double Points;
    public double Answered;
    public double Applicable;
    public int Missing;
}
