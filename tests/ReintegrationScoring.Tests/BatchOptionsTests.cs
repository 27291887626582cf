using System;
using Xunit;

namespace ReintegrationScoring.Tests;

public class BatchOptionsTests
{
    [Fact]
    public void Default_IsSequential()
    {
        Assert.Equal(1, BatchOptions.Default.MaxDegreeOfParallelism);
        Assert.Equal(BatchOptions.Default, new BatchOptions());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void MaxDegreeOfParallelism_BelowOne_Throws(int value)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new BatchOptions { MaxDegreeOfParallelism = value });

        Assert.Equal("value", error.ParamName);
        Assert.Contains("at least 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equals_SameDegree_IsEqual()
    {
        var a = new BatchOptions { MaxDegreeOfParallelism = 4 };
        var b = new BatchOptions { MaxDegreeOfParallelism = 4 };

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, BatchOptions.Default);
        Assert.Equal("max degree of parallelism 4", a.ToString());
    }
}
