using System;

namespace ReintegrationScoring;

/// <summary>
/// One score of a survey: a value in [0, 1] with its coverage, or not computable with the reason. Never 0 or NaN in
/// place of a missing value: reading <see cref="Value"/> of a score that was not computed throws.
/// </summary>
/// <remarks><c>default(Score)</c> has status <see cref="ScoreStatus.NotScored"/>. 24 bytes.</remarks>
public readonly struct Score : IEquatable<Score>
{
    // The doubles first, then the two 4-byte fields: 24 bytes with no padding (a ScoreSet is 96).
    private readonly double _value;
    private readonly double _coverage;
    private readonly ScoreStatus _status;
    private readonly int _missingCount;

    internal Score(ScoreStatus status, double value, double coverage, int missingCount)
    {
        _value = value;
        _coverage = coverage;
        _status = status;
        _missingCount = missingCount;
    }

    /// <summary>Whether the score was computed, and if not, why.</summary>
    public ScoreStatus Status => _status;

    /// <summary>Whether <see cref="Value"/> is available.</summary>
    public bool IsComputed => Status == ScoreStatus.Computed;

    /// <summary>The score, in [0, 1]: the exact value of the method's formula rounded once to a double (docs/method.md).</summary>
    /// <exception cref="InvalidOperationException">The score was not computed; see <see cref="Status"/>.</exception>
    public double Value => IsComputed ? _value : throw new InvalidOperationException($"The score has no value: {Status}.");

    /// <summary>The score, or null when it was not computed.</summary>
    public double? ValueOrNull => IsComputed ? _value : null;

    /// <summary>
    /// The answered share of the score's applicable weight, Σ_A w / Σ_S w, in [0, 1], exact and rounded once: 1 when
    /// nothing is missing, 0 when nothing applies.
    /// </summary>
    public double Coverage => _coverage;

    /// <summary>How many applicable measures of the score are missing (absent, don't know, refused).</summary>
    public int MissingCount => _missingCount;

    /// <summary>Gets the value when the score was computed.</summary>
    /// <param name="value">The score in [0, 1] when computed.</param>
    /// <returns><see langword="true"/> when the score was computed.</returns>
    public bool TryGetValue(out double value)
    {
        value = _value;
        return IsComputed;
    }

    /// <summary>Equality of status, value (bit for bit), coverage and missing count.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    public static bool operator ==(Score left, Score right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    public static bool operator !=(Score left, Score right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(Score other) =>
        Status == other.Status && _value.Equals(other._value) && Coverage.Equals(other.Coverage) && MissingCount == other.MissingCount;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Score other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => ((int)Status * 397) ^ _value.GetHashCode() ^ MissingCount;

    /// <summary>The value as <see cref="NumberText.Format"/> writes it (round trip), or the status.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsComputed ? NumberText.Format(_value) : Status.ToString();
}
