using System;

namespace ReintegrationScoring;

/// <summary>How a batch of responses is scored: on the calling thread, or split across threads. Immutable; validated when set.</summary>
/// <remarks>
/// Parallelism never changes a result: every response is scored on its own by the same code, into its own slot of the
/// destination, so the scores are bit-identical to sequential scoring, whatever the degree and the thread timing.
/// </remarks>
public sealed class BatchOptions : IEquatable<BatchOptions>
{
    private readonly int _maxDegreeOfParallelism = 1;

    /// <summary>Sequential: every response is scored on the calling thread.</summary>
    public static BatchOptions Default { get; } = new();

    /// <summary>
    /// The most threads that score one batch at a time; 1 (the default) scores on the calling thread only. Use
    /// <see cref="Environment.ProcessorCount"/> for all cores. Batches too small to be worth splitting run on the
    /// calling thread whatever the value.
    /// </summary>
    /// <remarks>At least 1.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxDegreeOfParallelism
    {
        get => _maxDegreeOfParallelism;
        init => _maxDegreeOfParallelism = value >= 1
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "The degree of parallelism must be at least 1 (1 = the calling thread only).");
    }

    /// <inheritdoc/>
    public bool Equals(BatchOptions? other) => other is not null && _maxDegreeOfParallelism == other._maxDegreeOfParallelism;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as BatchOptions);

    /// <inheritdoc/>
    public override int GetHashCode() => _maxDegreeOfParallelism;

    /// <summary>Formats the options for display and logs.</summary>
    /// <returns>The degree of parallelism, e.g. <c>max degree of parallelism 4</c>.</returns>
    public override string ToString() => $"max degree of parallelism {_maxDegreeOfParallelism}";
}
