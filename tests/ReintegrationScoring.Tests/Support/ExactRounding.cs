using System;
using Xunit;

namespace ReintegrationScoring.Tests.Support;

/// <summary>
/// The engine's claim, checked against exact arithmetic: a result computed from n terms is the exact value rounded once
/// to the nearest double, except within a relative n² × 2^-104 of halfway between two doubles (ties included), where
/// it may be the other neighbour; so it is always one of the two doubles enclosing the exact value (faithful).
/// </summary>
public static class ExactRounding
{
    /// <summary>How many bits of the exact value the engine's error may reach, for a sum of <paramref name="terms"/> terms.</summary>
    public static int ReliableBits(int terms) => 104 - (2 * (int)Math.Ceiling(Math.Log2(Math.Max(terms, 1))));

    /// <summary>Asserts that <paramref name="actual"/> is <paramref name="exact"/> rounded once, as the engine claims.</summary>
    public static void IsRoundedOnce(Rational exact, double actual, int terms, string what)
    {
        var (below, above) = exact.Neighbours();
        Assert.True(actual == below || actual == above, $"{what}: {actual:R} is not next to the exact {exact.ToNearestDouble():R} ({below:R}, {above:R})");
        if (!exact.IsNearHalfway(ReliableBits(terms)))
        {
            Assert.True(actual == exact.ToNearestDouble(), $"{what}: {actual:R}, the nearest double is {exact.ToNearestDouble():R}");
        }
    }

    /// <summary>The exact sum of doubles, for tests that state a sum.</summary>
    public static Rational Sum(params double[] values)
    {
        var sum = Rational.Zero;
        foreach (var value in values)
        {
            sum += Rational.Of(value);
        }

        return sum;
    }
}
