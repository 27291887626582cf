using System;
using System.Collections.Generic;
using System.Linq;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring.Analysis.Cohorts;

/// <summary>
/// The group of a survey under a list of attributes: its trimmed values, in the order of the attributes. An empty
/// value is a group of its own. <see cref="Order"/> compares value by value, ordinally, so every analysis orders groups
/// the same way on every machine and culture.
/// </summary>
public sealed class GroupKey : IEquatable<GroupKey>
{
    private readonly string[] _values;
    private readonly int _hash;

    private GroupKey(string[] values)
    {
        _values = values;
        var hash = 17;
        foreach (var value in values)
        {
            hash = unchecked((hash * 31) + StringComparer.Ordinal.GetHashCode(value));
        }

        // Computed once: the analyses look a key up for every survey.
        _hash = hash;
    }

    /// <summary>The key of every survey when no attribute is chosen: one group, the whole cohort.</summary>
    public static GroupKey All { get; } = new(Array.Empty<string>());

    /// <summary>Orders keys value by value, ordinally; a shorter key first when one is a prefix of the other.</summary>
    public static IComparer<GroupKey> Order { get; } = Comparer<GroupKey>.Create((x, y) => x.CompareTo(y));

    /// <summary>The values, one per attribute.</summary>
    public IReadOnlyList<string> Values => _values;

    /// <summary>The key of <paramref name="survey"/> under <paramref name="attributes"/>.</summary>
    /// <param name="survey">The survey.</param>
    /// <param name="attributes">The attribute names, matched ignoring case.</param>
    /// <returns>The survey's trimmed value of each attribute (empty where it has none).</returns>
    public static GroupKey Of(CohortSurvey survey, IReadOnlyList<string> attributes)
    {
        Preconditions.NotNull(survey);
        Preconditions.NotNull(attributes);
        if (attributes.Count == 0)
        {
            return All;
        }

        var values = new string[attributes.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = survey.Shared.ValueOf(attributes[i]);
        }

        return new GroupKey(values);
    }

    /// <summary>A key from values given directly (trimmed here).</summary>
    /// <param name="values">One value per attribute.</param>
    /// <returns>The key.</returns>
    public static GroupKey FromValues(IEnumerable<string> values) =>
        new(Preconditions.NotNull(values).Select(v => (v ?? throw new ArgumentException("A group value must not be null.", nameof(values))).Trim()).ToArray());

    /// <inheritdoc/>
    public bool Equals(GroupKey? other) => ReferenceEquals(this, other) || (other is not null && _hash == other._hash && CompareTo(other) == 0);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as GroupKey);

    /// <inheritdoc/>
    public override int GetHashCode() => _hash;


    private int CompareTo(GroupKey? other)
    {
        if (other is null)
        {
            return 1;
        }

        for (var i = 0; i < Math.Min(_values.Length, other._values.Length); i++)
        {
            var order = string.CompareOrdinal(_values[i], other._values[i]);
            if (order != 0)
            {
                return order;
            }
        }

        return _values.Length.CompareTo(other._values.Length);
    }

    /// <inheritdoc/>
    public override string ToString() => _values.Length == 0 ? "(all)" : string.Join(" / ", _values);
}
