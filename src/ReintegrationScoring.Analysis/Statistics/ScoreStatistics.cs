using System.Collections.Generic;

namespace ReintegrationScoring.Analysis.Statistics;

/// <summary>
/// The distribution of one score over a group of surveys: how many were scored, mean, sample standard deviation, 95 %
/// confidence interval of the mean, minimum, quartiles, maximum and the share below a threshold. Immutable.
/// </summary>
/// <remarks>
/// Definitions (docs/analysis.md): the mean is the exact sum over n rounded once; the standard deviation uses n − 1;
/// the interval is mean ± t(0.975, n − 1)·sd/√n, not clipped to [0, 1]; quartiles are type 7 (linear interpolation
/// between order statistics). Figures that are undefined are null: all of them for no value, the standard deviation
/// and the interval for one value, the share without a threshold.
/// </remarks>
public sealed class ScoreStatistics
{
    internal ScoreStatistics(int count, Moments moments, IReadOnlyList<double> sorted, double? threshold)
    {
        Count = count;
        Mean = moments.Mean;
        StandardDeviation = moments.StandardDeviation;
        ConfidenceLow = moments.ConfidenceLow;
        ConfidenceHigh = moments.ConfidenceHigh;
        if (count == 0)
        {
            return;
        }

        Minimum = sorted[0];
        FirstQuartile = Quantiles.Type7(sorted, 0.25);
        Median = Quantiles.Type7(sorted, 0.5);
        ThirdQuartile = Quantiles.Type7(sorted, 0.75);
        Maximum = sorted[count - 1];
        if (threshold is { } t)
        {
            CountBelow = CountStrictlyBelow(sorted, t);
            ShareBelow = (double)CountBelow / count;
        }
    }

    /// <summary>How many values (surveys whose score was computed).</summary>
    public int Count { get; }

    /// <summary>The mean; null for no value.</summary>
    public double? Mean { get; }

    /// <summary>The sample standard deviation (n − 1); null for fewer than 2 values.</summary>
    public double? StandardDeviation { get; }

    /// <summary>The lower end of the 95 % t interval of the mean; null for fewer than 2 values.</summary>
    public double? ConfidenceLow { get; }

    /// <summary>The upper end of the 95 % t interval of the mean; null for fewer than 2 values.</summary>
    public double? ConfidenceHigh { get; }

    /// <summary>The smallest value; null for no value.</summary>
    public double? Minimum { get; }

    /// <summary>The first quartile (type 7); null for no value.</summary>
    public double? FirstQuartile { get; }

    /// <summary>The median; null for no value.</summary>
    public double? Median { get; }

    /// <summary>The third quartile (type 7); null for no value.</summary>
    public double? ThirdQuartile { get; }

    /// <summary>The largest value; null for no value.</summary>
    public double? Maximum { get; }

    /// <summary>How many values are strictly below the threshold; null without a threshold or value.</summary>
    public int? CountBelow { get; }

    /// <summary>The share of values strictly below the threshold; null without a threshold or value.</summary>
    public double? ShareBelow { get; }

    /// <summary>The statistics of <paramref name="values"/>, which this call sorts in place.</summary>
    internal static ScoreStatistics Of(List<double> values, double? threshold)
    {
        values.Sort();
        var sum = new ExactSum();
        var squares = new ExactSum();
        foreach (var value in values)
        {
            sum.Add(value);
            squares.AddSquare(value);
        }

        return new ScoreStatistics(values.Count, Moments.From(values.Count, sum, squares), values, threshold);
    }

    private static int CountStrictlyBelow(IReadOnlyList<double> sorted, double threshold)
    {
        int low = 0, high = sorted.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (sorted[middle] < threshold)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
