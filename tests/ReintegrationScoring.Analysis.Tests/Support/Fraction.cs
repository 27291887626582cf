using System;
using System.Numerics;

namespace ReintegrationScoring.Analysis.Tests.Support;

/// <summary>An exact rational number, the tests' independent reference for sums, means and variances.</summary>
internal readonly struct Fraction : IComparable<Fraction>
{
    public Fraction(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        Numerator = gcd.IsZero ? numerator : numerator / gcd;
        Denominator = gcd.IsZero ? denominator : denominator / gcd;
    }

    public BigInteger Numerator { get; }

    public BigInteger Denominator { get; }

    public static Fraction Zero => new(0, 1);

    /// <summary>The exact value of a double.</summary>
    public static Fraction Of(double value)
    {
        // A double is an integer times a power of two: find it by doubling until integral (at most 1074 steps).
        var numerator = value;
        BigInteger denominator = 1;
        while (Math.Floor(numerator) != numerator)
        {
            numerator *= 2;
            denominator *= 2;
        }

        return new Fraction(new BigInteger(numerator), denominator);
    }

    public static Fraction operator +(Fraction a, Fraction b) => new((a.Numerator * b.Denominator) + (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

    public static Fraction operator -(Fraction a, Fraction b) => new((a.Numerator * b.Denominator) - (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

    public static Fraction operator *(Fraction a, Fraction b) => new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    public static Fraction operator /(Fraction a, Fraction b) => new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

    public static bool operator <(Fraction a, Fraction b) => a.CompareTo(b) < 0;

    public static bool operator >(Fraction a, Fraction b) => a.CompareTo(b) > 0;

    public int CompareTo(Fraction other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    public Fraction Abs() => new(BigInteger.Abs(Numerator), Denominator);

    /// <summary>An approximation for tolerance checks (not for exactness checks).</summary>
    public double ToApproximateDouble() => (double)((Numerator << 128) / Denominator) * Math.Pow(2, -128);

    /// <summary>Whether <paramref name="candidate"/> is a double nearest to this value (no neighbour is closer).</summary>
    public bool IsNearest(double candidate)
    {
        var distance = (Of(candidate) - this).Abs();
        return !((Of(Math.BitIncrement(candidate)) - this).Abs() < distance) && !((Of(Math.BitDecrement(candidate)) - this).Abs() < distance);
    }
}
