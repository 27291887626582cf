namespace ReintegrationScoring;

/// <summary>What a respondent's answer to one measure is.</summary>
public enum AnswerKind
{
    /// <summary>No answer was recorded (an empty cell). Counts as missing.</summary>
    Absent = 0,

    /// <summary>The respondent said they do not know (<c>dont_know</c>). Counts as missing.</summary>
    DontKnow = 1,

    /// <summary>The respondent declined to answer (<c>refused</c>). Counts as missing.</summary>
    Refused = 2,

    /// <summary>
    /// The measure does not apply to this respondent (<c>not_applicable</c>), e.g. no school-age children. Only valid where the
    /// measure allows it; the measure then leaves the score and the remaining weights are rescaled, under every policy.
    /// </summary>
    NotApplicable = 3,

    /// <summary>One of the measure's scored options.</summary>
    Option = 4,
}
