using System;
using Xunit;

namespace ReintegrationScoring.Tests;

/// <summary>The one-byte answer value.</summary>
public class AnswerTests
{
    [Fact]
    public void Default_IsAbsentAndMissing()
    {
        Assert.Equal(Answer.Absent, default);
        Assert.Equal(AnswerKind.Absent, default(Answer).Kind);
        Assert.True(default(Answer).IsMissing);
        Assert.Equal(-1, default(Answer).OptionIndex);
    }

    [Fact]
    public void Kinds_MissingnessAndIndex_AreAsDocumented()
    {
        Assert.True(Answer.DontKnow.IsMissing);
        Assert.True(Answer.Refused.IsMissing);
        Assert.False(Answer.NotApplicable.IsMissing);
        Assert.False(Answer.Option(0).IsMissing);
        Assert.Equal(AnswerKind.Option, Answer.Option(3).Kind);
        Assert.Equal(3, Answer.Option(3).OptionIndex);
        Assert.Equal(-1, Answer.NotApplicable.OptionIndex);
    }

    [Fact]
    public void Option_IndexOutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Answer.Option(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Answer.Option(Answer.MaxOptionCount));
        Assert.Equal(Answer.MaxOptionCount - 1, Answer.Option(Answer.MaxOptionCount - 1).OptionIndex);
    }

    [Fact]
    public void ToString_NamesKindAndIndexOnly()
    {
        Assert.Equal("Option(2)", Answer.Option(2).ToString());
        Assert.Equal("DontKnow", Answer.DontKnow.ToString());
        Assert.Equal("Absent", Answer.Absent.ToString());
    }

    [Fact]
    public void Size_IsOneByte()
    {
        Assert.Equal(1, System.Runtime.CompilerServices.Unsafe.SizeOf<Answer>());
    }
}
