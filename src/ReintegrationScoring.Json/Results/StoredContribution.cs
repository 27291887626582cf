using ReintegrationScoring.Internal;
using System;
using System.Globalization;

namespace ReintegrationScoring.Json;

/// <summary>
/// How one measure entered a stored result (the per-measure breakdown): its answer status, points, both weights and
/// both contributions. It carries points, not the answer itself. Immutable.
/// </summary>
/// <remarks>See <see cref="MeasureContribution"/> for when a contribution is null.</remarks>
public sealed class StoredContribution : IEquatable<StoredContribution>
{
    /// <summary>Creates a stored contribution.</summary>
    /// <param name="measureCode">The measure's code.</param>
    /// <param name="dimension">The measure's dimension.</param>
    /// <param name="status">How the answer entered the scores.</param>
    /// <param name="points">The points in [0, 1] when <paramref name="status"/> is <see cref="AnswerStatus.Answered"/>, otherwise null.</param>
    /// <param name="dimensionalWeight">The dimensional weight; finite and at least 0.</param>
    /// <param name="compositeWeight">The composite weight; finite and at least 0.</param>
    /// <param name="dimensionContribution">The contribution to the dimension score, in [0, 1], or null.</param>
    /// <param name="compositeContribution">The contribution to the composite score, in [0, 1], or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="measureCode"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="measureCode"/> is blank, or points are given without the answered status or missing with it.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enumeration value is not defined or a number is out of its range.</exception>
    public StoredContribution(
        string measureCode,
        Dimension dimension,
        AnswerStatus status,
        double? points,
        double dimensionalWeight,
        double compositeWeight,
        double? dimensionContribution,
        double? compositeContribution)
    {
        Preconditions.NotNull(measureCode);

        if (measureCode.Trim().Length == 0)
        {
            throw new ArgumentException("The measure code must not be empty or white space.", nameof(measureCode));
        }

        if (dimension is not (Dimension.Economic or Dimension.Social or Dimension.Psychosocial))
        {
            throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Expected economic, social or psychosocial.");
        }

        if (status is not (AnswerStatus.Answered or AnswerStatus.Missing or AnswerStatus.NotApplicable))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "Expected answered, missing or not applicable.");
        }

        if ((status == AnswerStatus.Answered) != points.HasValue)
        {
            throw new ArgumentException("Points are given exactly when the measure was answered.", nameof(points));
        }

        MeasureCode = measureCode;
        Dimension = dimension;
        Status = status;
        Points = points is { } p ? InUnitInterval(p, nameof(points)) : null;
        DimensionalWeight = Weight(dimensionalWeight, nameof(dimensionalWeight));
        CompositeWeight = Weight(compositeWeight, nameof(compositeWeight));
        DimensionContribution = dimensionContribution is { } d ? InUnitInterval(d, nameof(dimensionContribution)) : null;
        CompositeContribution = compositeContribution is { } c ? InUnitInterval(c, nameof(compositeContribution)) : null;
    }

    /// <summary>The measure's code.</summary>
    public string MeasureCode { get; }

    /// <summary>The measure's dimension.</summary>
    public Dimension Dimension { get; }

    /// <summary>How the answer entered the scores.</summary>
    public AnswerStatus Status { get; }

    /// <summary>The points earned, or null when the measure was not answered with an option.</summary>
    public double? Points { get; }

    /// <summary>The measure's dimensional weight.</summary>
    public double DimensionalWeight { get; }

    /// <summary>The measure's composite weight.</summary>
    public double CompositeWeight { get; }

    /// <summary>What the measure contributed to its dimension score, or null.</summary>
    public double? DimensionContribution { get; }

    /// <summary>What the measure contributed to the composite score, or null.</summary>
    public double? CompositeContribution { get; }

    /// <summary>The contribution as stored.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="contribution"/> is null.</exception>
    /// <param name="contribution">A contribution from <see cref="ScoreResult.Explain"/>.</param>
    /// <returns>The stored form, with the same numbers.</returns>
    public static StoredContribution From(MeasureContribution contribution)
    {
        Preconditions.NotNull(contribution);

        return new StoredContribution(
            contribution.MeasureCode,
            contribution.Dimension,
            contribution.Status,
            contribution.Points,
            contribution.DimensionalWeight,
            contribution.CompositeWeight,
            contribution.DimensionContribution,
            contribution.CompositeContribution);
    }

    /// <inheritdoc/>
    public bool Equals(StoredContribution? other) =>
        other is not null
        && string.Equals(MeasureCode, other.MeasureCode, StringComparison.Ordinal)
        && Dimension == other.Dimension
        && Status == other.Status
        && Nullable.Equals(Points, other.Points)
        && DimensionalWeight.Equals(other.DimensionalWeight)
        && CompositeWeight.Equals(other.CompositeWeight)
        && Nullable.Equals(DimensionContribution, other.DimensionContribution)
        && Nullable.Equals(CompositeContribution, other.CompositeContribution);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as StoredContribution);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(MeasureCode) ^ (int)Status;

    /// <summary>Formats the contribution for display and logs.</summary>
    /// <returns>The measure code, status and contributions, e.g. <c>ECO_SATISFACTION answered: 0.1125 / 0.0375</c>.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0} {1}: {2} / {3}", MeasureCode, Status.ToCode(), Show(DimensionContribution), Show(CompositeContribution));

    private static string Show(double? value) => value is { } v ? NumberText.Format(v) : "-";

    private static double InUnitInterval(double value, string name) =>
        value is >= 0.0 and <= 1.0 ? value : throw new ArgumentOutOfRangeException(name, value, "The value must be a number in [0, 1].");

    private static double Weight(double value, string name) =>
        value >= 0.0 && !double.IsInfinity(value) ? value : throw new ArgumentOutOfRangeException(name, value, "A weight is finite and at least 0.");
}
