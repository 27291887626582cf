namespace ReintegrationScoring;

/// <summary>How a measure's answer entered the scores.</summary>
public enum AnswerStatus
{
    /// <summary>A scored option: it earns points.</summary>
    Answered = 0,

    /// <summary>Absent, don't know or refused: handled by the missing-answer policy.</summary>
    Missing = 1,

    /// <summary>Not applicable: the measure leaves its scores and the remaining weights are rescaled.</summary>
    NotApplicable = 2,
}
