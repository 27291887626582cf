using System;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring;

/// <summary>A dimension as a catalog presents it: the dimension and its label.</summary>
public sealed class DimensionDefinition : IEquatable<DimensionDefinition>
{
    /// <summary>Creates a dimension definition.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dimension"/> is not defined.</exception>
    /// <param name="dimension">The dimension defined.</param>
    /// <param name="label">The dimension's label, in English and any other languages.</param>
    public DimensionDefinition(Dimension dimension, LocalizedText label)
    {
        Dimension = Indicator.CheckDefined(dimension);
        Label = Preconditions.NotNull(label);
    }

    /// <summary>The dimension.</summary>
    public Dimension Dimension { get; }

    /// <summary>The dimension's stable code: <c>economic</c>, <c>social</c> or <c>psychosocial</c>.</summary>
    public string Code => Dimension.ToCode();

    /// <summary>The dimension's label.</summary>
    public LocalizedText Label { get; }

    /// <summary>The labels used when a catalog gives none: IOM's own names, in English and French.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <returns>The definition of <paramref name="dimension"/> with IOM's English and French names.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dimension"/> is not defined.</exception>
    public static DimensionDefinition Default(Dimension dimension) => Indicator.CheckDefined(dimension) switch
    {
        Dimension.Economic => new(dimension, LocalizedText.Of("Economic", "Économique")),
        Dimension.Social => new(dimension, LocalizedText.Of("Social", "Social")),
        _ => new(dimension, LocalizedText.Of("Psychosocial", "Psychosocial")),
    };

    /// <inheritdoc/>
    public bool Equals(DimensionDefinition? other) => other is not null && Dimension == other.Dimension && Label.Equals(other.Label);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DimensionDefinition);

    /// <inheritdoc/>
    public override int GetHashCode() => (int)Dimension;

    /// <summary>Formats the dimension for display and logs.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;
}
