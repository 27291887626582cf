namespace ReintegrationScoring;

/// <summary>The outcome of checking a survey's date against its round's window.</summary>
public enum RoundWindowStatus
{
    /// <summary>Not checked: the survey date or the arrival date is unknown.</summary>
    NotChecked = 0,

    /// <summary>The survey date is in the window.</summary>
    WithinWindow = 1,

    /// <summary>The survey date is outside the window: worth a warning, not a rejection.</summary>
    OutsideWindow = 2,

    /// <summary>The survey date is before the arrival date: probably a data-entry error.</summary>
    BeforeArrival = 3,
}
