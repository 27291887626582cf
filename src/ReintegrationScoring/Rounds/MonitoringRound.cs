namespace ReintegrationScoring;

/// <summary>The monitoring round a survey belongs to (reference section 8).</summary>
/// <remarks><c>default</c> is <see cref="Initial"/>.</remarks>
public enum MonitoringRound
{
    /// <summary>Soon after return: needs assessment; choose assistance from the dimension scores (file code <c>initial</c>).</summary>
    Initial = 0,

    /// <summary>6–9 months after arrival: progress since arrival; readjust assistance (file code <c>intermediate</c>).</summary>
    Intermediate = 1,

    /// <summary>12–18 months after arrival: situation after assistance ends; feeds programme evaluation (file code <c>final</c>).</summary>
    Final = 2,
}
