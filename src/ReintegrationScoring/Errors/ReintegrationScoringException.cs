using System;

namespace ReintegrationScoring;

/// <summary>
/// The base of the library's own failures. Messages cite measure codes, dimensions, positions and reasons; they never
/// contain answers or respondent identifiers.
/// </summary>
public abstract class ReintegrationScoringException : Exception
{
    /// <summary>Creates the exception with its message.</summary>
    /// <param name="message">The message, which must not contain answers or respondent ids.</param>
    protected ReintegrationScoringException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its message and cause.</summary>
    /// <param name="message">The message, which must not contain answers or respondent ids.</param>
    /// <param name="innerException">The exception that caused this one, or null.</param>
    protected ReintegrationScoringException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
