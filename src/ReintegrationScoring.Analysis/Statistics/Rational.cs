using System;
using System.Numerics;

namespace ReintegrationScoring.Analysis.Statistics;

/// <summary>Rounding an exact quotient of integers to the nearest double, once (ties to even).</summary>
internal static class Rational
{
    private const int SignificandBits = 53;

    /// <summary>
    /// <paramref name="numerator"/> / <paramref name="denominator"/> · 2^<paramref name="exponent"/>, correctly rounded;
    /// results in the subnormal range may be rounded twice.
    /// </summary>
    /// <param name="numerator">Any integer.</param>
    /// <param name="denominator">A positive integer.</param>
    /// <param name="exponent">A power of two to scale by.</param>
    /// <returns>The nearest double.</returns>
    public static double ToDouble(BigInteger numerator, BigInteger denominator, int exponent)
    {
        if (denominator.Sign <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), "A positive denominator.");
        }

        if (numerator.IsZero)
        {
            return 0;
        }

        var negative = numerator.Sign < 0;
        var magnitude = BigInteger.Abs(numerator);

        // Scale so that the integer quotient has at least 55 bits: 53 kept, a rounding bit, and the remainder as sticky bit.
        var shift = SignificandBits + 2 - (BitLength(magnitude) - BitLength(denominator));
        var quotient = BigInteger.DivRem(shift >= 0 ? magnitude << shift : magnitude, shift >= 0 ? denominator : denominator << -shift, out var remainder);
        var extra = BitLength(quotient) - SignificandBits;
        var kept = quotient >> extra;
        var dropped = quotient - (kept << extra);
        var half = BigInteger.One << (extra - 1);
        var comparison = dropped.CompareTo(half);
        if (comparison > 0 || (comparison == 0 && (!remainder.IsZero || !kept.IsEven)))
        {
            kept += 1;
        }

        return (negative ? -1 : 1) * ScaleByPowerOfTwo((double)kept, extra - shift + exponent);
    }

    /// <summary>The number of bits of a non-negative integer (0 for 0).</summary>
    /// <param name="value">A non-negative integer.</param>
    /// <returns>⌊log2 value⌋ + 1.</returns>
    public static int BitLength(BigInteger value)
    {
        var bytes = value.ToByteArray();
        var top = bytes.Length - 1;
        while (top >= 0 && bytes[top] == 0)
        {
            top--;
        }

        if (top < 0)
        {
            return 0;
        }

        var bits = 0;
        for (int b = bytes[top]; b != 0; b >>= 1)
        {
            bits++;
        }

        return (top * 8) + bits;
    }

    // value·2^power by exact steps of normal powers of two (each product exact while the result is normal).
    private static double ScaleByPowerOfTwo(double value, int power)
    {
        while (power > 1000)
        {
            value *= Math.Pow(2, 1000);
            power -= 1000;
        }

        while (power < -1000)
        {
            value *= Math.Pow(2, -1000);
            power += 1000;
        }

        return value * Math.Pow(2, power);
    }
}
