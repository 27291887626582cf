using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using ReintegrationScoring.Analysis.Cohorts;

namespace ReintegrationScoring.Analysis.Tests.Support;

/// <summary>Random small cohorts: few respondents (so pairs, duplicates and missing rounds all occur), padded and empty attribute values.</summary>
internal static class CohortGenerators
{
    private static readonly string[] Countries = { "AFG", " AFG ", "IRQ", string.Empty, "  " };
    private static readonly string[] Sexes = { "female", "male" };

    public static Gen<CohortSurvey> Survey { get; } =
        from respondent in Gen.Choose(1, 8)
        from round in Gen.Elements(MonitoringRound.Initial, MonitoringRound.Intermediate, MonitoringRound.Final)
        from country in Gen.Elements(Countries)
        from sex in Gen.Elements(Sexes)
        from seed in Gen.Choose(0, 1_000_000)
        from hasSex in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        select hasSex
            ? Cohort.Survey($"R{respondent}", round, seed, ("country", country), ("sex", sex))
            : Cohort.Survey($"R{respondent}", round, seed, ("Country", country));

    public static Arbitrary<CohortSurvey[]> Surveys { get; } = Survey.ArrayOf().Select(a => a.ToArray()).ToArbitrary();

    /// <summary>A cohort and a permutation of it.</summary>
    public static Arbitrary<(CohortSurvey[] Rows, CohortSurvey[] Shuffled)> Permuted { get; } =
        (from rows in Survey.ArrayOf()
         from shuffled in Gen.Shuffle(rows)
         select (rows.ToArray(), shuffled.ToArray())).ToArbitrary();

    public static IEnumerable<CohortSurvey> Where(this IEnumerable<CohortSurvey> rows, MonitoringRound round, GroupKey group, IReadOnlyList<string> attributes) =>
        rows.Where(r => r.Round == round && GroupKey.Of(r, attributes).Equals(group));
}
