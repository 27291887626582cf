using System;
using FsCheck.Xunit;
using Xunit;

namespace ReintegrationScoring.Tests.Support;

/// <summary>The exact arithmetic the engine is checked against: conversions, rounding once, ties and halfway points.</summary>
public class RationalTests
{
    [Property(MaxTest = 500)]
    public void ToNearestDouble_OfAnyDouble_IsThatDouble(double value)
    {
        var x = Math.Abs(value);
        if (!double.IsFinite(x))
        {
            return;
        }

        Assert.Equal(x, Rational.Of(x).ToNearestDouble());
        Assert.Equal((x, x), Rational.Of(x).Neighbours());
    }

    [Property(MaxTest = 500)]
    public void ToNearestDouble_OfAQuotientOfDoubles_IsTheIeeeQuotient(int a, int b)
    {
        // An IEEE division is the exact quotient rounded once: the rational rounding must agree with it.
        var numerator = Math.Abs((double)a) + 1;
        var denominator = Math.Abs((double)b) + 3;

        Assert.Equal(numerator / denominator, (Rational.Of(numerator) / Rational.Of(denominator)).ToNearestDouble());
        Assert.Equal(0.1 * (numerator / denominator), (Rational.Of(0.1) * Rational.Of(numerator / denominator)).ToNearestDouble());
    }

    [Fact]
    public void ToNearestDouble_Ties_GoToEven()
    {
        // 1 + 2^-53 is halfway between 1 and 1 + 2^-52: to 1 (even); 1 + 3 × 2^-53 is halfway to 1 + 2^-51 (even).
        var half = Rational.Of(Math.ScaleB(1, -53));

        Assert.Equal(1.0, (Rational.Of(1) + half).ToNearestDouble());
        Assert.Equal(1 + Math.ScaleB(1, -51), (Rational.Of(1) + half + half + half).ToNearestDouble());
        Assert.True((Rational.Of(1) + half).IsNearHalfway(100));
        Assert.Equal((1.0, Math.BitIncrement(1.0)), (Rational.Of(1) + half).Neighbours());
    }

    [Fact]
    public void IsNearHalfway_TellsHowCloseToATieTheValueIs()
    {
        var tie = Rational.Of(1) + Rational.Of(Math.ScaleB(1, -53));
        var nearTie = tie + Rational.Of(Math.ScaleB(1, -140));

        Assert.True(nearTie.IsNearHalfway(80));
        Assert.False(nearTie.IsNearHalfway(150));

        // A double is half a last place (2^-53 of itself, give or take a factor 2) from the halfway points around it;
        // 1/10 is 0.6 of a last place above the double below it, so 0.1 of a place off halfway.
        Assert.True(Rational.Of(0.5).IsNearHalfway(52));
        Assert.False(Rational.Of(0.5).IsNearHalfway(55));
        Assert.True((Rational.Of(1) / Rational.Of(10)).IsNearHalfway(53));
        Assert.False((Rational.Of(1) / Rational.Of(10)).IsNearHalfway(60));
    }

    [Fact]
    public void ToNearestDouble_ExactDecimalsOfDoubles_AreTheDecimalsDoubles()
    {
        // Ten doubles 0.1 sum to 1 + 2^-54 + ..., nearest 1; 7.75 × 0.1 over 10 × 0.1 is 0.775 exactly.
        var tenth = Rational.Of(0.1);
        var ten = Rational.Zero;
        for (var i = 0; i < 10; i++)
        {
            ten += tenth;
        }

        Assert.Equal(1.0, ten.ToNearestDouble());
        Assert.Equal(0.775, (Rational.Of(7.75) * tenth / ten).ToNearestDouble());
        Assert.Equal(Math.ScaleB(1, -1074), Rational.Of(double.Epsilon).ToNearestDouble());
    }
}
