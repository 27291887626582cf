using System;

namespace ReintegrationScoring;

/// <summary>One problem found while validating a weight set, with what it concerns and the actual value.</summary>
public sealed class WeightSetProblem : IEquatable<WeightSetProblem>
{
    /// <summary>Creates a problem.</summary>
    /// <param name="kind">What is wrong.</param>
    /// <param name="measureCode">The measure concerned, for problems of one entry; otherwise null.</param>
    /// <param name="dimension">The dimension concerned, for problems of a dimension's sum; otherwise null.</param>
    /// <param name="actual">The offending sum or weight, when there is one.</param>
    /// <param name="message">A readable description naming the measure or dimension and the actual value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    public WeightSetProblem(WeightSetProblemKind kind, string? measureCode, Dimension? dimension, double? actual, string message)
    {
        Kind = kind;
        MeasureCode = measureCode;
        Dimension = dimension;
        Actual = actual;
        Message = message ?? throw new ArgumentNullException(nameof(message));
    }

    /// <summary>What is wrong.</summary>
    public WeightSetProblemKind Kind { get; }

    /// <summary>The measure concerned, for problems of one entry.</summary>
    public string? MeasureCode { get; }

    /// <summary>The dimension concerned, for <see cref="WeightSetProblemKind.DimensionSumNotOne"/> and <see cref="WeightSetProblemKind.ZeroSum"/>.</summary>
    public Dimension? Dimension { get; }

    /// <summary>The offending value: the actual sum (the exact sum of the weights, rounded once to a double), or the invalid weight.</summary>
    public double? Actual { get; }

    /// <summary>A readable description naming the measure or dimension and the actual value.</summary>
    public string Message { get; }

    /// <inheritdoc/>
    public bool Equals(WeightSetProblem? other) =>
        other is not null && Kind == other.Kind && MeasureCode == other.MeasureCode && Dimension == other.Dimension
        && Nullable.Equals(Actual, other.Actual) && Message == other.Message;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as WeightSetProblem);

    /// <inheritdoc/>
    public override int GetHashCode() => ((int)Kind * 397) ^ StringComparer.Ordinal.GetHashCode(Message);

    /// <summary>Formats the problem for display and logs.</summary>
    /// <returns>The message.</returns>
    public override string ToString() => Message;
}
