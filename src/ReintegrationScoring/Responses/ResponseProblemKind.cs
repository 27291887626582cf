namespace ReintegrationScoring;

/// <summary>What is wrong with one answer of a survey response.</summary>
public enum ResponseProblemKind
{
    /// <summary>The answer names a measure that is not in the catalog.</summary>
    UnknownMeasure = 0,

    /// <summary>The measure is answered more than once.</summary>
    DuplicateMeasure = 1,

    /// <summary>The answer is not valid for its measure; see <see cref="ResponseProblem.AnswerProblem"/>.</summary>
    InvalidAnswer = 2,
}
