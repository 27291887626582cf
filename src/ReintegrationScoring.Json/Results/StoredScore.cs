using ReintegrationScoring.Internal;
using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace ReintegrationScoring.Json;

/// <summary>
/// One score as stored with a result: its status, its value when computed, its coverage, and the measures that were
/// missing (the reason a strict score was not computed, or what a renormalized score left out). Immutable.
/// </summary>
public sealed class StoredScore : IEquatable<StoredScore>
{
    /// <summary>Creates a stored score.</summary>
    /// <param name="status">Whether the score was computed, and if not, why; never <see cref="ScoreStatus.NotScored"/>.</param>
    /// <param name="value">The value in [0, 1] when <paramref name="status"/> is <see cref="ScoreStatus.Computed"/>, otherwise null.</param>
    /// <param name="coverage">The answered share of the score's applicable weight, in [0, 1].</param>
    /// <param name="missingMeasures">The codes of the applicable measures that were missing, in catalog order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="missingMeasures"/> or one of its codes is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The status is not defined or is <see cref="ScoreStatus.NotScored"/>, or a number is outside [0, 1].</exception>
    /// <exception cref="ArgumentException">The value is given without the computed status, or missing with it.</exception>
    public StoredScore(ScoreStatus status, double? value, double coverage, IEnumerable<string> missingMeasures)
    {
        if (status is not (ScoreStatus.Computed or ScoreStatus.MissingAnswers or ScoreStatus.InsufficientCoverage or ScoreStatus.NoApplicableMeasures))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "Expected computed, missing answers, insufficient coverage or no applicable measures.");
        }

        if ((status == ScoreStatus.Computed) != value.HasValue)
        {
            throw new ArgumentException("A value is given exactly when the score was computed.", nameof(value));
        }

        if (value is { } v && !(v >= 0.0 && v <= 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(value), v, "A score is in [0, 1].");
        }

        if (!(coverage >= 0.0 && coverage <= 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(coverage), coverage, "Coverage is in [0, 1].");
        }

        var codes = Preconditions.NotNull(missingMeasures).ToArray();
        if (Array.IndexOf(codes, null) >= 0)
        {
            throw new ArgumentNullException(nameof(missingMeasures), "A measure code is null.");
        }

        Status = status;
        Value = value;
        Coverage = coverage;
        MissingMeasures = new ReadOnlyCollection<string>(codes);
    }

    /// <summary>Whether the score was computed, and if not, why.</summary>
    public ScoreStatus Status { get; }

    /// <summary>The value in [0, 1], or null when the score was not computed.</summary>
    public double? Value { get; }

    /// <summary>The answered share of the score's applicable weight, in [0, 1].</summary>
    public double Coverage { get; }

    /// <summary>How many applicable measures were missing.</summary>
    public int MissingCount => MissingMeasures.Count;

    /// <summary>The codes of the applicable measures that were missing, in catalog order.</summary>
    public IReadOnlyList<string> MissingMeasures { get; }

    /// <summary>The score of <paramref name="kind"/> in <paramref name="result"/>, as stored.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    /// <param name="result">The scored result.</param>
    /// <param name="kind">The score to store.</param>
    /// <returns>The stored form of that score.</returns>
    public static StoredScore From(ScoreResult result, ScoreKind kind)
    {
        Preconditions.NotNull(result);

        var score = result.Scores[kind];
        return new StoredScore(score.Status, score.ValueOrNull, score.Coverage, result.MissingMeasures(kind));
    }

    /// <inheritdoc/>
    public bool Equals(StoredScore? other) =>
        other is not null
        && Status == other.Status
        && Nullable.Equals(Value, other.Value)
        && Coverage.Equals(other.Coverage)
        && MissingMeasures.SequenceEqual(other.MissingMeasures, StringComparer.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as StoredScore);

    /// <inheritdoc/>
    public override int GetHashCode() => ((int)Status * 397) ^ Value.GetHashCode() ^ MissingCount;

    /// <summary>Formats the score for display and logs.</summary>
    /// <returns>The value (round-trip precision) or the status with the missing count.</returns>
    public override string ToString() =>
        Value is { } v ? NumberText.Format(v) : $"{Status} ({MissingCount} missing)";
}
