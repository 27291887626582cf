using System;

namespace ReintegrationScoring;

/// <summary>One problem of a survey response: which measure, and why. It never carries the answer itself.</summary>
public sealed class ResponseProblem : IEquatable<ResponseProblem>
{
    /// <summary>Creates a problem.</summary>
    /// <param name="kind">What is wrong.</param>
    /// <param name="measureCode">The measure code concerned, as given.</param>
    /// <param name="answerProblem">For <see cref="ResponseProblemKind.InvalidAnswer"/>, why the answer is invalid; otherwise <see cref="AnswerProblem.None"/>.</param>
    /// <param name="message">A readable description naming the measure, never the answer.</param>
    public ResponseProblem(ResponseProblemKind kind, string measureCode, AnswerProblem answerProblem, string message)
    {
        Kind = kind;
        MeasureCode = measureCode ?? throw new ArgumentNullException(nameof(measureCode));
        AnswerProblem = answerProblem;
        Message = message ?? throw new ArgumentNullException(nameof(message));
    }

    /// <summary>What is wrong.</summary>
    public ResponseProblemKind Kind { get; }

    /// <summary>The measure code concerned, as given.</summary>
    public string MeasureCode { get; }

    /// <summary>For <see cref="ResponseProblemKind.InvalidAnswer"/>, why the answer is invalid; otherwise <see cref="AnswerProblem.None"/>.</summary>
    public AnswerProblem AnswerProblem { get; }

    /// <summary>A readable description naming the measure, never the answer.</summary>
    public string Message { get; }

    /// <inheritdoc/>
    public bool Equals(ResponseProblem? other) =>
        other is not null && Kind == other.Kind && MeasureCode == other.MeasureCode && AnswerProblem == other.AnswerProblem && Message == other.Message;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ResponseProblem);

    /// <inheritdoc/>
    public override int GetHashCode() => ((int)Kind * 397) ^ StringComparer.Ordinal.GetHashCode(MeasureCode);

    /// <summary>Formats the problem for display and logs.</summary>
    /// <returns>The message.</returns>
    public override string ToString() => Message;
}
