using System;
using System.Collections.Generic;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring;

/// <summary>The file codes of <see cref="Dimension"/> values, and the list of all dimensions.</summary>
public static class Dimensions
{
    /// <summary>The number of dimensions (3).</summary>
    public const int Count = 3;

    /// <summary>All dimensions in their fixed order: economic, social, psychosocial.</summary>
    public static IReadOnlyList<Dimension> All { get; } = Array.AsReadOnly(new[] { Dimension.Economic, Dimension.Social, Dimension.Psychosocial });

    /// <summary>The stable lower-case code used in files: <c>economic</c>, <c>social</c> or <c>psychosocial</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined dimension.</exception>
    /// <param name="dimension">The dimension.</param>
    /// <returns>The dimension's code.</returns>
    public static string ToCode(this Dimension dimension) => dimension switch
    {
        Dimension.Economic => "economic",
        Dimension.Social => "social",
        Dimension.Psychosocial => "psychosocial",
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Expected economic, social or psychosocial."),
    };

    /// <summary>Parses a dimension code, ignoring case and surrounding white space.</summary>
    /// <returns><see langword="true"/> when <paramref name="code"/> names a dimension.</returns>
    /// <param name="code">The code to parse, e.g. <c>Social</c>; null or blank is not a dimension.</param>
    /// <param name="dimension">The dimension named, or <c>default</c> when parsing fails.</param>
    public static bool TryParse(string? code, out Dimension dimension) => Codes.TryParse(code, All, ToCode, out dimension);
}
