using System;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring;

/// <summary>
/// An opaque respondent identifier. It is personal data: <see cref="ToString"/> does not reveal it, so that an id
/// interpolated into a log or message by accident does not leak; read <see cref="Value"/> to use it.
/// </summary>
/// <remarks><c>default(RespondentId)</c> is not a valid id (its <see cref="Value"/> is null) and is rejected by responses.</remarks>
public readonly struct RespondentId : IEquatable<RespondentId>
{
    /// <summary>Creates an id.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty or white space.</exception>
    /// <param name="value">The identifier, kept as given (compared ordinally).</param>
    public RespondentId(string value) => Value = Preconditions.NotBlank(value);

    /// <summary>The identifier, exactly as given.</summary>
    public string Value { get; }

    /// <summary>Whether this is a real id (not <c>default</c>).</summary>
    public bool IsValid => Value is not null;

    /// <summary>Equality of the identifiers (ordinal).</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator ==(RespondentId left, RespondentId right) => left.Equals(right);

    /// <summary>Inequality of the identifiers (ordinal).</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator !=(RespondentId left, RespondentId right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(RespondentId other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RespondentId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Value is null ? 0 : StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Formats the id for logs without revealing it.</summary>
    /// <returns>A redacted placeholder, never the identifier; use <see cref="Value"/>.</returns>
    public override string ToString() => "[respondent id]";
}
