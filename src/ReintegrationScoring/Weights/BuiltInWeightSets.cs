using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring;

/// <summary>
/// The weight sets that ship with the library, by name. There is one, <c>equal-by-indicator</c>: the project's
/// documented provisional default. IOM's full weight table is not public in the source this library follows, so no
/// built-in set is IOM's; see <see cref="IomPublishedWeights"/> for the six pairs IOM did publish.
/// </summary>
public static class BuiltInWeightSets
{
    /// <summary>The id of the default weight set.</summary>
    public const string EqualByIndicatorId = "equal-by-indicator";

    /// <summary>The version of the default weight set.</summary>
    public const string EqualByIndicatorVersion = "1";

    /// <summary>The names accepted by <see cref="TryGet"/>.</summary>
    public static IReadOnlyList<string> Names { get; } = Array.AsReadOnly(new[] { EqualByIndicatorId });

    /// <summary><c>equal-by-indicator</c> for <see cref="RssCatalog.Default"/>: 0.1 dimensional and 1/30 composite per measure.</summary>
    public static WeightSet EqualByIndicator { get; } = WeightSet.EqualByIndicator(RssCatalog.Default);

    /// <summary>Looks up a built-in weight set by name (ignoring case) for <paramref name="catalog"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    /// <param name="name">The weight set's name, e.g. <c>equal-by-indicator</c>; null finds nothing.</param>
    /// <param name="catalog">The catalog the weight set is for.</param>
    /// <param name="weightSet">The weight set found, or null.</param>
    /// <returns><see langword="true"/> when a built-in weight set has that name.</returns>
    public static bool TryGet(string? name, Catalog catalog, [NotNullWhen(true)] out WeightSet? weightSet)
    {
        Preconditions.NotNull(catalog);
        weightSet = string.Equals(name?.Trim(), EqualByIndicatorId, StringComparison.OrdinalIgnoreCase)
            ? (ReferenceEquals(catalog, RssCatalog.Default) ? EqualByIndicator : WeightSet.EqualByIndicator(catalog))
            : null;
        return weightSet is not null;
    }
}
