using ReintegrationScoring.Analysis.Cohorts;

namespace ReintegrationScoring.Cli.Cohorts;

/// <summary>
/// One data row of a cohort input: a scored survey, or an error with the line and its problems as <c>rss score</c>
/// writes them (<c>column: reason; …</c>; never a cell's value: answers and ids are personal data).
/// </summary>
internal readonly record struct CohortRow(long Line, CohortSurvey? Survey, string? Problems)
{
    public static CohortRow Error(long line, string problems) => new(line, null, problems);
}
