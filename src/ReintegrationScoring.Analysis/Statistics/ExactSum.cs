using System;
using System.Numerics;

namespace ReintegrationScoring.Analysis.Statistics;

/// <summary>
/// An exact running sum of doubles, of their squares and of products of two doubles: every term is added as an integer
/// multiple of 2^<see cref="LowestExponent"/> into 32-bit limbs held in 64-bit integers, so the total is the exact
/// mathematical sum whatever the order of the terms (the analyses give the same figures for any row order).
/// </summary>
/// <remarks>
/// A double is m·2^e with an integer m below 2^53; a product of two is split into three partial products of at most 54
/// bits by halving the mantissas at 26 bits, so no term is ever rounded. Limbs absorb 2^31 terms before a carry is
/// needed; carries are propagated every 2^29 terms. Memory is fixed (about 1 KiB), not proportional to the terms.
/// </remarks>
internal sealed class ExactSum
{
    /// <summary>The exponent of the least significant bit kept: below the square of the smallest subnormal double.</summary>
    internal const int LowestExponent = -2176;

    private const int LimbBits = 32;
    private const int LimbCount = 140;
    private const long LimbMask = 0xFFFFFFFFL;
    private const int TermsBeforeCarry = 1 << 29;

    private readonly long[] _limbs = new long[LimbCount];
    private int _termsSinceCarry;

    /// <summary>Adds <paramref name="value"/>.</summary>
    /// <param name="value">A finite double.</param>
    public void Add(double value)
    {
        var negative = Decompose(value, out var mantissa, out var exponent);
        AddScaled(mantissa, exponent, negative);
    }

    /// <summary>Adds <paramref name="value"/>², exactly.</summary>
    /// <param name="value">A finite double.</param>
    public void AddSquare(double value) => AddProduct(value, value, 1);

    /// <summary>Adds <paramref name="times"/>·<paramref name="a"/>·<paramref name="b"/>, exactly.</summary>
    /// <param name="a">A finite double.</param>
    /// <param name="b">A finite double.</param>
    /// <param name="times">A small whole multiplier, negative to subtract.</param>
    public void AddProduct(double a, double b, int times)
    {
        var negative = Decompose(a, out var ma, out var ea) ^ Decompose(b, out var mb, out var eb);
        if (times < 0)
        {
            negative = !negative;
            times = -times;
        }

        var exponent = ea + eb;
        ulong aHigh = ma >> 26, aLow = ma & ((1UL << 26) - 1);
        ulong bHigh = mb >> 26, bLow = mb & ((1UL << 26) - 1);
        for (var i = 0; i < times; i++)
        {
            // ma·mb = aHigh·bHigh·2^52 + (aHigh·bLow + aLow·bHigh)·2^26 + aLow·bLow, each part below 2^55.
            AddScaled(aHigh * bHigh, exponent + 52, negative);
            AddScaled(aHigh * bLow, exponent + 26, negative);
            AddScaled(aLow * bHigh, exponent + 26, negative);
            AddScaled(aLow * bLow, exponent, negative);
        }
    }

    /// <summary>The sum as an integer multiple of 2^<see cref="LowestExponent"/>.</summary>
    /// <returns>The exact sum divided by 2^<see cref="LowestExponent"/>.</returns>
    public BigInteger ToScaledInteger()
    {
        var total = BigInteger.Zero;
        for (var i = LimbCount - 1; i >= 0; i--)
        {
            total = (total << LimbBits) + _limbs[i];
        }

        return total;
    }

    // value = (−1)^sign · mantissa · 2^exponent, mantissa below 2^53, exponent at least −1074.
    private static bool Decompose(double value, out ulong mantissa, out int exponent)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A finite number.");
        }

        var bits = BitConverter.DoubleToInt64Bits(value);
        var biased = (int)((bits >> 52) & 0x7FF);
        mantissa = (ulong)bits & ((1UL << 52) - 1);
        if (biased == 0)
        {
            exponent = -1074;
        }
        else
        {
            mantissa |= 1UL << 52;
            exponent = biased - 1075;
        }

        return bits < 0;
    }

    private void AddScaled(ulong value, int exponent, bool negative)
    {
        if (value == 0)
        {
            return;
        }

        var position = exponent - LowestExponent;
        var limb = position / LimbBits;
        var shift = position % LimbBits;

        // value·2^shift spread over three limbs, each part below 2^32.
        var low = (long)((value << shift) & LimbMask);
        var rest = value >> (LimbBits - shift);
        var middle = (long)(rest & LimbMask);
        var high = (long)(rest >> LimbBits);
        if (negative)
        {
            _limbs[limb] -= low;
            _limbs[limb + 1] -= middle;
            _limbs[limb + 2] -= high;
        }
        else
        {
            _limbs[limb] += low;
            _limbs[limb + 1] += middle;
            _limbs[limb + 2] += high;
        }

        if (++_termsSinceCarry >= TermsBeforeCarry)
        {
            Carry();
        }
    }

    private void Carry()
    {
        for (var i = 0; i < LimbCount - 1; i++)
        {
            var carry = _limbs[i] >> LimbBits;
            _limbs[i] -= carry << LimbBits;
            _limbs[i + 1] += carry;
        }

        _termsSinceCarry = 0;
    }
}
