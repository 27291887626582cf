using ReintegrationScoring.Internal;
using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Text.Json;

namespace ReintegrationScoring.Json;

/// <summary>
/// JSON input does not have the documented shape or content. <see cref="JsonException.Path"/> says where (e.g.
/// <c>$.weights[3].dimensional</c>) and <see cref="Reason"/> says what is wrong; when several problems were found,
/// <see cref="Problems"/> lists every one. Nothing here repeats the value read.
/// </summary>
/// <remarks>
/// <see cref="JsonException.LineNumber"/> and <see cref="JsonException.BytePositionInLine"/> are zero-based, as in
/// <see cref="JsonException"/>, and are set only for syntax errors. Paths from a converter running inside
/// <see cref="JsonSerializer"/> are relative to the value it read (<c>$</c> is that value).
/// </remarks>
public sealed class RssJsonException : JsonException
{
    /// <summary>Creates the exception for one problem.</summary>
    /// <param name="path">Where the problem is, <c>$</c> for the whole document.</param>
    /// <param name="reason">What is wrong, without the value read.</param>
    /// <param name="lineNumber">The zero-based line of a syntax error, if known.</param>
    /// <param name="bytePositionInLine">The zero-based byte position of a syntax error in its line, if known.</param>
    /// <param name="innerException">The cause, if any.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="reason"/> is null.</exception>
    public RssJsonException(string path, string reason, long? lineNumber = null, long? bytePositionInLine = null, Exception? innerException = null)
        : this(new[] { new JsonProblem(path, reason) }, lineNumber, bytePositionInLine, innerException)
    {
    }

    /// <summary>Creates the exception for every problem found; <see cref="JsonException.Path"/> and <see cref="Reason"/> are the first one's.</summary>
    /// <param name="problems">One or more problems.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public RssJsonException(IEnumerable<JsonProblem> problems)
        : this(problems, null)
    {
    }

    /// <summary>Creates the exception for every problem found, with its cause.</summary>
    /// <param name="problems">One or more problems.</param>
    /// <param name="innerException">The cause, if any (e.g. the core exception whose problems were located).</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public RssJsonException(IEnumerable<JsonProblem> problems, Exception? innerException)
        : this(Copy(problems), null, null, innerException)
    {
    }

    private RssJsonException(JsonProblem[] problems, long? lineNumber, long? bytePositionInLine, Exception? innerException)
        : base(Describe(problems), problems[0].Path, lineNumber, bytePositionInLine, innerException)
    {
        Reason = problems[0].Reason;
        Problems = new ReadOnlyCollection<JsonProblem>(problems);
    }

    /// <summary>What is wrong at <see cref="JsonException.Path"/> (the first problem).</summary>
    public string Reason { get; }

    /// <summary>Every problem found, in document order; at least one.</summary>
    public IReadOnlyList<JsonProblem> Problems { get; }

    private static JsonProblem[] Copy(IEnumerable<JsonProblem> problems)
    {
        Preconditions.NotNull(problems);

        var copy = problems.ToArray();
        if (copy.Length == 0)
        {
            throw new ArgumentException("At least one problem is required.", nameof(problems));
        }

        if (Array.IndexOf(copy, null) >= 0)
        {
            throw new ArgumentNullException(nameof(problems), "A problem is null.");
        }

        return copy;
    }

    private static string Describe(JsonProblem[] problems) =>
        problems.Length == 1
            ? problems[0].ToString()
            : $"{problems.Length} problems:" + string.Concat(problems.Select(p => Environment.NewLine + "  " + p));
}
