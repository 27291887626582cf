using System;
using System.Numerics;

namespace ReintegrationScoring.Analysis.Statistics;

/// <summary>
/// Mean, sample standard deviation and 95 % t interval from exact sums: the mean is the exact sum divided by n and
/// rounded once; the variance (n·Σx² − (Σx)²) / (n·(n − 1)) is evaluated exactly and rounded once before its square
/// root. Nothing depends on the order the values came in.
/// </summary>
internal readonly struct Moments
{
    private Moments(long count, double? mean, double? standardDeviation)
    {
        Count = count;
        Mean = mean;
        StandardDeviation = standardDeviation;
        if (standardDeviation is { } sd && mean is { } m)
        {
            var half = StudentT.Quantile975(count - 1) * sd / Math.Sqrt(count);
            ConfidenceLow = m - half;
            ConfidenceHigh = m + half;
        }
    }

    public long Count { get; }

    public double? Mean { get; }

    public double? StandardDeviation { get; }

    public double? ConfidenceLow { get; }

    public double? ConfidenceHigh { get; }

    /// <summary>The figures of <paramref name="count"/> values with the given exact sums.</summary>
    /// <param name="count">How many values.</param>
    /// <param name="sum">Their exact sum.</param>
    /// <param name="squares">The exact sum of their squares.</param>
    /// <returns>Mean (null for no value); sd and interval (null for fewer than 2 values).</returns>
    public static Moments From(long count, ExactSum sum, ExactSum squares)
    {
        if (count == 0)
        {
            return new Moments(0, null, null);
        }

        var s = sum.ToScaledInteger();
        var mean = Rational.ToDouble(s, count, ExactSum.LowestExponent);
        if (count < 2)
        {
            return new Moments(count, mean, null);
        }

        // Both sums are integers times 2^L (L = LowestExponent < 0): n·Q·2^L − S²·2^2L = (n·Q·2^−L − S²)·2^2L.
        var numerator = (count * squares.ToScaledInteger() << -ExactSum.LowestExponent) - (s * s);
        var variance = Rational.ToDouble(numerator, new BigInteger(count) * (count - 1), 2 * ExactSum.LowestExponent);
        return new Moments(count, mean, Math.Sqrt(variance));
    }
}
