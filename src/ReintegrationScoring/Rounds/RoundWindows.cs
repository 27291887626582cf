using System;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring;

/// <summary>
/// The expected timing of each monitoring round. The defaults follow the source for the intermediate (6–9 months after
/// arrival) and final (12–18 months) rounds; the source says only "soon after return" for the initial round, for which
/// this project assumes 0–3 months.
/// </summary>
public sealed class RoundWindows
{
    /// <summary>Creates a set of windows.</summary>
    /// <param name="initial">The window of the initial round.</param>
    /// <param name="intermediate">The window of the intermediate round.</param>
    /// <param name="final">The window of the final round.</param>
    public RoundWindows(RoundWindow initial, RoundWindow intermediate, RoundWindow final)
    {
        Initial = initial;
        Intermediate = intermediate;
        Final = final;
    }

    /// <summary>Initial 0–3 months (a project assumption), intermediate 6–9, final 12–18.</summary>
    public static RoundWindows Default { get; } = new(new RoundWindow(0, 3), new RoundWindow(6, 9), new RoundWindow(12, 18));

    /// <summary>The window of the initial round.</summary>
    public RoundWindow Initial { get; }

    /// <summary>The window of the intermediate round.</summary>
    public RoundWindow Intermediate { get; }

    /// <summary>The window of the final round.</summary>
    public RoundWindow Final { get; }

    /// <summary>The window of <paramref name="round"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="round"/> is not defined.</exception>
    /// <param name="round">The round.</param>
    /// <returns>The window the round's surveys should fall in.</returns>
    public RoundWindow For(MonitoringRound round) => MonitoringRounds.CheckDefined(round) switch
    {
        MonitoringRound.Initial => Initial,
        MonitoringRound.Intermediate => Intermediate,
        _ => Final,
    };

    /// <summary>Checks the response's survey date against its round's window.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> is null.</exception>
    /// <param name="response">The response, with its round and dates.</param>
    /// <returns>The outcome; a response without both dates cannot be checked.</returns>
    public RoundWindowCheck Check(SurveyResponse response)
    {
        Preconditions.NotNull(response);
        return Check(response.Round, response.ArrivalDate, response.SurveyDate);
    }

    /// <summary>Checks a survey date against the window of <paramref name="round"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="round"/> is not defined.</exception>
    /// <param name="round">The round the survey belongs to.</param>
    /// <param name="arrivalDate">The respondent's date of arrival, when known.</param>
    /// <param name="surveyDate">The date of the survey, when known.</param>
    /// <returns>The outcome; without both dates the check cannot be made.</returns>
    public RoundWindowCheck Check(MonitoringRound round, DateTime? arrivalDate, DateTime? surveyDate)
    {
        var window = For(round);
        if (arrivalDate is not { } arrival || surveyDate is not { } survey)
        {
            return new RoundWindowCheck(RoundWindowStatus.NotChecked, round, window, null, null);
        }

        if (survey.Date < arrival.Date)
        {
            return new RoundWindowCheck(RoundWindowStatus.BeforeArrival, round, window, null, null);
        }

        var status = window.Contains(arrival, survey) ? RoundWindowStatus.WithinWindow : RoundWindowStatus.OutsideWindow;
        var months = WholeMonths(arrival.Date, survey.Date);
        return new RoundWindowCheck(status, round, window, months, (survey.Date - arrival.Date.AddMonths(months)).Days);
    }

    private static int WholeMonths(DateTime from, DateTime to)
    {
        var months = ((to.Year - from.Year) * 12) + to.Month - from.Month;
        return from.AddMonths(months) > to ? months - 1 : months;
    }
}
