using ReintegrationScoring.Analysis.Cohorts;

namespace ReintegrationScoring.Cli.Cohorts;

/// <summary>
/// One data row of a cohort input: a scored survey, or an error with the line, the column and the reason (never the
/// cell's value: answers and ids are personal data).
/// </summary>
internal readonly record struct CohortRow(long Line, CohortSurvey? Survey, string? Column, string? Reason)
{
    public static CohortRow Scored(long line, CohortSurvey survey) => new(line, survey, null, null);

    public static CohortRow Error(long line, string column, string reason) => new(line, null, column, reason);
}
