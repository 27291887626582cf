using System;
using System.Collections.Generic;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring.Analysis.Cohorts;

/// <summary>
/// One scored survey of a cohort: its score result (which carries the respondent, the round, the survey date and the
/// answers) and the named attributes carried from the input (country, sex, type of return, assistance type…).
/// Immutable. Rows that could not be scored at all are not surveys of a cohort; the analyses count them separately.
/// </summary>
public sealed class CohortSurvey
{
    /// <summary>Creates a cohort survey.</summary>
    /// <param name="result">The survey's scores.</param>
    /// <param name="attributes">
    /// Attribute values by name (names matched ignoring case; values kept as given), or null for none. Another survey's
    /// <see cref="Attributes"/> are shared, not copied.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <exception cref="ArgumentException">Two attribute names differ only by case, or a value is null.</exception>
    public CohortSurvey(ScoreResult result, IReadOnlyDictionary<string, string>? attributes = null)
    {
        Result = Preconditions.NotNull(result);
        Shared = SurveyAttributes.Of(attributes);
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
    public IReadOnlyDictionary<string, string> Attributes => Shared;

    /// <summary>The value of the attribute <paramref name="name"/>, trimmed; empty when the survey has none.</summary>
    /// <param name="name">The attribute's name, matched ignoring case.</param>
    /// <returns>The trimmed value; an empty value is a group of its own in every analysis.</returns>
    public string AttributeValue(string name) => Shared.ValueOf(Preconditions.NotNull(name));

    internal SurveyAttributes Shared { get; }
}
