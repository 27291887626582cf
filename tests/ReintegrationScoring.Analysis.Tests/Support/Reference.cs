using System;
using System.Collections.Generic;
using System.Linq;

namespace ReintegrationScoring.Analysis.Tests.Support;

/// <summary>Textbook statistics in exact rationals: the independent reference the analysis is compared with.</summary>
internal static class Reference
{
    public static Fraction Sum(IEnumerable<Fraction> values) => values.Aggregate(Fraction.Zero, (a, b) => a + b);

    public static Fraction Mean(IReadOnlyList<Fraction> values) => Sum(values) / new Fraction(values.Count, 1);

    /// <summary>Σ (x − mean)² / (n − 1), exactly.</summary>
    public static Fraction Variance(IReadOnlyList<Fraction> values)
    {
        var mean = Mean(values);
        return Sum(values.Select(v => (v - mean) * (v - mean))) / new Fraction(values.Count - 1, 1);
    }

    /// <summary>Hyndman and Fan type 7 in exact arithmetic: x[j] + g·(x[j+1] − x[j]), h = (n − 1)·p, j = ⌊h⌋.</summary>
    public static Fraction Quantile(IReadOnlyList<double> values, int numerator, int denominator)
    {
        var sorted = values.OrderBy(v => v).Select(Fraction.Of).ToArray();
        var h = (sorted.Length - 1) * numerator;
        var j = h / denominator;
        var g = new Fraction(h % denominator, denominator);
        return j + 1 >= sorted.Length ? sorted[^1] : sorted[j] + (g * (sorted[j + 1] - sorted[j]));
    }

    /// <summary>mean ± t·sd/√n with the tabulated t and plain double arithmetic.</summary>
    public static (double Low, double High) Interval(double mean, double sd, int n)
    {
        var half = TTable.Quantile975[n - 1] * sd / Math.Sqrt(n);
        return (mean - half, mean + half);
    }

    public static void Close(double expected, double? actual, double tolerance = 1e-14)
    {
        Xunit.Assert.NotNull(actual);
        Xunit.Assert.True(Math.Abs(expected - actual!.Value) <= tolerance, $"expected {expected:R}, got {actual:R}");
    }
}
