using System;
using Xunit;

namespace ReintegrationScoring.Tests;

/// <summary>The policy options: defaults, validation, equality.</summary>
public class ScoringOptionsTests
{
    [Fact]
    public void Default_IsStrictWithMinimumCoverage0_75()
    {
        Assert.Equal(MissingAnswerPolicy.Strict, ScoringOptions.Default.MissingAnswerPolicy);
        Assert.Equal(0.75, ScoringOptions.Default.MinimumCoverage);
        Assert.Equal(ScoringOptions.Default, new ScoringOptions());
        Assert.Equal("strict", ScoringOptions.Default.ToString());
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void MinimumCoverage_OutsideUnitInterval_Throws(double coverage)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScoringOptions { MinimumCoverage = coverage });
    }

    [Fact]
    public void MissingAnswerPolicy_Undefined_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScoringOptions { MissingAnswerPolicy = (MissingAnswerPolicy)3 });
    }

    [Fact]
    public void Equality_IsOfPolicyAndMinimumCoverage()
    {
        var a = new ScoringOptions { MissingAnswerPolicy = MissingAnswerPolicy.Renormalize, MinimumCoverage = 0.6 };
        var b = new ScoringOptions { MissingAnswerPolicy = MissingAnswerPolicy.Renormalize, MinimumCoverage = 0.6 };

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, new ScoringOptions { MissingAnswerPolicy = MissingAnswerPolicy.Renormalize });
        Assert.Equal("renormalize (minimum coverage 0.6)", a.ToString());
    }
}
