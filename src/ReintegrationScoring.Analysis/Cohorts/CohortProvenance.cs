using System;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring.Analysis.Cohorts;

/// <summary>
/// What produced a table of cohort figures: the catalog, the weight set, the missing-answer policy and minimum coverage,
/// and the threshold the user chose (the source sets none). Every analysis result carries one, so that a table in a
/// report says how it was made. Immutable.
/// </summary>
public sealed class CohortProvenance
{
    private CohortProvenance(string catalogId, string catalogVersion, string weightSetId, string weightSetVersion, ScoringOptions options, double? threshold)
    {
        CatalogId = catalogId;
        CatalogVersion = catalogVersion;
        WeightSetId = weightSetId;
        WeightSetVersion = weightSetVersion;
        Options = options;
        Threshold = threshold;
    }

    /// <summary>The id of the catalog scored.</summary>
    public string CatalogId { get; }

    /// <summary>The version of the catalog scored.</summary>
    public string CatalogVersion { get; }

    /// <summary>The id of the weight set used.</summary>
    public string WeightSetId { get; }

    /// <summary>The version of the weight set used.</summary>
    public string WeightSetVersion { get; }

    /// <summary>The missing-answer policy and minimum coverage used.</summary>
    public ScoringOptions Options { get; }

    /// <summary>The threshold of the analysis, or null when none was chosen.</summary>
    public double? Threshold { get; }

    /// <summary>The provenance of figures computed with <paramref name="engine"/>.</summary>
    /// <param name="engine">The engine that scored the surveys.</param>
    /// <param name="threshold">The analysis threshold, in [0, 1], or null.</param>
    /// <returns>The provenance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="engine"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is not in [0, 1].</exception>
    public static CohortProvenance Of(ScoringEngine engine, double? threshold = null)
    {
        Preconditions.NotNull(engine);
        return new CohortProvenance(engine.Catalog.Id, engine.Catalog.Version, engine.WeightSet.Id, engine.WeightSet.Version, engine.Options, CheckThreshold(threshold));
    }

    // The provenance of figures computed from result and surveys scored like it.
    internal static CohortProvenance Of(ScoreResult result, double? threshold)
    {
        Preconditions.NotNull(result);
        return new CohortProvenance(result.CatalogId, result.CatalogVersion, result.WeightSetId, result.WeightSetVersion, result.Options, CheckThreshold(threshold));
    }

    /// <summary>Whether <paramref name="result"/> was scored with this catalog, weight set and options.</summary>
    /// <param name="result">A score result.</param>
    /// <returns>True when all five agree.</returns>
    public bool Produced(ScoreResult result) =>
        string.Equals(Preconditions.NotNull(result).CatalogId, CatalogId, StringComparison.Ordinal)
        && string.Equals(result.CatalogVersion, CatalogVersion, StringComparison.Ordinal)
        && string.Equals(result.WeightSetId, WeightSetId, StringComparison.Ordinal)
        && string.Equals(result.WeightSetVersion, WeightSetVersion, StringComparison.Ordinal)
        && result.Options.Equals(Options);

    // Whether other describes the same scoring (the threshold aside).
    internal bool SameScoring(CohortProvenance other) =>
        string.Equals(other.CatalogId, CatalogId, StringComparison.Ordinal)
        && string.Equals(other.CatalogVersion, CatalogVersion, StringComparison.Ordinal)
        && string.Equals(other.WeightSetId, WeightSetId, StringComparison.Ordinal)
        && string.Equals(other.WeightSetVersion, WeightSetVersion, StringComparison.Ordinal)
        && other.Options.Equals(Options);

    /// <summary>The catalog, weight set, options and threshold, for logs and report footers.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() =>
        $"catalog {CatalogId} {CatalogVersion}, weights {WeightSetId} {WeightSetVersion}, {Options}" +
        (Threshold is { } t ? $", threshold {NumberText.Format(t)}" : string.Empty);

    internal static double? CheckThreshold(double? threshold) =>
        threshold is { } t ? Preconditions.InUnitInterval(t, nameof(threshold)) : null;
}
