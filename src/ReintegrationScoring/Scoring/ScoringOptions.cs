using System;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring;

/// <summary>How missing answers are handled. Immutable; validated when set.</summary>
public sealed class ScoringOptions : IEquatable<ScoringOptions>
{
    /// <summary>The default minimum coverage for <see cref="MissingAnswerPolicy.Renormalize"/>: 0.75.</summary>
    public const double DefaultMinimumCoverage = 0.75;

    private readonly MissingAnswerPolicy _policy;
    private readonly double _minimumCoverage = DefaultMinimumCoverage;

    /// <summary>Strict policy, minimum coverage 0.75.</summary>
    public static ScoringOptions Default { get; } = new();

    /// <summary>The missing-answer policy; <see cref="MissingAnswerPolicy.Strict"/> unless set.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined policy.</exception>
    public MissingAnswerPolicy MissingAnswerPolicy
    {
        get => _policy;
        init => _policy = value is MissingAnswerPolicy.Strict or MissingAnswerPolicy.Renormalize or MissingAnswerPolicy.Zero
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "Expected strict, renormalize or zero.");
    }

    /// <summary>
    /// The least coverage (share of a score's applicable weight that was answered) at which
    /// <see cref="MissingAnswerPolicy.Renormalize"/> computes a score; in [0, 1], 0.75 unless set. Other policies ignore it.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not in [0, 1].</exception>
    public double MinimumCoverage
    {
        get => _minimumCoverage;
        init => _minimumCoverage = Preconditions.InUnitInterval(value);
    }

    /// <inheritdoc/>
    public bool Equals(ScoringOptions? other) =>
        other is not null && _policy == other._policy && _minimumCoverage.Equals(other._minimumCoverage);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ScoringOptions);

    /// <inheritdoc/>
    public override int GetHashCode() => ((int)_policy * 397) ^ _minimumCoverage.GetHashCode();

    /// <summary>Formats the options for display and logs.</summary>
    /// <returns>The policy and, for renormalize, the minimum coverage.</returns>
    public override string ToString() =>
        _policy == MissingAnswerPolicy.Renormalize ? $"renormalize (minimum coverage {NumberText.Format(_minimumCoverage)})" : _policy.ToCode();
}
