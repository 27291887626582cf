using System;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring;

/// <summary>One scored option of an answer scale: a stable key, its points in [0, 1] and its label.</summary>
public sealed class AnswerOption : IEquatable<AnswerOption>
{
    /// <summary>Creates an option.</summary>
    /// <param name="key">Stable lower_snake_case key, e.g. <c>very_satisfied</c>; not one of the special answers.</param>
    /// <param name="points">Points in [0, 1].</param>
    /// <param name="label">Label for people; scores never depend on it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> or <paramref name="label"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="key"/> is not lower_snake_case or is a reserved special answer.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="points"/> is not in [0, 1].</exception>
    public AnswerOption(string key, double points, LocalizedText label)
    {
        Preconditions.NotNull(key);
        if (!Identifiers.IsOptionKey(key))
        {
            throw new ArgumentException($"An option key is lower_snake_case: a letter, then letters, digits or '_', at most {Identifiers.MaxLength} characters.", nameof(key));
        }

        if (IsReserved(key))
        {
            throw new ArgumentException($"{MessageText.Quote(key)} is a special answer valid for every measure, not an option key.", nameof(key));
        }

        Key = key;
        Points = Preconditions.InUnitInterval(points);
        Label = Preconditions.NotNull(label);
    }

    /// <summary>The stable key used in files, e.g. <c>satisfied</c>.</summary>
    public string Key { get; }

    /// <summary>The points the option earns, in [0, 1].</summary>
    public double Points { get; }

    /// <summary>The option's label.</summary>
    public LocalizedText Label { get; }

    internal static bool IsReserved(string key) =>
        string.Equals(key, Answer.DontKnowKey, StringComparison.OrdinalIgnoreCase)
        || string.Equals(key, Answer.RefusedKey, StringComparison.OrdinalIgnoreCase)
        || string.Equals(key, Answer.NotApplicableKey, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public bool Equals(AnswerOption? other) =>
        other is not null && Key == other.Key && Points.Equals(other.Points) && Label.Equals(other.Label);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as AnswerOption);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Key) ^ Points.GetHashCode();

    /// <summary>Formats the option for display and logs.</summary>
    /// <returns>The key and points, e.g. <c>satisfied=0.75</c>.</returns>
    public override string ToString() => $"{Key}={NumberText.Format(Points)}";
}
