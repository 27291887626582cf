using System;
using System.Collections.Generic;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring;

/// <summary>The file codes of the <see cref="ScoreStatus"/> values a score result can have, and the list of them.</summary>
/// <remarks><see cref="ScoreStatus.NotScored"/>, the status of <c>default(Score)</c>, is never written and has no code.</remarks>
public static class ScoreStatuses
{
    /// <summary>The statuses of scored results: computed, missing answers, insufficient coverage, no applicable measures.</summary>
    public static IReadOnlyList<ScoreStatus> All { get; } = Array.AsReadOnly(new[]
    {
        ScoreStatus.Computed, ScoreStatus.MissingAnswers, ScoreStatus.InsufficientCoverage, ScoreStatus.NoApplicableMeasures,
    });

    /// <summary>The stable lower-case code used in files.</summary>
    /// <param name="status">A status of <see cref="All"/>.</param>
    /// <returns><c>computed</c>, <c>missing_answers</c>, <c>insufficient_coverage</c> or <c>no_applicable_measures</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is <see cref="ScoreStatus.NotScored"/> or not defined.</exception>
    public static string ToCode(this ScoreStatus status) => status switch
    {
        ScoreStatus.Computed => "computed",
        ScoreStatus.MissingAnswers => "missing_answers",
        ScoreStatus.InsufficientCoverage => "insufficient_coverage",
        ScoreStatus.NoApplicableMeasures => "no_applicable_measures",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Expected computed, missing_answers, insufficient_coverage or no_applicable_measures."),
    };

    /// <summary>Parses a status code, ignoring case and surrounding white space.</summary>
    /// <param name="code">The text to parse.</param>
    /// <param name="status">The status, or <c>default</c> when the text names none.</param>
    /// <returns><see langword="true"/> when <paramref name="code"/> names a status of <see cref="All"/>.</returns>
    public static bool TryParse(string? code, out ScoreStatus status) => Codes.TryParse(code, All, ToCode, out status);
}
