using System;
using System.Collections.Generic;

namespace ReintegrationScoring.Analysis.Statistics;

/// <summary>
/// Sample quantiles by linear interpolation between order statistics: Hyndman and Fan's type 7, the default of R's
/// <c>quantile</c>, NumPy's <c>percentile</c> and Excel's <c>PERCENTILE.INC</c>. Every quartile and percentile of the
/// analysis package is computed here.
/// </summary>
internal static class Quantiles
{
    /// <summary>The type-7 quantile of <paramref name="sorted"/> at <paramref name="probability"/>.</summary>
    /// <param name="sorted">At least one value, in ascending order (not checked).</param>
    /// <param name="probability">In [0, 1].</param>
    /// <returns>x[j] + g·(x[j+1] − x[j]) with h = (n − 1)·p, j = ⌊h⌋, g = h − j; x[n−1] when p = 1.</returns>
    public static double Type7(IReadOnlyList<double> sorted, double probability)
    {
        if (sorted.Count == 0)
        {
            throw new ArgumentException("At least one value is needed.", nameof(sorted));
        }

        if (!(probability >= 0 && probability <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "A probability in [0, 1].");
        }

        var h = (sorted.Count - 1) * probability;
        var j = (int)Math.Floor(h);
        if (j >= sorted.Count - 1)
        {
            return sorted[sorted.Count - 1];
        }

        var g = h - j;
        var low = sorted[j];
        var high = sorted[j + 1];

        // Equal neighbours give that value exactly, whatever g (no 0 × ∞ or rounding drift).
        return g == 0 || low == high ? low : low + (g * (high - low));
    }
}
