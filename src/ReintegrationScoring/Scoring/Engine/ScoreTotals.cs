using ReintegrationScoring.Internal;

namespace ReintegrationScoring.Scoring.Engine;

/// <summary>The running sums of one score: Σ_A p·w, Σ_A w and Σ_S w in twice a double's precision, and the missing count.</summary>
internal struct ScoreTotals
{
    public DoubleDouble Points;
    public DoubleDouble Answered;
    public DoubleDouble Applicable;
    public int Missing;

    /// <summary>Adds one measure's terms: a product with its error, two weights (0 where the sum leaves it out), a flag.</summary>
    public void Add(DoubleDouble points, double answered, double applicable, bool missing)
    {
        Points = Points.Plus(points);
        Answered = Answered.Plus(answered);
        Applicable = Applicable.Plus(applicable);
        Missing += missing ? 1 : 0;
    }
}
