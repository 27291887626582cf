using System;
using System.Collections.Generic;
using ReintegrationScoring.Analysis.Cohorts;

namespace ReintegrationScoring.Cli.Cohorts;

/// <summary>
/// One data row of a cohort input: an error with the line and its problems as <c>rss score</c> writes them
/// (<c>column: reason; …</c>; never a cell's value: answers and ids are personal data), or a scored survey by its
/// parts (respondent, round, date, <c>--by</c> group, scores) and, when the reader was asked for them, its answers.
/// </summary>
internal readonly record struct CohortRow(
    long Line,
    string? Problems,
    RespondentId RespondentId,
    MonitoringRound Round,
    DateTime? SurveyDate,
    GroupKey? Group,
    ScoreSet Scores,
    IReadOnlyList<Answer>? Answers)
{
    public bool IsError => Problems is not null;

    public static CohortRow Error(long line, string problems) => new(line, problems, default, default, null, null, default, null);
}
