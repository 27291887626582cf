using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace ReintegrationScoring.Tests;

/// <summary>The opaque respondent id: personal data that never shows in text.</summary>
public class RespondentIdTests
{
    [Property(MaxTest = 300)]
    public Property ToString_AnyId_NeverRevealsIt()
    {
        var ids = ArbMap.Default.GeneratorFor<NonWhiteSpaceString>().Select(s => s.Get).Where(s => s.Length >= 2);
        return Prop.ForAll(ids.ToArbitrary(), value =>
        {
            var id = new RespondentId(value);

            Assert.Equal("[respondent id]", id.ToString());
            Assert.Equal("[respondent id]", $"{id}");
            Assert.Equal(value, id.Value);
        });
    }

    [Fact]
    public void Equality_IsOrdinal()
    {
        Assert.Equal(new RespondentId("R-1"), new RespondentId("R-1"));
        Assert.True(new RespondentId("R-1") == new RespondentId("R-1"));
        Assert.NotEqual(new RespondentId("R-1"), new RespondentId("r-1"));
        Assert.True(new RespondentId("R-1") != new RespondentId("r-1"));
        Assert.Equal(new RespondentId("R-1").GetHashCode(), new RespondentId("R-1").GetHashCode());
    }

    [Fact]
    public void Value_IsKeptExactlyAsGiven()
    {
        Assert.Equal(" R-1 ", new RespondentId(" R-1 ").Value);
    }

    [Fact]
    public void Default_IsNotValid()
    {
        var id = default(RespondentId);

        Assert.False(id.IsValid);
        Assert.Null(id.Value);
        Assert.Equal(0, id.GetHashCode());
        Assert.Equal("[respondent id]", id.ToString());
        Assert.True(new RespondentId("x").IsValid);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_Blank_Throws(string value)
    {
        var ex = Assert.Throws<ArgumentException>(() => new RespondentId(value));

        Assert.Equal("value", ex.ParamName);
        Assert.Throws<ArgumentNullException>(() => new RespondentId(null!));
    }
}
