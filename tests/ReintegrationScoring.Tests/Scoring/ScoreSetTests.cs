using System;
using Xunit;

namespace ReintegrationScoring.Tests;

/// <summary>The four scores as a value, including what <c>default(ScoreSet)</c> means.</summary>
public class ScoreSetTests
{
    [Fact]
    public void Default_HoldsFourNotScoredScoresAndDerivesNothing()
    {
        var scores = default(ScoreSet);

        Assert.All(ScoreKinds.All, k => Assert.Equal(ScoreStatus.NotScored, scores[k].Status));
        Assert.False(scores.IsComplete);
        Assert.Null(scores.WeakestDimension);
        Assert.Null(scores.Spread);
        Assert.Empty(scores.DimensionsBelow(1));
        Assert.Equal("economic=NotScored social=NotScored psychosocial=NotScored composite=NotScored", scores.ToString());
        Assert.Equal(default(ScoreSet), scores);
    }

    [Fact]
    public void Indexers_ByKindAndByDimension_AgreeWithProperties()
    {
        var scores = ScoringEngine.Default.ComputeScores(Support.RssResponses.Uniform(1));

        Assert.Equal(scores.Economic, scores[ScoreKind.Economic]);
        Assert.Equal(scores.Social, scores[Dimension.Social]);
        Assert.Equal(scores.Psychosocial, scores[Dimension.Psychosocial]);
        Assert.Equal(scores.Composite, scores[ScoreKind.Composite]);
        Assert.Throws<ArgumentOutOfRangeException>(() => scores[(ScoreKind)4]);
        Assert.Throws<ArgumentOutOfRangeException>(() => scores[(Dimension)3]);
        Assert.NotEqual(default, scores);
    }

    [Fact]
    public void ScoreKinds_CodesAndDimensionMapping_AreStable()
    {
        Assert.Equal(new[] { "economic", "social", "psychosocial", "composite" }, System.Linq.Enumerable.Select(ScoreKinds.All, k => k.ToCode()));
        Assert.Equal(ScoreKind.Social, Dimension.Social.ToScoreKind());
    }
}
