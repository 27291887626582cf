using System;
using System.Collections.Generic;

namespace ReintegrationScoring;

/// <summary>The file codes of <see cref="ScoreKind"/> values, and the list of all four.</summary>
public static class ScoreKinds
{
    /// <summary>The four scores in their fixed order: economic, social, psychosocial, composite.</summary>
    public static IReadOnlyList<ScoreKind> All { get; } = Array.AsReadOnly(new[] { ScoreKind.Economic, ScoreKind.Social, ScoreKind.Psychosocial, ScoreKind.Composite });

    /// <summary>The stable lower-case code: <c>economic</c>, <c>social</c>, <c>psychosocial</c> or <c>composite</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    /// <param name="kind">The score kind.</param>
    /// <returns>The kind's code.</returns>
    public static string ToCode(this ScoreKind kind) =>
        kind == ScoreKind.Composite ? "composite" : ((Dimension)kind).ToCode();

    /// <summary>The score kind of a dimension's score.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <returns>The kind whose score is the dimension's.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dimension"/> is not defined.</exception>
    public static ScoreKind ToScoreKind(this Dimension dimension) => (ScoreKind)Indicator.CheckDefined(dimension);
}
