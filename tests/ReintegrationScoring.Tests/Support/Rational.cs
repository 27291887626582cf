using System;
using System.Numerics;

namespace ReintegrationScoring.Tests.Support;

/// <summary>
/// An exact non-negative fraction of big integers, to evaluate the scoring formulas with no rounding at all and then
/// round once, as the engine claims to.
/// </summary>
public readonly struct Rational
{
    private Rational(BigInteger numerator, BigInteger denominator)
    {
        Numerator = numerator;
        Denominator = denominator;
    }

    public static Rational Zero { get; } = new(BigInteger.Zero, BigInteger.One);

    public BigInteger Numerator { get; }

    public BigInteger Denominator { get; }

    public bool IsZero => Numerator.IsZero;

    /// <summary>The exact value of a finite, non-negative double.</summary>
    public static Rational Of(double value)
    {
        if (!(value >= 0) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Expected a finite number at least 0.");
        }

        var bits = BitConverter.DoubleToInt64Bits(value);
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & ((1L << 52) - 1);
        if (exponent == 0)
        {
            exponent = 1;
        }
        else
        {
            mantissa |= 1L << 52;
        }

        // value = mantissa × 2^(exponent - 1075)
        var power = exponent - 1075;
        return power >= 0
            ? new Rational(new BigInteger(mantissa) << power, BigInteger.One)
            : Reduced(new BigInteger(mantissa), BigInteger.One << -power);
    }

    public static Rational operator +(Rational a, Rational b) =>
        Reduced((a.Numerator * b.Denominator) + (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

    public static Rational operator *(Rational a, Rational b) => Reduced(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    public static Rational operator /(Rational a, Rational b) =>
        b.IsZero ? throw new DivideByZeroException() : Reduced(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

    /// <summary>The double nearest to the value, ties to even: what rounding once means.</summary>
    public double ToNearestDouble()
    {
        var (below, twiceRemainder, unit) = Bracket();
        var rounded = twiceRemainder.CompareTo(unit.Denominator) switch
        {
            > 0 => below + 1,
            < 0 => below,
            _ => below.IsEven ? below : below + 1,
        };
        return Math.ScaleB((double)rounded, unit.Exponent);
    }

    /// <summary>The double at or below the value and the one at or above it: the two a faithful rounding may give.</summary>
    public (double Below, double Above) Neighbours()
    {
        var (below, twiceRemainder, unit) = Bracket();
        var exact = twiceRemainder.IsZero;
        return (Math.ScaleB((double)below, unit.Exponent), Math.ScaleB((double)(exact ? below : below + 1), unit.Exponent));
    }

    /// <summary>
    /// Whether the value lies within value × 2^-<paramref name="bits"/> of a point halfway between two adjacent doubles
    /// (true at a tie), where a computation with that relative error before its one rounding may round either way.
    /// </summary>
    public bool IsNearHalfway(int bits)
    {
        if (IsZero)
        {
            return false;
        }

        // Off halfway by |2 × remainder - denominator| / (2 × denominator) last places; the value is about `below` of them.
        var (below, twiceRemainder, unit) = Bracket();
        return (BigInteger.Abs(twiceRemainder - unit.Denominator) << bits) <= 2 * unit.Denominator * (below + 1);
    }

    public override string ToString() => $"{Numerator}/{Denominator}";

    /// <summary>
    /// The value in units of its double's last place, 2^Exponent: <c>below</c> whole units, then the remainder as a
    /// fraction of <c>Denominator</c> (doubled, so that comparing it with the denominator finds the halfway point).
    /// </summary>
    private (BigInteger Below, BigInteger TwiceRemainder, (int Exponent, BigInteger Denominator) Unit) Bracket()
    {
        if (IsZero)
        {
            return (BigInteger.Zero, BigInteger.Zero, (0, BigInteger.One));
        }

        // The exponent e with 2^e <= value < 2^(e+1), then a last place of 2^(e-52), or the subnormals' 2^-1074.
        var e = (int)(Numerator.GetBitLength() - Denominator.GetBitLength());
        if (Compare(Numerator, Denominator, e) < 0)
        {
            e--;
        }

        var exponent = Math.Max(e - 52, -1074);
        var numerator = exponent >= 0 ? Numerator : Numerator << -exponent;
        var denominator = exponent >= 0 ? Denominator << exponent : Denominator;
        var below = BigInteger.DivRem(numerator, denominator, out var remainder);
        return (below, remainder * 2, (exponent, denominator));
    }

    /// <summary>Compares n / d with 2^e.</summary>
    private static int Compare(BigInteger n, BigInteger d, int e) =>
        e >= 0 ? n.CompareTo(d << e) : (n << -e).CompareTo(d);

    private static Rational Reduced(BigInteger numerator, BigInteger denominator)
    {
        var divisor = BigInteger.GreatestCommonDivisor(numerator, denominator);
        return divisor.IsOne || divisor.IsZero ? new Rational(numerator, denominator) : new Rational(numerator / divisor, denominator / divisor);
    }
}
