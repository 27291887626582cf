using System;

namespace ReintegrationScoring.Analysis.Sensitivity;

/// <summary>Ranks of group means, and the Spearman correlation of two rankings.</summary>
internal static class Ranks
{
    /// <summary>
    /// Ranks from the highest value: 1 + the number of values strictly higher, so tied values share the better rank
    /// (competition ranking). A NaN value (no computed score) gets rank 0, and does not count for the others.
    /// </summary>
    public static void Competition(double[] values, int[] ranks, int[] order)
    {
        var count = SortedIndices(values, order, descending: true);
        Array.Clear(ranks, 0, values.Length);
        for (var k = 0; k < count; k++)
        {
            ranks[order[k]] = k > 0 && values[order[k]] == values[order[k - 1]] ? ranks[order[k - 1]] : k + 1;
        }
    }

    /// <summary>
    /// The Spearman correlation between <paramref name="x"/> and <paramref name="y"/> over the entries where neither is
    /// NaN: the Pearson correlation of their mid-ranks (tied values share the mean of their positions). NaN with fewer
    /// than two entries, or when either side's values are all equal.
    /// </summary>
    public static double Spearman(double[] x, double[] y)
    {
        var n = 0;
        for (var i = 0; i < x.Length; i++)
        {
            n += double.IsNaN(x[i]) || double.IsNaN(y[i]) ? 0 : 1;
        }

        if (n < 2)
        {
            return double.NaN;
        }

        var a = new double[n];
        var b = new double[n];
        for (int i = 0, k = 0; i < x.Length; i++)
        {
            if (!double.IsNaN(x[i]) && !double.IsNaN(y[i]))
            {
                a[k] = x[i];
                b[k] = y[i];
                k++;
            }
        }

        var ra = MidRanks(a);
        var rb = MidRanks(b);
        var mean = (n + 1) / 2.0;
        double sab = 0, saa = 0, sbb = 0;
        for (var k = 0; k < n; k++)
        {
            sab += (ra[k] - mean) * (rb[k] - mean);
            saa += (ra[k] - mean) * (ra[k] - mean);
            sbb += (rb[k] - mean) * (rb[k] - mean);
        }

        return saa > 0 && sbb > 0 ? sab / Math.Sqrt(saa * sbb) : double.NaN;
    }

    private static double[] MidRanks(double[] values)
    {
        var order = new int[values.Length];
        SortedIndices(values, order, descending: false);
        var ranks = new double[values.Length];
        for (var start = 0; start < values.Length;)
        {
            var end = start + 1;
            while (end < values.Length && values[order[end]] == values[order[start]])
            {
                end++;
            }

            var mid = (start + 1 + end) / 2.0;
            for (var k = start; k < end; k++)
            {
                ranks[order[k]] = mid;
            }

            start = end;
        }

        return ranks;
    }

    /// <summary>Writes the indices of the non-NaN values, sorted by value (index breaks ties), to <paramref name="order"/>; returns how many.</summary>
    private static int SortedIndices(double[] values, int[] order, bool descending)
    {
        var count = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsNaN(values[i]))
            {
                order[count++] = i;
            }
        }

        Array.Sort(order, 0, count, new ByValue(values, descending));
        return count;
    }

    private sealed class ByValue : System.Collections.Generic.IComparer<int>
    {
        private readonly double[] _values;
        private readonly bool _descending;

        public ByValue(double[] values, bool descending)
        {
            _values = values;
            _descending = descending;
        }

        public int Compare(int x, int y)
        {
            var order = _values[x].CompareTo(_values[y]);
            return order != 0 ? (_descending ? -order : order) : x.CompareTo(y);
        }
    }
}
