using System;
using System.Collections.Generic;
using System.Linq;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring.Analysis.Sensitivity;

/// <summary>
/// What an uncertainty analysis computes: the nominal weights and missing-answer policy the surveys are scored with, the
/// attributes that form the groups, an optional round, and how the weights are perturbed. Immutable.
/// </summary>
public sealed class SensitivityRequest
{
    /// <summary>Creates a request.</summary>
    /// <param name="weightSet">The nominal weights.</param>
    /// <param name="options">The missing-answer policy every draw scores with; strict when null.</param>
    /// <param name="groupBy">The attribute names forming the groups (matched ignoring case); none for the whole cohort.</param>
    /// <param name="round">Only this round, or every round when null.</param>
    /// <param name="settings">N, F and the seed; <see cref="SensitivitySettings.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="weightSet"/> is null.</exception>
    /// <exception cref="ArgumentException">An attribute name is blank or given twice, or the catalog has more than 64 measures.</exception>
    public SensitivityRequest(
        WeightSet weightSet,
        ScoringOptions? options = null,
        IReadOnlyList<string>? groupBy = null,
        MonitoringRound? round = null,
        SensitivitySettings? settings = null)
    {
        WeightSet = Preconditions.NotNull(weightSet);
        if (weightSet.Catalog.Measures.Count > PatternKey.MaxMeasures)
        {
            throw new ArgumentException($"The analysis handles catalogs of at most {PatternKey.MaxMeasures} measures.", nameof(weightSet));
        }

        Options = options ?? ScoringOptions.Default;
        var names = (groupBy ?? Array.Empty<string>()).Select(n => Preconditions.NotBlank(n, nameof(groupBy)).Trim()).ToArray();
        if (names.Distinct(StringComparer.OrdinalIgnoreCase).Count() != names.Length)
        {
            throw new ArgumentException("An attribute is named twice.", nameof(groupBy));
        }

        GroupBy = Array.AsReadOnly(names);
        Round = round;
        Settings = settings ?? SensitivitySettings.Default;
    }

    /// <summary>The nominal weights.</summary>
    public WeightSet WeightSet { get; }

    /// <summary>The missing-answer policy and minimum coverage.</summary>
    public ScoringOptions Options { get; }

    /// <summary>The attributes forming the groups, trimmed, as given.</summary>
    public IReadOnlyList<string> GroupBy { get; }

    /// <summary>The one round analysed, or null for every round.</summary>
    public MonitoringRound? Round { get; }

    /// <summary>How the weights are perturbed.</summary>
    public SensitivitySettings Settings { get; }
}
