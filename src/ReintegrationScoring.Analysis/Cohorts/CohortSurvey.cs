using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring.Analysis.Cohorts;

/// <summary>
/// One scored survey of a cohort: its score result (which carries the respondent, the round, the survey date and the
/// answers) and the named attributes carried from the input (country, sex, type of return, assistance type…).
/// Immutable. Rows that could not be scored at all are not surveys of a cohort; the analyses count them separately.
/// </summary>
public sealed class CohortSurvey
{
    private static readonly IReadOnlyDictionary<string, string> NoAttributes =
        new ReadOnlyDictionary<string, string>(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase));

    /// <summary>Creates a cohort survey.</summary>
    /// <param name="result">The survey's scores.</param>
    /// <param name="attributes">Attribute values by name (names matched ignoring case; values kept as given), or null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <exception cref="ArgumentException">Two attribute names differ only by case, or a value is null.</exception>
    public CohortSurvey(ScoreResult result, IReadOnlyDictionary<string, string>? attributes = null)
    {
        Result = Preconditions.NotNull(result);
        Attributes = attributes is null || attributes.Count == 0 ? NoAttributes : Copy(attributes);
    }

    /// <summary>The survey's scores, with the response they were computed from.</summary>
    public ScoreResult Result { get; }

    /// <summary>The respondent.</summary>
    public RespondentId RespondentId => Result.RespondentId;

    /// <summary>The monitoring round.</summary>
    public MonitoringRound Round => Result.Round;

    /// <summary>The survey date, when the input gave one.</summary>
    public DateTime? SurveyDate => Result.Response.SurveyDate;

    /// <summary>The attribute values by name, names compared ignoring case.</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; }

    /// <summary>The value of the attribute <paramref name="name"/>, trimmed; empty when the survey has none.</summary>
    /// <param name="name">The attribute's name, matched ignoring case.</param>
    /// <returns>The trimmed value; an empty value is a group of its own in every analysis.</returns>
    public string AttributeValue(string name) =>
        Attributes.TryGetValue(Preconditions.NotNull(name), out var value) ? value.Trim() : string.Empty;

    private static ReadOnlyDictionary<string, string> Copy(IReadOnlyDictionary<string, string> attributes)
    {
        var copy = new Dictionary<string, string>(attributes.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var pair in attributes)
        {
            if (pair.Value is null)
            {
                throw new ArgumentException("An attribute value must not be null; use an empty string.", nameof(attributes));
            }

            if (copy.ContainsKey(pair.Key))
            {
                throw new ArgumentException("Two attribute names differ only by case.", nameof(attributes));
            }

            copy.Add(pair.Key, pair.Value);
        }

        return new ReadOnlyDictionary<string, string>(copy);
    }
}
