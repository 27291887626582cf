using System;
using System.Linq;
using System.Runtime.CompilerServices;
using Xunit;

namespace ReintegrationScoring.Tests;

/// <summary>One score as a value: what <c>default</c> means and how a missing value is never 0 or NaN.</summary>
public class ScoreTests
{
    [Fact]
    public void Default_IsNotScoredWithoutValue()
    {
        var score = default(Score);

        Assert.Equal(ScoreStatus.NotScored, score.Status);
        Assert.False(score.IsComputed);
        Assert.Null(score.ValueOrNull);
        Assert.False(score.TryGetValue(out _));
        Assert.Equal(0.0, score.Coverage);
        Assert.Equal(0, score.MissingCount);
        Assert.Equal("NotScored", score.ToString());
    }

    [Fact]
    public void Value_OfAScoreNotComputed_ThrowsNamingTheStatus()
    {
        var notComputed = ScoringEngine.Default.ComputeScores(new Answer[30]).Composite;

        var ex = Assert.Throws<InvalidOperationException>(() => notComputed.Value);

        Assert.Contains("MissingAnswers", ex.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => default(Score).Value);
    }

    [Fact]
    public void Equality_IsOfStatusValueCoverageAndMissingCount()
    {
        var a = ScoringEngine.Default.ComputeScores(new Answer[30]).Economic;
        var b = ScoringEngine.Default.ComputeScores(new Answer[30]).Economic;
        var computed = ScoringEngine.Default.ComputeScores(Enumerable.Repeat(Answer.Option(0), 30).ToArray()).Economic;

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, computed);
        Assert.True(a != computed);
        Assert.NotEqual(default, a);
        Assert.Equal("1", computed.ToString());
    }

    [Fact]
    public void Layout_ScoreIs24BytesAndScoreSet96()
    {
        // Two doubles, then the status and the missing count: no padding, so a batch writes 96 bytes per response.
        Assert.Equal(24, Unsafe.SizeOf<Score>());
        Assert.Equal(96, Unsafe.SizeOf<ScoreSet>());
    }
}
