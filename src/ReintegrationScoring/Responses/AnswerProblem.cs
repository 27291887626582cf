namespace ReintegrationScoring;

/// <summary>Why an answer is not valid for a measure. Problems never carry the answer's text.</summary>
public enum AnswerProblem
{
    /// <summary>The answer is valid.</summary>
    None = 0,

    /// <summary>The text is neither one of the measure's option keys nor a special answer.</summary>
    UnknownOption = 1,

    /// <summary>The answer is <c>not_applicable</c> but the measure does not allow it.</summary>
    NotApplicableNotAllowed = 2,

    /// <summary>The option index is beyond the measure's scale.</summary>
    OptionOutOfRange = 3,
}
