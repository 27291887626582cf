using System;
using System.Collections.Generic;
using System.Linq;

namespace ReintegrationScoring.Sample;

/// <summary>
/// A small made-up cohort: seven surveys of six returnees across the three rounds, with some dont_know, refused,
/// blank and not_applicable answers, and one record with a typing error. The ids are pseudonyms.
/// </summary>
internal static class SampleCohort
{
    public static IReadOnlyList<SampleRecord> Records { get; } = new[]
    {
        new SampleRecord("R-001", MonitoringRound.Initial, Date(2024, 1, 10), Date(2024, 2, 20),
            Answers(economic: 3, social: 2, psychosocial: 1, ("SOC_SCHOOL_ATTENDANCE", "not_applicable"))),
        new SampleRecord("R-001", MonitoringRound.Intermediate, Date(2024, 1, 10), Date(2024, 8, 5),
            Answers(economic: 1, social: 1, psychosocial: 1, ("SOC_SCHOOL_ATTENDANCE", "not_applicable"), ("ECO_INCOME_ACTIVITY", "yes"))),
        new SampleRecord("R-002", MonitoringRound.Initial, Date(2024, 3, 1), Date(2024, 3, 15),
            Answers(economic: 2, social: 1, psychosocial: 3, ("PSY_DISTRESS", "refused"))),
        new SampleRecord("R-003", MonitoringRound.Intermediate, Date(2023, 11, 20), Date(2024, 6, 2),
            Answers(economic: 0, social: 3, psychosocial: 1, ("ECO_DEBT_RATIO", "dont_know"))),
        new SampleRecord("R-004", MonitoringRound.Final, Date(2023, 1, 15), Date(2024, 2, 1),
            Answers(economic: 1, social: 0, psychosocial: 0, ("SOC_SCHOOL_ATTENDANCE", "all"))),
        new SampleRecord("R-005", MonitoringRound.Final, Date(2023, 9, 1), Date(2024, 7, 15),
            Answers(economic: 2, social: 2, psychosocial: 2, ("SOC_SCHOOL_ATTENDANCE", "some"))),
        new SampleRecord("R-006", MonitoringRound.Intermediate, null, null,
            Answers(economic: 1, social: 2, psychosocial: 1, ("ECO_MEALS_SKIPPED", ""), ("SOC_SCHOOL_ATTENDANCE", "dont_know"))),
        new SampleRecord("R-007", MonitoringRound.Initial, Date(2024, 5, 2), Date(2024, 5, 30),
            Answers(economic: 1, social: 1, psychosocial: 1, ("ECO_SATISFACTION", "satisfied_very"))),
    };

    /// <summary>
    /// Every measure answered at a level per dimension (0 = a scale's best option, 1 the next, and so on, down to the
    /// worst), then the given exceptions.
    /// </summary>
    private static Dictionary<string, string> Answers(int economic, int social, int psychosocial, params (string Code, string Key)[] exceptions)
    {
        var levels = new[] { economic, social, psychosocial };
        var answers = RssCatalog.Default.Measures.ToDictionary(
            m => m.Code,
            m => m.Scale.Options[Math.Min(levels[(int)m.Dimension], m.Scale.Options.Count - 1)].Key);
        foreach (var (code, key) in exceptions)
        {
            answers[code] = key;
        }

        return answers;
    }

    private static DateTime Date(int year, int month, int day) => new(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
}
