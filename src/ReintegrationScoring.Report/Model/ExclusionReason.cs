namespace ReintegrationScoring.Report;

/// <summary>Why rows or respondents are missing from some figures of a report.</summary>
public enum ExclusionReason
{
    /// <summary>Rows with an error (unreadable, unknown answer, bad round): left out of every figure.</summary>
    ErrorRow = 0,

    /// <summary>Rows whose score could not be computed under the missing-answer policy: counted, but not in that score's figures.</summary>
    ScoreNotComputed = 1,

    /// <summary>Respondents with more than one survey in a round: left out of the progress pairs of that round.</summary>
    DuplicateInRound = 2,

    /// <summary>Respondents not surveyed in both rounds of a comparison: left out of its progress pairs.</summary>
    NotSeenInBothRounds = 3,
}
