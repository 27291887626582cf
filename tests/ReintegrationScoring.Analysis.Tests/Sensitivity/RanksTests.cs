using System;
using ReintegrationScoring.Analysis.Sensitivity;
using Xunit;

namespace ReintegrationScoring.Analysis.Tests.Sensitivity;

public class RanksTests
{
    [Fact]
    public void Competition_Ties_ShareTheBetterRankAndSkipTheNext()
    {
        var values = new[] { 0.5, 0.7, 0.7, double.NaN, 0.1 };
        var ranks = new int[values.Length];

        Ranks.Competition(values, ranks, new int[values.Length]);

        // 1 + the number of strictly higher values; NaN (no computed score) is unranked and counts for no one.
        Assert.Equal(new[] { 3, 1, 1, 0, 4 }, ranks);
    }

    [Fact]
    public void Competition_AllEqual_AllFirst()
    {
        var ranks = new int[3];
        Ranks.Competition(new[] { 0.25, 0.25, 0.25 }, ranks, new int[3]);
        Assert.Equal(new[] { 1, 1, 1 }, ranks);
    }

    [Fact]
    public void Spearman_NoTies_IsTheTextbookFormula()
    {
        // 1 − 6 Σd² / (n(n² − 1)) with d = (0, 1, 1, 0): 1 − 12 / 60.
        Assert.Equal(0.8, Ranks.Spearman(new[] { 1.0, 2, 3, 4 }, new[] { 10.0, 30, 20, 40 }), 15);
    }

    [Fact]
    public void Spearman_Ties_UsesMidRanks()
    {
        // Mid-ranks (1, 2.5, 2.5, 4) against (1, 2, 3, 4): Pearson = 4.5 / √(4.5 × 5) = √0.9.
        Assert.Equal(Math.Sqrt(0.9), Ranks.Spearman(new[] { 1.0, 2, 2, 3 }, new[] { 1.0, 2, 3, 4 }), 15);
    }

    [Fact]
    public void Spearman_SkipsUnrankedAndNeedsTwoVaryingEntries()
    {
        Assert.Equal(-1.0, Ranks.Spearman(new[] { 1.0, double.NaN, 2 }, new[] { 2.0, 5, 1 }), 15);
        Assert.True(double.IsNaN(Ranks.Spearman(new[] { 1.0, double.NaN }, new[] { 2.0, 5 })));
        Assert.True(double.IsNaN(Ranks.Spearman(new[] { 1.0, 1.0 }, new[] { 2.0, 5 })));
    }
}
