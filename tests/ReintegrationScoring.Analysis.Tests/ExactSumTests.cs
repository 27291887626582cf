using System;
using System.Linq;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReintegrationScoring.Analysis.Statistics;
using ReintegrationScoring.Analysis.Tests.Support;
using Xunit;

namespace ReintegrationScoring.Analysis.Tests;

public class ExactSumTests
{
    private static Fraction Scaled(BigInteger scaled) =>
        new Fraction(scaled, 1) / new Fraction(BigInteger.Pow(2, -ExactSum.LowestExponent), 1);

    [Property(MaxTest = 200)]
    public Property Sums_AnyFiniteDoubles_AreExactAndOrderFree()
    {
        var doubles = ArbMap.Default.GeneratorFor<NormalFloat>().Select(f => f.Get)
            .Where(d => Math.Abs(d) < 1e300)
            .ArrayOf();
        return Prop.ForAll(doubles.ToArbitrary(), values =>
        {
            var sum = new ExactSum();
            var squares = new ExactSum();
            var products = new ExactSum();
            foreach (var v in values)
            {
                sum.Add(v);
                squares.AddSquare(v);
                products.AddProduct(v, 0.1, -2);
            }

            var exact = values.Select(Fraction.Of).ToArray();
            Assert.Equal(0, Reference.Sum(exact).CompareTo(Scaled(sum.ToScaledInteger())));
            Assert.Equal(0, Reference.Sum(exact.Select(v => v * v)).CompareTo(Scaled(squares.ToScaledInteger())));
            Assert.Equal(0, Reference.Sum(exact.Select(v => v * Fraction.Of(0.1) * new Fraction(-2, 1))).CompareTo(Scaled(products.ToScaledInteger())));

            var reversed = new ExactSum();
            foreach (var v in values.Reverse())
            {
                reversed.Add(v);
            }

            Assert.Equal(sum.ToScaledInteger(), reversed.ToScaledInteger());
        });
    }

    [Fact]
    public void Add_TenTimesOneTenth_IsTheExactSumOfTheDoubles()
    {
        var sum = new ExactSum();
        for (var i = 0; i < 10; i++)
        {
            sum.Add(0.1);
        }

        Assert.Equal(0, (Fraction.Of(0.1) * new Fraction(10, 1)).CompareTo(Scaled(sum.ToScaledInteger())));
    }

    [Fact]
    public void Add_SubnormalAndLarge_KeepsBoth()
    {
        var sum = new ExactSum();
        sum.Add(double.Epsilon);
        sum.Add(1e300);
        sum.Add(-1e300);

        Assert.Equal(0, Fraction.Of(double.Epsilon).CompareTo(Scaled(sum.ToScaledInteger())));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Add_NotFinite_Throws(double value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExactSum().Add(value));
    }

    [Property(MaxTest = 300)]
    public Property RationalToDouble_AnyQuotient_IsTheNearestDouble()
    {
        var pairs = ArbMap.Default.GeneratorFor<long>().Zip(ArbMap.Default.GeneratorFor<PositiveInt>().Select(p => (long)p.Get));
        return Prop.ForAll(pairs.ToArbitrary(), pair =>
        {
            var (numerator, denominator) = pair;

            var actual = Rational.ToDouble(numerator, denominator, 0);

            Assert.True(new Fraction(numerator, denominator).IsNearest(actual), $"{numerator}/{denominator} -> {actual:R}");
        });
    }

    [Fact]
    public void RationalToDouble_TieBetweenTwoDoubles_RoundsToEven()
    {
        // 2^53 + 1 lies halfway between 2^53 and 2^53 + 2: the even one wins; 2^53 + 3 goes up to 2^53 + 4.
        var twoTo53 = BigInteger.Pow(2, 53);

        Assert.Equal(9007199254740992.0, Rational.ToDouble(twoTo53 + 1, 1, 0));
        Assert.Equal(9007199254740996.0, Rational.ToDouble(twoTo53 + 3, 1, 0));
    }
}
