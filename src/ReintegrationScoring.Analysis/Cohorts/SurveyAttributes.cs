using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace ReintegrationScoring.Analysis.Cohorts;

/// <summary>
/// A survey's attributes, checked and copied once: a survey created from another survey's
/// <see cref="CohortSurvey.Attributes"/> shares them instead of copying again, which is what a reader of many rows
/// with a few distinct attribute values wants. Immutable.
/// </summary>
internal sealed class SurveyAttributes : ReadOnlyDictionary<string, string>
{
    private SurveyAttributes(IDictionary<string, string> copy)
        : base(copy)
    {
    }

    public static SurveyAttributes None { get; } = new(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase));

    /// <summary>Shares <paramref name="attributes"/> when they are already checked, or checks and copies them.</summary>
    /// <exception cref="ArgumentException">Two names differ only by case, or a value is null.</exception>
    public static SurveyAttributes Of(IReadOnlyDictionary<string, string>? attributes)
    {
        if (attributes is SurveyAttributes shared)
        {
            return shared;
        }

        if (attributes is null || attributes.Count == 0)
        {
            return None;
        }

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

        return new SurveyAttributes(copy);
    }

    /// <summary>The trimmed value of <paramref name="name"/>; empty when there is none.</summary>
    public string ValueOf(string name) => TryGetValue(name, out var value) ? value.Trim() : string.Empty;
}
