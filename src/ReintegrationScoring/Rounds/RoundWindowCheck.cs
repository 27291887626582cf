using System;

namespace ReintegrationScoring;

/// <summary>The outcome of a round-window check: a warning at most, never a rejection.</summary>
public readonly struct RoundWindowCheck : IEquatable<RoundWindowCheck>
{
    internal RoundWindowCheck(RoundWindowStatus status, MonitoringRound round, RoundWindow window, int? monthsAfterArrival, int? extraDays)
    {
        Status = status;
        Round = round;
        Window = window;
        MonthsAfterArrival = monthsAfterArrival;
        ExtraDays = extraDays;
    }

    /// <summary>The outcome.</summary>
    public RoundWindowStatus Status { get; }

    /// <summary>Whether the outcome deserves a warning (outside the window, or before arrival).</summary>
    public bool IsWarning => Status is RoundWindowStatus.OutsideWindow or RoundWindowStatus.BeforeArrival;

    /// <summary>The survey's round.</summary>
    public MonitoringRound Round { get; }

    /// <summary>The round's window.</summary>
    public RoundWindow Window { get; }

    /// <summary>Whole calendar months from arrival to the survey, when both dates are known.</summary>
    public int? MonthsAfterArrival { get; }

    /// <summary>The days after <see cref="MonthsAfterArrival"/> whole months, when both dates are known.</summary>
    public int? ExtraDays { get; }

    /// <summary>A readable account, naming the round, the window and the elapsed months, never the dates.</summary>
    /// <returns>One sentence for people, without the dates.</returns>
    public string Describe() => Status switch
    {
        RoundWindowStatus.WithinWindow => $"The {Round.ToCode()} survey took place {Elapsed} after arrival, within its window ({Window}).",
        RoundWindowStatus.OutsideWindow => $"The {Round.ToCode()} survey took place {Elapsed} after arrival, outside its window ({Window}).",
        RoundWindowStatus.BeforeArrival => $"The {Round.ToCode()} survey is dated before the arrival date.",
        _ => $"The {Round.ToCode()} survey's window was not checked: the survey date or the arrival date is unknown.",
    };

    private string Elapsed => ExtraDays is > 0 ? $"{MonthsAfterArrival} month(s) and {ExtraDays} day(s)" : $"{MonthsAfterArrival} month(s)";

    /// <inheritdoc/>
    public bool Equals(RoundWindowCheck other) =>
        Status == other.Status && Round == other.Round && Window == other.Window && MonthsAfterArrival == other.MonthsAfterArrival && ExtraDays == other.ExtraDays;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RoundWindowCheck other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => ((int)Status * 397) ^ ((int)Round * 31) ^ Window.GetHashCode();

    /// <summary>Equality.</summary>
    /// <param name="left">The first check.</param>
    /// <param name="right">The second check.</param>
    public static bool operator ==(RoundWindowCheck left, RoundWindowCheck right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first check.</param>
    /// <param name="right">The second check.</param>
    public static bool operator !=(RoundWindowCheck left, RoundWindowCheck right) => !left.Equals(right);

    /// <summary>Formats the check for display and logs.</summary>
    /// <returns>The same as <see cref="Describe"/>.</returns>
    public override string ToString() => Describe();
}
