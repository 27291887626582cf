using System;

namespace ReintegrationScoring;

/// <summary>When a round's survey is expected: from <see cref="FromMonths"/> to <see cref="ToMonths"/> calendar months after arrival, inclusive.</summary>
public readonly struct RoundWindow : IEquatable<RoundWindow>
{
    /// <summary>Creates a window.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A bound is negative, or <paramref name="toMonths"/> is before <paramref name="fromMonths"/>.</exception>
    /// <param name="fromMonths">Whole months after arrival at which the window opens (inclusive).</param>
    /// <param name="toMonths">Whole months after arrival at which the window closes (inclusive).</param>
    public RoundWindow(int fromMonths, int toMonths)
    {
        if (fromMonths < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(fromMonths), fromMonths, "Months after arrival are at least 0.");
        }

        if (toMonths < fromMonths)
        {
            throw new ArgumentOutOfRangeException(nameof(toMonths), toMonths, $"The window ends at or after its start ({fromMonths} months).");
        }

        FromMonths = fromMonths;
        ToMonths = toMonths;
    }

    /// <summary>The first month after arrival in the window.</summary>
    public int FromMonths { get; }

    /// <summary>The last month after arrival in the window (inclusive: the date <c>arrival + ToMonths</c> is in it).</summary>
    public int ToMonths { get; }

    /// <summary>Whether <paramref name="surveyDate"/> is within the window for <paramref name="arrivalDate"/>.</summary>
    /// <param name="arrivalDate">The respondent's date of arrival.</param>
    /// <param name="surveyDate">The date of the survey.</param>
    /// <returns><see langword="true"/> when the survey falls in the window.</returns>
    public bool Contains(DateTime arrivalDate, DateTime surveyDate) =>
        surveyDate.Date >= arrivalDate.Date.AddMonths(FromMonths) && surveyDate.Date <= arrivalDate.Date.AddMonths(ToMonths);

    /// <summary>Equality of bounds.</summary>
    /// <param name="left">The first window.</param>
    /// <param name="right">The second window.</param>
    public static bool operator ==(RoundWindow left, RoundWindow right) => left.Equals(right);

    /// <summary>Inequality of bounds.</summary>
    /// <param name="left">The first window.</param>
    /// <param name="right">The second window.</param>
    public static bool operator !=(RoundWindow left, RoundWindow right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(RoundWindow other) => FromMonths == other.FromMonths && ToMonths == other.ToMonths;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RoundWindow other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (FromMonths * 397) ^ ToMonths;

    /// <summary>Formats the window for display and logs.</summary>
    /// <returns>The window, e.g. <c>6–9 months after arrival</c>.</returns>
    public override string ToString() => $"{FromMonths}–{ToMonths} months after arrival";
}
