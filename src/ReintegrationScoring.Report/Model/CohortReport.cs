using System.Collections.Generic;

namespace ReintegrationScoring.Report;

/// <summary>
/// Everything a cohort report page shows, already computed: the page draws and formats these figures and computes
/// none of its own. Built from the analysis results by <c>CohortReportBuilder</c>, or directly (tests, other tools).
/// </summary>
/// <param name="Provenance">What produced the figures: input, time, row counts, catalog, weights, policy, threshold.</param>
/// <param name="DataQuality">Non-answers per measure and the rows left out of the figures.</param>
/// <param name="Distributions">The distribution of each score at each round.</param>
/// <param name="Groups">Group means with their intervals, one comparison per <c>--by</c> attribute.</param>
/// <param name="Progress">Paired change between rounds, per score.</param>
/// <param name="Retention">How many respondents of the first round were surveyed again at each round.</param>
/// <param name="Weakest">How often each dimension is a survey's weakest, per round.</param>
/// <param name="BelowThreshold">The share below the threshold per score at the initial visit; empty without a threshold.</param>
/// <param name="Robustness">Group ranks under weight uncertainty; null when the sensitivity analysis was not run.</param>
public sealed record CohortReport(
    ReportProvenance Provenance,
    DataQuality DataQuality,
    IReadOnlyList<ScoreDistribution> Distributions,
    IReadOnlyList<GroupComparison> Groups,
    IReadOnlyList<ProgressFigure> Progress,
    IReadOnlyList<RetentionStep> Retention,
    IReadOnlyList<WeakestDimensionCount> Weakest,
    IReadOnlyList<BelowThresholdShare> BelowThreshold,
    Robustness? Robustness);
