using System;
using System.Linq;
using ReintegrationScoring.Analysis.Statistics;
using ReintegrationScoring.Analysis.Tests.Support;
using Xunit;

namespace ReintegrationScoring.Analysis.Tests;

public class StudentTTests
{
    public static TheoryData<long> DegreesOfFreedom => new(TTable.Quantile975.Keys.ToArray());

    [Theory]
    [MemberData(nameof(DegreesOfFreedom))]
    public void Quantile975_TabulatedDegreesOfFreedom_MatchesTheTableTo1e12(long degreesOfFreedom)
    {
        var expected = TTable.Quantile975[degreesOfFreedom];

        var actual = StudentT.Quantile975(degreesOfFreedom);

        Assert.True(Math.Abs(actual - expected) <= 1e-12 * expected, $"ν = {degreesOfFreedom}: expected {expected:R}, got {actual:R}");
    }

    [Fact]
    public void Quantile975_PublishedTable_AgreesToThreeDecimals()
    {
        // The usual printed table (e.g. NIST/SEMATECH e-Handbook 1.3.6.7.2), three decimals.
        Assert.Equal(12.706, StudentT.Quantile975(1), 3);
        Assert.Equal(2.228, StudentT.Quantile975(10), 3);
        Assert.Equal(2.042, StudentT.Quantile975(30), 3);
        Assert.Equal(1.984, StudentT.Quantile975(100), 3);
    }

    [Fact]
    public void Quantile975_IsDecreasingInDegreesOfFreedom()
    {
        var values = Enumerable.Range(1, 3000).Select(n => StudentT.Quantile975(n)).ToArray();

        for (var i = 1; i < values.Length; i++)
        {
            Assert.True(values[i] < values[i - 1], $"ν = {i + 1}");
        }

        Assert.True(values[^1] > 1.959963984540054);
    }

    [Fact]
    public void Quantile975_NoDegreeOfFreedom_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StudentT.Quantile975(0));
    }
}
