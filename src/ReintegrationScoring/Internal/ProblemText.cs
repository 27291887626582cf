using System;
using System.Collections.Generic;
using System.Linq;

namespace ReintegrationScoring.Internal;

/// <summary>The message of an exception that carries a list of problems: a headline, then one indented line each.</summary>
internal static class ProblemText
{
    public static string Summarize<T>(string subject, IReadOnlyList<T> problems, Func<T, string> message)
    {
        Preconditions.NotNull(problems);
        return $"{subject} is invalid ({problems.Count} problem(s)):"
            + string.Concat(problems.Select(p => Environment.NewLine + "  " + message(p)));
    }
}
