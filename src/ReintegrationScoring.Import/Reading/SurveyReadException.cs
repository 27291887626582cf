using System;
using System.Collections.Generic;
using System.Linq;

namespace ReintegrationScoring.Import;

/// <summary>
/// The input cannot be read as a survey table at all (columns missing, delimiter not found, a mapping file with
/// problems, an unreadable workbook). Every problem is one line naming the input; none repeats a cell's content.
/// </summary>
public sealed class SurveyReadException : Exception
{
    /// <summary>Creates the exception from its problems.</summary>
    /// <param name="problems">One line per problem, at least one.</param>
    public SurveyReadException(IEnumerable<string> problems)
        : this(problems, null)
    {
    }

    /// <summary>Creates the exception from its problems and cause.</summary>
    /// <param name="problems">One line per problem, at least one.</param>
    /// <param name="innerException">The cause.</param>
    public SurveyReadException(IEnumerable<string> problems, Exception? innerException)
        : this(problems?.ToArray() ?? throw new ArgumentNullException(nameof(problems)), innerException)
    {
    }

    private SurveyReadException(string[] problems, Exception? innerException)
        : base(string.Join(Environment.NewLine, problems), innerException)
    {
        Problems = problems;
    }

    /// <summary>One line per problem.</summary>
    public IReadOnlyList<string> Problems { get; }
}
