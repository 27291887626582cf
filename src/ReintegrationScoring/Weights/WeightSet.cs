using System;
using System.Collections.Generic;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring;

/// <summary>
/// Validated weights for every measure of a catalog, with an id and version that every score result records. Weight
/// sets are data: load IOM's official table, or your programme's, and the library checks it. Immutable, thread-safe.
/// </summary>
/// <remarks>
/// Rules (reference section 6): one (dimensional, composite) pair per catalog measure, each weight finite and at least 0,
/// each dimension's dimensional weights summing to 1, and the composite weights summing to 1, within
/// <see cref="SumTolerance"/>.
/// </remarks>
public sealed class WeightSet
{
    /// <summary>How far from 1 a sum of weights may be.</summary>
    public const double SumTolerance = 1e-6;

    /// <summary><see cref="SumTolerance"/> as messages write it.</summary>
    internal const string SumToleranceText = "1e-6";

    private readonly double[] _dimensional;
    private readonly double[] _composite;

    internal WeightSet(Catalog catalog, string id, string version, string? description, double[] dimensional, double[] composite)
    {
        Catalog = catalog;
        Id = id;
        Version = version;
        Description = description;
        _dimensional = dimensional;
        _composite = composite;
        var weights = new MeasureWeight[dimensional.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = new MeasureWeight(catalog.Measures[i].Code, dimensional[i], composite[i]);
        }

        Weights = Array.AsReadOnly(weights);
    }

    /// <summary>The catalog the weights are for.</summary>
    public Catalog Catalog { get; }

    /// <summary>The weight set's id, e.g. <c>equal-by-indicator</c>.</summary>
    public string Id { get; }

    /// <summary>The weight set's version.</summary>
    public string Version { get; }

    /// <summary>An optional description: where the weights come from.</summary>
    public string? Description { get; }

    /// <summary>One entry per catalog measure, in catalog order.</summary>
    public IReadOnlyList<MeasureWeight> Weights { get; }

    /// <summary>Creates and validates a weight set.</summary>
    /// <param name="catalog">The catalog the weights are for.</param>
    /// <param name="id">The id recorded in every result.</param>
    /// <param name="version">The version recorded in every result.</param>
    /// <param name="weights">One entry per catalog measure, in any order.</param>
    /// <param name="description">Where the weights come from.</param>
    /// <param name="normalization">Whether sums are rescaled to 1 (explicit opt-in) or must already be 1.</param>
    /// <returns>The weight set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> or <paramref name="weights"/> is null.</exception>
    /// <exception cref="InvalidWeightSetException">The weights are invalid; every problem is listed.</exception>
    public static WeightSet Create(
        Catalog catalog,
        string id,
        string version,
        IEnumerable<MeasureWeight> weights,
        string? description = null,
        WeightNormalization normalization = WeightNormalization.None) =>
        TryCreate(catalog, id, version, weights, description, normalization).Value;

    /// <summary>Creates and validates a weight set, returning every problem instead of throwing.</summary>
    /// <param name="catalog">The catalog the weights are for.</param>
    /// <param name="id">The id recorded in every result.</param>
    /// <param name="version">The version recorded in every result.</param>
    /// <param name="weights">One entry per catalog measure, in any order.</param>
    /// <param name="description">Where the weights come from.</param>
    /// <param name="normalization">Whether sums are rescaled to 1 (explicit opt-in) or must already be 1.</param>
    /// <returns>The weight set, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> or <paramref name="weights"/> is null.</exception>
    public static ValidationResult<WeightSet, WeightSetProblem> TryCreate(
        Catalog catalog,
        string id,
        string version,
        IEnumerable<MeasureWeight> weights,
        string? description = null,
        WeightNormalization normalization = WeightNormalization.None)
    {
        Preconditions.NotNull(catalog);
        Preconditions.NotNull(weights);
        var validator = new WeightSetValidator(catalog, id, version, weights, normalization);
        return validator.Problems.Count == 0
            ? ValidationResult<WeightSet, WeightSetProblem>.Success(new WeightSet(catalog, id.Trim(), version.Trim(), description, validator.Dimensional, validator.Composite))
            : ValidationResult<WeightSet, WeightSetProblem>.Failure(validator.Problems, problems => new InvalidWeightSetException(problems));
    }

    /// <summary>
    /// The project's provisional default for any catalog, <c>equal-by-indicator</c>: each dimension's indicators share it
    /// equally, each indicator's share is split equally among its measures, and each measure's composite weight is its
    /// dimensional weight divided by 3. A transparent method, not IOM's weights.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    /// <param name="catalog">The catalog to weigh.</param>
    /// <returns>The weight set, with id <c>equal-by-indicator</c>.</returns>
    public static WeightSet EqualByIndicator(Catalog catalog) => EqualByIndicatorWeights.For(Preconditions.NotNull(catalog));

    /// <summary>The weights of the measure with <paramref name="measureCode"/> (ignoring case).</summary>
    /// <exception cref="UnknownMeasureException">The catalog has no such measure.</exception>
    /// <param name="measureCode">The measure code.</param>
    /// <returns>The measure's dimensional and composite weights.</returns>
    public MeasureWeight GetWeight(string measureCode)
    {
        var index = Catalog.IndexOf(measureCode);
        if (index < 0)
        {
            ThrowHelper.UnknownMeasure(measureCode, Catalog.Id);
        }

        return Weights[index];
    }

    /// <summary>Whether <paramref name="other"/> has the same id and version (which should mean the same weights).</summary>
    /// <param name="other">The weight set to compare with; null never has the same identity.</param>
    /// <returns><see langword="true"/> when the ids and versions are equal.</returns>
    public bool HasSameIdentity(WeightSet? other) => other is not null && Id == other.Id && Version == other.Version;

    /// <summary>Whether <paramref name="other"/> has exactly the same weights, measure by measure (ids aside).</summary>
    /// <param name="other">The weight set to compare with; null never has the same weights.</param>
    /// <returns><see langword="true"/> when every measure has the same weights in both.</returns>
    public bool HasSameWeights(WeightSet? other)
    {
        if (other is null || other.Weights.Count != Weights.Count)
        {
            return false;
        }

        for (var i = 0; i < Weights.Count; i++)
        {
            if (!Weights[i].Equals(other.Weights[i]))
            {
                return false;
            }
        }

        return true;
    }

    internal double DimensionalAt(int measureIndex) => _dimensional[measureIndex];

    internal double CompositeAt(int measureIndex) => _composite[measureIndex];

    /// <summary>Formats the weight set's identity for display and logs.</summary>
    /// <returns>The id and version, e.g. <c>equal-by-indicator 1</c>.</returns>
    public override string ToString() => $"{Id} {Version}";
}
