using System;
using System.Collections.Generic;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring;

/// <summary>The file codes of <see cref="AnswerStatus"/> values, the list of them, and the status of an answer.</summary>
public static class AnswerStatuses
{
    /// <summary>All statuses: answered, missing, not applicable.</summary>
    public static IReadOnlyList<AnswerStatus> All { get; } =
        Array.AsReadOnly(new[] { AnswerStatus.Answered, AnswerStatus.Missing, AnswerStatus.NotApplicable });

    /// <summary>How an answer enters the scores: an option is answered, not applicable leaves them, anything else is missing.</summary>
    /// <param name="answer">The answer.</param>
    /// <returns>Its status.</returns>
    public static AnswerStatus ToAnswerStatus(this Answer answer) => answer.Kind switch
    {
        AnswerKind.Option => AnswerStatus.Answered,
        AnswerKind.NotApplicable => AnswerStatus.NotApplicable,
        _ => AnswerStatus.Missing,
    };

    /// <summary>The stable lower-case code used in files.</summary>
    /// <param name="status">A defined status.</param>
    /// <returns><c>answered</c>, <c>missing</c> or <c>not_applicable</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string ToCode(this AnswerStatus status) => status switch
    {
        AnswerStatus.Answered => "answered",
        AnswerStatus.Missing => "missing",
        AnswerStatus.NotApplicable => "not_applicable",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Expected answered, missing or not_applicable."),
    };

    /// <summary>Parses a status code, ignoring case and surrounding white space.</summary>
    /// <param name="code">The text to parse.</param>
    /// <param name="status">The status, or <c>default</c> when the text names none.</param>
    /// <returns><see langword="true"/> when <paramref name="code"/> names a status.</returns>
    public static bool TryParse(string? code, out AnswerStatus status) => Codes.TryParse(code, All, ToCode, out status);
}
