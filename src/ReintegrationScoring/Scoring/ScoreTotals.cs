using ReintegrationScoring.Internal;

namespace ReintegrationScoring;

/// <summary>The running sums of one score: Σ_A p·w, Σ_A w and Σ_S w in twice a double's precision, and the count of missing measures.</summary>
internal struct ScoreTotals
{
    public DoubleDouble Points;
    public DoubleDouble Answered;
    public DoubleDouble Applicable;
    public int Missing;
}
