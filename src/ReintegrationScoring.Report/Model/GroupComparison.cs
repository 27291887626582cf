using System.Collections.Generic;

namespace ReintegrationScoring.Report;

/// <summary>The group means under one attribute (a <c>--by</c> column), for every round and score.</summary>
/// <param name="Attribute">The attribute's name as the user wrote it.</param>
/// <param name="Means">One entry per group, round and score.</param>
public sealed record GroupComparison(string Attribute, IReadOnlyList<GroupMean> Means);
