namespace ReintegrationScoring;

/// <summary>Whether a score was computed, and if not, why.</summary>
public enum ScoreStatus
{
    /// <summary>Not scored: the value of <c>default(Score)</c>.</summary>
    NotScored = 0,

    /// <summary>Computed; the value is in [0, 1].</summary>
    Computed = 1,

    /// <summary>Strict policy: at least one applicable measure is missing.</summary>
    MissingAnswers = 2,

    /// <summary>Renormalize policy: the answered share of the weight is below the minimum coverage, or zero.</summary>
    InsufficientCoverage = 3,

    /// <summary>Every measure of the score is not applicable, or none of the applicable ones carries weight.</summary>
    NoApplicableMeasures = 4,
}
