using System;
using ReintegrationScoring.Tests.Support;
using Xunit;

namespace ReintegrationScoring.Tests;

/// <summary>The round-window check (reference section 8): a warning at most, never a rejection.</summary>
public class RoundWindowsTests
{
    private static readonly DateTime Arrival = new(2024, 3, 15);

    [Fact]
    public void Default_Windows_AreInitial0To3Intermediate6To9Final12To18()
    {
        var windows = RoundWindows.Default;

        Assert.Equal(new RoundWindow(0, 3), windows.Initial);
        Assert.Equal(new RoundWindow(6, 9), windows.Intermediate);
        Assert.Equal(new RoundWindow(12, 18), windows.Final);
        Assert.Equal(windows.Intermediate, windows.For(MonitoringRound.Intermediate));
        Assert.Equal("6–9 months after arrival", windows.Intermediate.ToString());
    }

    [Theory]
    [InlineData(MonitoringRound.Initial, 0, 0, RoundWindowStatus.WithinWindow, 0)]
    [InlineData(MonitoringRound.Initial, 3, 0, RoundWindowStatus.WithinWindow, 3)]
    [InlineData(MonitoringRound.Initial, 3, 1, RoundWindowStatus.OutsideWindow, 3)]
    [InlineData(MonitoringRound.Intermediate, 6, -1, RoundWindowStatus.OutsideWindow, 5)]
    [InlineData(MonitoringRound.Intermediate, 6, 0, RoundWindowStatus.WithinWindow, 6)]
    [InlineData(MonitoringRound.Intermediate, 9, 0, RoundWindowStatus.WithinWindow, 9)]
    [InlineData(MonitoringRound.Intermediate, 9, 1, RoundWindowStatus.OutsideWindow, 9)]
    [InlineData(MonitoringRound.Final, 12, -1, RoundWindowStatus.OutsideWindow, 11)]
    [InlineData(MonitoringRound.Final, 12, 0, RoundWindowStatus.WithinWindow, 12)]
    [InlineData(MonitoringRound.Final, 18, 0, RoundWindowStatus.WithinWindow, 18)]
    [InlineData(MonitoringRound.Final, 18, 1, RoundWindowStatus.OutsideWindow, 18)]
    [InlineData(MonitoringRound.Final, 7, 0, RoundWindowStatus.OutsideWindow, 7)]
    public void Check_DateAroundTheWindowBounds_IsWithinOrOutside(MonitoringRound round, int months, int days, RoundWindowStatus status, int wholeMonths)
    {
        var check = RoundWindows.Default.Check(round, Arrival, Arrival.AddMonths(months).AddDays(days));

        Assert.Equal(status, check.Status);
        Assert.Equal(wholeMonths, check.MonthsAfterArrival);
        Assert.Equal(status == RoundWindowStatus.OutsideWindow, check.IsWarning);
        Assert.Equal(round, check.Round);
        Assert.Equal(RoundWindows.Default.For(round), check.Window);
    }

    [Fact]
    public void Check_SurveyBeforeArrival_IsAWarningWithoutMonths()
    {
        var check = RoundWindows.Default.Check(MonitoringRound.Initial, Arrival, Arrival.AddDays(-1));

        Assert.Equal(RoundWindowStatus.BeforeArrival, check.Status);
        Assert.True(check.IsWarning);
        Assert.Null(check.MonthsAfterArrival);
        Assert.Equal("The initial survey is dated before the arrival date.", check.Describe());
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(false, false)]
    public void Check_AMissingDate_IsNotCheckedAndNoWarning(bool hasArrival, bool hasSurvey)
    {
        var check = RoundWindows.Default.Check(MonitoringRound.Final, hasArrival ? Arrival : null, hasSurvey ? Arrival.AddMonths(13) : null);

        Assert.Equal(RoundWindowStatus.NotChecked, check.Status);
        Assert.False(check.IsWarning);
        Assert.Null(check.MonthsAfterArrival);
        Assert.Contains("not checked", check.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TimeOfDay_IsIgnored()
    {
        var check = RoundWindows.Default.Check(MonitoringRound.Initial, Arrival.AddHours(23), Arrival.AddMonths(3).AddHours(1));

        Assert.Equal(RoundWindowStatus.WithinWindow, check.Status);
    }

    [Fact]
    public void Check_ArrivalAtMonthEnd_CountsCalendarMonths()
    {
        // 31 August + 6 months is 28 February (or 29 in a leap year): in the intermediate window.
        var arrival = new DateTime(2023, 8, 31);

        Assert.Equal(RoundWindowStatus.WithinWindow, RoundWindows.Default.Check(MonitoringRound.Intermediate, arrival, new DateTime(2024, 2, 29)).Status);
        Assert.Equal(RoundWindowStatus.OutsideWindow, RoundWindows.Default.Check(MonitoringRound.Intermediate, arrival, new DateTime(2024, 2, 28)).Status);
    }

    [Fact]
    public void Describe_NamesRoundWindowAndMonthsNeverTheDates()
    {
        var check = RoundWindows.Default.Check(MonitoringRound.Intermediate, Arrival, new DateTime(2025, 1, 20));

        Assert.Equal("The intermediate survey took place 10 month(s) and 5 day(s) after arrival, outside its window (6–9 months after arrival).", check.Describe());
        Assert.Equal(5, check.ExtraDays);
        Assert.Equal(check.Describe(), check.ToString());
        Confidential.DoesNotReveal(check.Describe(), "2024", "2025", "15", "20");
    }

    [Fact]
    public void Check_Response_UsesItsRoundAndDates()
    {
        var response = SurveyResponse.Parse(RssCatalog.Default, RssResponses.Id, MonitoringRound.Final, RssResponses.Keys(0), surveyDate: Arrival.AddMonths(14), arrivalDate: Arrival);

        var check = RoundWindows.Default.Check(response);

        Assert.Equal(RoundWindowStatus.WithinWindow, check.Status);
        Assert.Equal(14, check.MonthsAfterArrival);
        Assert.Throws<ArgumentNullException>(() => RoundWindows.Default.Check(null!));
    }

    [Fact]
    public void RoundWindow_InvalidBounds_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RoundWindow(-1, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RoundWindow(6, 5));
        Assert.Equal(new RoundWindow(4, 4), new RoundWindow(4, 4));
    }

    [Fact]
    public void For_UndefinedRound_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RoundWindows.Default.For((MonitoringRound)3));
    }

    [Fact]
    public void MonitoringRounds_CodesRoundTripIgnoringCase()
    {
        foreach (var round in MonitoringRounds.All)
        {
            Assert.True(MonitoringRounds.TryParse(" " + round.ToCode().ToUpperInvariant() + " ", out var parsed));
            Assert.Equal(round, parsed);
        }

        Assert.Equal(new[] { "initial", "intermediate", "final" }, System.Linq.Enumerable.Select(MonitoringRounds.All, r => r.ToCode()));
        Assert.False(MonitoringRounds.TryParse("midline", out _));
        Assert.Equal(MonitoringRound.Initial, default(MonitoringRound));
    }
}
