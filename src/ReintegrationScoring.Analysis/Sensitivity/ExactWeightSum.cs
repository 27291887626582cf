using System.Runtime.CompilerServices;

namespace ReintegrationScoring.Analysis.Sensitivity;

/// <summary>
/// A sum of weights carried as two doubles, added and divided with the operations of the core engine's own sums (Ogita,
/// Rump and Oishi's Sum2; a quotient corrected by its exact remainder, rounded once), so that a coverage computed here is
/// the very double the engine compares with the minimum coverage, borderline cases included.
/// </summary>
internal readonly struct ExactWeightSum
{
    private ExactWeightSum(double hi, double lo)
    {
        Hi = hi;
        Lo = lo;
    }

    public double Hi { get; }

    public double Lo { get; }

    public double Value => Hi + Lo;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ExactWeightSum Plus(double term)
    {
        var sum = Hi + term;
        var back = sum - Hi;
        var error = (Hi - (sum - back)) + (term - back);
        return new ExactWeightSum(sum, Lo + error);
    }

    /// <summary><paramref name="numerator"/> / <paramref name="denominator"/>, rounded once.</summary>
    public static double Quotient(ExactWeightSum numerator, ExactWeightSum denominator)
    {
        var quotient = numerator.Hi / denominator.Hi;
        var remainder = Remainder(numerator.Hi, quotient, denominator.Hi);
        return quotient + (((remainder + numerator.Lo) - (quotient * denominator.Lo)) / denominator.Hi);
    }

    /// <summary>value − a·b in one rounding (exact for a division's remainder).</summary>
    private static double Remainder(double value, double a, double b)
    {
#if NET
        return System.Math.FusedMultiplyAdd(-a, b, value);
#else
        var product = a * b;
        return (value - product) - ProductError(a, b, product);
#endif
    }

#if !NET
    /// <summary>a·b − fl(a·b), exactly, by Dekker's product of Veltkamp halves.</summary>
    private static double ProductError(double a, double b, double product)
    {
        Split(a, out var aHigh, out var aLow);
        Split(b, out var bHigh, out var bLow);
        return (aLow * bLow) - (((product - (aHigh * bHigh)) - (aLow * bHigh)) - (aHigh * bLow));
    }

    private static void Split(double value, out double high, out double low)
    {
        const double Splitter = 134217729; // 2^27 + 1
        var scaled = Splitter * value;
        high = scaled - (scaled - value);
        low = value - high;
    }
#endif
}
