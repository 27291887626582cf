using System;
using System.Collections.Generic;

namespace ReintegrationScoring;

/// <summary>
/// The four scores of one survey, as a value: what the engine writes into caller-provided buffers without allocating.
/// </summary>
/// <remarks><c>default(ScoreSet)</c> holds four <see cref="ScoreStatus.NotScored"/> scores.</remarks>
public readonly struct ScoreSet : IEquatable<ScoreSet>
{
    internal ScoreSet(Score economic, Score social, Score psychosocial, Score composite)
    {
        Economic = economic;
        Social = social;
        Psychosocial = psychosocial;
        Composite = composite;
    }

    /// <summary>The economic dimension score.</summary>
    public Score Economic { get; }

    /// <summary>The social dimension score.</summary>
    public Score Social { get; }

    /// <summary>The psychosocial dimension score.</summary>
    public Score Psychosocial { get; }

    /// <summary>The composite score.</summary>
    public Score Composite { get; }

    /// <summary>Whether all four scores were computed.</summary>
    public bool IsComplete => Economic.IsComputed && Social.IsComputed && Psychosocial.IsComputed && Composite.IsComputed;

    /// <summary>
    /// The dimension with the lowest score (the first in economic, social, psychosocial order on a tie): where extra
    /// assistance may be most needed. Null unless all three dimension scores were computed, because a dimension that
    /// could not be scored might be the weakest.
    /// </summary>
    public Dimension? WeakestDimension
    {
        get
        {
            if (!AllDimensionsComputed)
            {
                return null;
            }

            var weakest = Dimension.Economic;
            foreach (var dimension in Dimensions.All)
            {
                if (this[dimension].Value < this[weakest].Value)
                {
                    weakest = dimension;
                }
            }

            return weakest;
        }
    }

    /// <summary>The highest minus the lowest dimension score; null unless all three dimension scores were computed.</summary>
    public double? Spread
    {
        get
        {
            if (!AllDimensionsComputed)
            {
                return null;
            }

            double low = Economic.Value, high = Economic.Value;
            foreach (var dimension in Dimensions.All)
            {
                low = Math.Min(low, this[dimension].Value);
                high = Math.Max(high, this[dimension].Value);
            }

            return high - low;
        }
    }

    private bool AllDimensionsComputed => Economic.IsComputed && Social.IsComputed && Psychosocial.IsComputed;

    /// <summary>The score of <paramref name="kind"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    /// <param name="kind">The score kind.</param>
    public Score this[ScoreKind kind] => kind switch
    {
        ScoreKind.Economic => Economic,
        ScoreKind.Social => Social,
        ScoreKind.Psychosocial => Psychosocial,
        ScoreKind.Composite => Composite,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Expected economic, social, psychosocial or composite."),
    };

    /// <summary>The score of <paramref name="dimension"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dimension"/> is not defined.</exception>
    /// <param name="dimension">The dimension.</param>
    public Score this[Dimension dimension] => this[dimension.ToScoreKind()];

    /// <summary>
    /// The dimensions whose computed score is strictly below <paramref name="threshold"/>, in fixed order. The library
    /// ships no official threshold; the caller chooses it.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is not in [0, 1].</exception>
    /// <param name="threshold">The threshold, in [0, 1].</param>
    /// <returns>The dimensions below <paramref name="threshold"/>; scores not computed are never below.</returns>
    public IReadOnlyList<Dimension> DimensionsBelow(double threshold)
    {
        Internal.Preconditions.InUnitInterval(threshold);
        var below = new List<Dimension>(Dimensions.Count);
        foreach (var dimension in Dimensions.All)
        {
            if (this[dimension].TryGetValue(out var value) && value < threshold)
            {
                below.Add(dimension);
            }
        }

        return below.AsReadOnly();
    }

    /// <summary>Equality of all four scores.</summary>
    /// <param name="left">The first score set.</param>
    /// <param name="right">The second score set.</param>
    public static bool operator ==(ScoreSet left, ScoreSet right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first score set.</param>
    /// <param name="right">The second score set.</param>
    public static bool operator !=(ScoreSet left, ScoreSet right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(ScoreSet other) =>
        Economic.Equals(other.Economic) && Social.Equals(other.Social) && Psychosocial.Equals(other.Psychosocial) && Composite.Equals(other.Composite);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ScoreSet other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Economic.GetHashCode() ^ (Social.GetHashCode() * 3) ^ (Psychosocial.GetHashCode() * 7) ^ (Composite.GetHashCode() * 11);

    /// <summary>Formats the scores for display and logs.</summary>
    /// <returns>The four scores, e.g. <c>economic=0.5 social=0.75 psychosocial=MissingAnswers composite=MissingAnswers</c>.</returns>
    public override string ToString() =>
        $"economic={Economic} social={Social} psychosocial={Psychosocial} composite={Composite}";
}
