using System.Runtime.CompilerServices;
#if NET
using System;
using System.Runtime.Intrinsics;
#endif

namespace ReintegrationScoring.Internal;

/// <summary>
/// A number carried as the unevaluated sum <see cref="Hi"/> + <see cref="Lo"/> of two doubles: about twice a double's
/// precision. The library evaluates every sum of weights and points, and every quotient of such sums, with it and rounds
/// the result once, so that ten weights of 0.1 sum to 1 and 7.75 points over them give 0.775 (docs/method.md).
/// Linked (src/Shared) so that the weight-sensitivity analysis decides coverage with the engine's very operations.
/// </summary>
/// <remarks>
/// Sums follow Ogita, Rump and Oishi's Sum2 and Dot2 ("Accurate sum and dot product", SIAM J. Sci. Comput. 26(6),
/// 2005): the high parts are added with TwoSum, whose rounding error is exact, and the errors go to the low part. Every
/// operation is plain IEEE double arithmetic in a fixed order, so the vector forms (the lane-wise overloads below, used by
/// the scoring engine's pair and lane sums) make the same operations lane by lane and give the same bits.
/// </remarks>
internal readonly struct DoubleDouble
{
    public DoubleDouble(double hi, double lo)
    {
        Hi = hi;
        Lo = lo;
    }

    /// <summary>The leading part; for the non-negative sums of the library, positive exactly when the sum is.</summary>
    public double Hi { get; }

    /// <summary>The trailing part: the rounding errors of <see cref="Hi"/>, gathered.</summary>
    public double Lo { get; }

    /// <summary>The number rounded once to a double.</summary>
    public double Value => Hi + Lo;

    /// <summary>
    /// a × b exactly, as the rounded product and its rounding error (TwoProduct). Exact unless the product is nonzero and
    /// below 2^-968, where the error falls under the smallest subnormal double.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static DoubleDouble Product(double a, double b)
    {
        var product = a * b;
        return new DoubleDouble(product, ProductError(a, b, product));
    }

    /// <summary>
    /// This sum plus <paramref name="term"/> (Sum2 step): TwoSum of the high parts; the error and the term's low part go
    /// to the low part.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public DoubleDouble Plus(DoubleDouble term)
    {
        var sum = Hi + term.Hi;
        return new DoubleDouble(sum, Lo + (TwoSumError(Hi, term.Hi, sum) + term.Lo));
    }

    /// <summary>This sum plus a double (a weight): as <see cref="Plus(DoubleDouble)"/> with no low part to add.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public DoubleDouble Plus(double term)
    {
        var sum = Hi + term;
        return new DoubleDouble(sum, Lo + TwoSumError(Hi, term, sum));
    }

    /// <summary>
    /// <paramref name="numerator"/> / <paramref name="denominator"/> rounded once: the quotient of the high parts, corrected
    /// by the exact remainder and the low parts. Meaningless (NaN or infinite) when the denominator is 0.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Quotient(DoubleDouble numerator, DoubleDouble denominator)
    {
        var quotient = numerator.Hi / denominator.Hi;
        var remainder = Remainder(numerator.Hi, quotient, denominator.Hi);
        return quotient + (((remainder + numerator.Lo) - (quotient * denominator.Lo)) / denominator.Hi);
    }

    /// <summary>
    /// The rounding error of <paramref name="sum"/> = fl(<paramref name="a"/> + <paramref name="b"/>), exactly (Knuth's
    /// TwoSum: no condition on the operands' order or magnitude).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double TwoSumError(double a, double b, double sum)
    {
        var b2 = sum - a;
        return (a - (sum - b2)) + (b - b2);
    }

    /// <summary>
    /// <paramref name="value"/> - <paramref name="a"/> × <paramref name="b"/> in one rounding: exact when
    /// <paramref name="value"/> is the rounded quotient's dividend and <paramref name="a"/> the quotient (a division's
    /// remainder is representable, above the subnormal range).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Remainder(double value, double a, double b)
    {
#if NET
        return Math.FusedMultiplyAdd(-a, b, value);
#else
        // value is within a rounding of the product, so the first subtraction is exact, and so is the second, whose
        // result is the representable remainder.
        var product = a * b;
        return (value - product) - ProductError(a, b, product);
#endif
    }

    /// <summary>a × b - <paramref name="product"/>, where <paramref name="product"/> = fl(a × b): exact (above 2^-968).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double ProductError(double a, double b, double product)
    {
#if NET
        return Math.FusedMultiplyAdd(a, b, -product);
#else
        // Dekker's product: with a and b split into halves of at most 26 significant bits (Veltkamp), every partial
        // product and every subtraction below is exact.
        Split(a, out var aHigh, out var aLow);
        Split(b, out var bHigh, out var bLow);
        return (aLow * bLow) - (((product - (aHigh * bHigh)) - (aLow * bHigh)) - (aHigh * bLow));
#endif
    }

#if NET
    /// <summary>Lane-wise <see cref="TwoSumError(double, double, double)"/>: the same operations on each lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<double> TwoSumError(Vector128<double> a, Vector128<double> b, Vector128<double> sum)
    {
        var b2 = sum - a;
        return (a - (sum - b2)) + (b - b2);
    }

    /// <summary>Lane-wise <see cref="TwoSumError(double, double, double)"/>: the same operations on each lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> TwoSumError(Vector512<double> a, Vector512<double> b, Vector512<double> sum)
    {
        var b2 = sum - a;
        return (a - (sum - b2)) + (b - b2);
    }

    /// <summary>
    /// Lane-wise <see cref="Quotient(DoubleDouble, DoubleDouble)"/>: the same operations on each lane (a vector fused
    /// multiply-add rounds once, as the scalar one does).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Quotient(Vector512<double> numeratorHi, Vector512<double> numeratorLo, Vector512<double> denominatorHi, Vector512<double> denominatorLo)
    {
        var quotient = numeratorHi / denominatorHi;
        var remainder = Vector512.FusedMultiplyAdd(-quotient, denominatorHi, numeratorHi);
        return quotient + (((remainder + numeratorLo) - (quotient * denominatorLo)) / denominatorHi);
    }

#endif
#if !NET
    /// <summary>Splits a double into two halves of at most 26 significant bits each (Veltkamp).</summary>
    private static void Split(double value, out double high, out double low)
    {
        const double Splitter = 134217729; // 2^27 + 1
        var scaled = Splitter * value;
        high = scaled - (scaled - value);
        low = value - high;
    }
#endif
}
