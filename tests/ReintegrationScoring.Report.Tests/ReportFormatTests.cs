using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReintegrationScoring.Report.Text;
using Xunit;

namespace ReintegrationScoring.Report.Tests;

public sealed class ReportFormatTests
{
    private const char Narrow = '\u202F';

    [Fact]
    public void Number_French_HasDecimalCommaAndNarrowSpaceThousands()
    {
        Assert.Equal($"1{Narrow}234{Narrow}567,891", ReportFormat.French.Number(1234567.891, 3));
        Assert.Equal("1,234,567.891", ReportFormat.English.Number(1234567.891, 3));
    }

    [Fact]
    public void Percent_EachLanguage_FollowsItsTypography()
    {
        Assert.Equal($"12,5{Narrow}%", ReportFormat.French.Percent(0.125));
        Assert.Equal("12.5%", ReportFormat.English.Percent(0.125));
        Assert.Equal(string.Empty, ReportFormat.English.Percent(null));
    }

    [Fact]
    public void Change_SignsGainsAndLossesWithTypographicMinus()
    {
        Assert.Equal("+0.120", ReportFormat.English.Change(0.12));
        Assert.Equal("−0,012", ReportFormat.French.Change(-0.012));
        Assert.Equal("0.000", ReportFormat.English.Change(0));
    }

    [Fact]
    public void Number_Midpoint_RoundsAwayFromZeroAndNeverShowsMinusZero()
    {
        Assert.Equal("0.13", ReportFormat.English.Number(0.125, 2));
        Assert.Equal("−0.13", ReportFormat.English.Number(-0.125, 2));
        Assert.Equal("0.00", ReportFormat.English.Number(-0.0001, 2));
    }

    [Fact]
    public void Count_GroupsDigitsByThree()
    {
        Assert.Equal("1,000,000", ReportFormat.English.Count(1_000_000));
        Assert.Equal($"12{Narrow}345", ReportFormat.French.Count(12_345));
        Assert.Equal("999", ReportFormat.French.Count(999));
    }

    [Property]
    public Property Number_FrenchAndEnglish_SayTheSameNumber() =>
        Prop.ForAll(
            Gen.Choose(-1_000_000_000, 1_000_000_000).Select(i => i / 1000.0).ToArbitrary(),
            Gen.Choose(0, 4).ToArbitrary(),
            (value, decimals) =>
            {
                var english = ReportFormat.English.Number(value, decimals).Replace(",", string.Empty, StringComparison.Ordinal);
                var french = ReportFormat.French.Number(value, decimals).Replace(Narrow.ToString(), string.Empty, StringComparison.Ordinal).Replace(',', '.');
                var parsed = double.Parse(english.Replace('−', '-'), System.Globalization.CultureInfo.InvariantCulture);
                return english == french && Math.Abs(parsed - value) <= (0.5 * Math.Pow(10, -decimals)) + 1e-9;
            });
}
