using System;

namespace ReintegrationScoring;

/// <summary>One problem found while validating a catalog.</summary>
public sealed class CatalogProblem : IEquatable<CatalogProblem>
{
    /// <summary>Creates a problem.</summary>
    /// <param name="kind">What is wrong.</param>
    /// <param name="code">The measure, indicator or dimension code concerned, or null when the problem concerns the whole catalog.</param>
    /// <param name="message">A readable description naming the code concerned.</param>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    public CatalogProblem(CatalogProblemKind kind, string? code, string message)
    {
        Kind = kind;
        Code = code;
        Message = message ?? throw new ArgumentNullException(nameof(message));
    }

    /// <summary>What is wrong.</summary>
    public CatalogProblemKind Kind { get; }

    /// <summary>The measure, indicator or dimension code concerned, when there is one.</summary>
    public string? Code { get; }

    /// <summary>A readable description naming the code concerned.</summary>
    public string Message { get; }

    /// <inheritdoc/>
    public bool Equals(CatalogProblem? other) => other is not null && Kind == other.Kind && Code == other.Code && Message == other.Message;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CatalogProblem);

    /// <inheritdoc/>
    public override int GetHashCode() => ((int)Kind * 397) ^ StringComparer.Ordinal.GetHashCode(Message);

    /// <summary>Formats the problem for display and logs.</summary>
    /// <returns>The message.</returns>
    public override string ToString() => Message;
}
