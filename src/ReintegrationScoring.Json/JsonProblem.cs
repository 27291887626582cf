using ReintegrationScoring.Internal;
using System;

namespace ReintegrationScoring.Json;

/// <summary>
/// One problem found in JSON input: where (<see cref="Path"/>, e.g. <c>$.answers.ECO_SATISFACTION</c>) and why
/// (<see cref="Reason"/>). Neither ever repeats the value read, so problems can be logged without leaking answers or
/// respondent identifiers.
/// </summary>
public sealed class JsonProblem : IEquatable<JsonProblem>
{
    /// <summary>Creates a problem.</summary>
    /// <param name="path">The JSON path of the offending value, <c>$</c> for the whole document or record.</param>
    /// <param name="reason">What is wrong there, without the value.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public JsonProblem(string path, string reason)
    {
        Path = Preconditions.NotNull(path);
        Reason = Preconditions.NotNull(reason);
    }

    /// <summary>The JSON path of the offending value; <c>$</c> is the document (or, in JSON Lines, the record).</summary>
    public string Path { get; }

    /// <summary>What is wrong at <see cref="Path"/>.</summary>
    public string Reason { get; }

    /// <inheritdoc/>
    public bool Equals(JsonProblem? other) =>
        other is not null && string.Equals(Path, other.Path, StringComparison.Ordinal) && string.Equals(Reason, other.Reason, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as JsonProblem);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Path) ^ StringComparer.Ordinal.GetHashCode(Reason);

    /// <summary>Formats the problem for display and logs.</summary>
    /// <returns>The path and reason, e.g. <c>$.weights[3].dimensional: expected a number, found a string</c>.</returns>
    public override string ToString() => $"{Path}: {Reason}";
}
