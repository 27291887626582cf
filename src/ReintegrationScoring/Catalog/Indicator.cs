using System;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring;

/// <summary>One of a catalog's indicators: a named aspect of a dimension, measured by one or more measures.</summary>
public sealed class Indicator : IEquatable<Indicator>
{
    /// <summary>Creates an indicator.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="label"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is malformed.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dimension"/> is not defined.</exception>
    /// <param name="code">The indicator's code, unique within a catalog.</param>
    /// <param name="dimension">The dimension the indicator belongs to.</param>
    /// <param name="label">The indicator's label.</param>
    public Indicator(string code, Dimension dimension, LocalizedText label)
    {
        Preconditions.NotNull(code);
        if (!Identifiers.IsCode(code))
        {
            throw new ArgumentException($"An indicator code is a letter, then letters, digits or '_', at most {Identifiers.MaxLength} characters.", nameof(code));
        }

        Code = code;
        Dimension = CheckDefined(dimension);
        Label = Preconditions.NotNull(label);
    }

    /// <summary>The stable code, e.g. <c>ECO_FOOD_SECURITY</c>.</summary>
    public string Code { get; }

    /// <summary>The dimension the indicator belongs to.</summary>
    public Dimension Dimension { get; }

    /// <summary>The indicator's label.</summary>
    public LocalizedText Label { get; }

    internal static Dimension CheckDefined(Dimension dimension) =>
        dimension is Dimension.Economic or Dimension.Social or Dimension.Psychosocial
            ? dimension
            : throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Expected economic, social or psychosocial.");

    /// <inheritdoc/>
    public bool Equals(Indicator? other) =>
        other is not null && Code == other.Code && Dimension == other.Dimension && Label.Equals(other.Label);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Indicator);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Formats the indicator for display and logs.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;
}
