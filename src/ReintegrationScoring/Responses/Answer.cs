using System;

namespace ReintegrationScoring;

/// <summary>
/// One answer to one measure: a scored option (by its position in the measure's scale) or one of the special answers.
/// One byte, so that a cohort's answers pack densely into an <see cref="Answer"/> array.
/// </summary>
/// <remarks>
/// <c>default(Answer)</c> is <see cref="Absent"/>. An <see cref="Answer"/> does not know its measure: whether an option
/// index exists, or <c>not_applicable</c> is allowed, is checked against a <see cref="Measure"/> (see
/// <see cref="Measure.IsValid(Answer)"/>). <see cref="ToString"/> names the kind and index only, never the option's text.
/// </remarks>
public readonly struct Answer : IEquatable<Answer>
{
    /// <summary>The file token of <see cref="AnswerKind.DontKnow"/>.</summary>
    public const string DontKnowKey = "dont_know";

    /// <summary>The file token of <see cref="AnswerKind.Refused"/>.</summary>
    public const string RefusedKey = "refused";

    /// <summary>The file token of <see cref="AnswerKind.NotApplicable"/>.</summary>
    public const string NotApplicableKey = "not_applicable";

    /// <summary>The largest number of options one scale may have.</summary>
    public const int MaxOptionCount = byte.MaxValue + 1 - FirstOptionCode;

    // Encoding: 0 absent, 1 dont_know, 2 refused, 3 not_applicable, 4 + i option i. Scoring tables are indexed by this code.
    internal const int FirstOptionCode = 4;

    private readonly byte _code;

    private Answer(byte code) => _code = code;

    /// <summary>No answer recorded (missing).</summary>
    public static Answer Absent => default;

    /// <summary>"Don't know" (missing).</summary>
    public static Answer DontKnow => new(1);

    /// <summary>"Refused" (missing).</summary>
    public static Answer Refused => new(2);

    /// <summary>"Not applicable" (structurally absent, only where the measure allows it).</summary>
    public static Answer NotApplicable => new(3);

    /// <summary>The kind of answer.</summary>
    public AnswerKind Kind => _code >= FirstOptionCode ? AnswerKind.Option : (AnswerKind)_code;

    /// <summary>The position of the chosen option in its scale, or -1 when this is not an option.</summary>
    public int OptionIndex => _code >= FirstOptionCode ? _code - FirstOptionCode : -1;

    /// <summary>Whether the answer is missing: absent, don't know or refused.</summary>
    public bool IsMissing => _code < (byte)AnswerKind.NotApplicable;

    internal byte Code => _code;

    /// <summary>The answer choosing the option at <paramref name="index"/> of the measure's scale (0 = the best option).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or at least <see cref="MaxOptionCount"/>.</exception>
    /// <param name="index">The zero-based option index.</param>
    /// <returns>An answer of kind <see cref="AnswerKind.Option"/>.</returns>
    public static Answer Option(int index)
    {
        if (index < 0 || index >= MaxOptionCount)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"An option index is in [0, {MaxOptionCount - 1}].");
        }

        return new Answer((byte)(index + FirstOptionCode));
    }

    /// <summary>Equality of kind and option index.</summary>
    /// <param name="left">The first answer.</param>
    /// <param name="right">The second answer.</param>
    public static bool operator ==(Answer left, Answer right) => left._code == right._code;

    /// <summary>Inequality of kind or option index.</summary>
    /// <param name="left">The first answer.</param>
    /// <param name="right">The second answer.</param>
    public static bool operator !=(Answer left, Answer right) => left._code != right._code;

    /// <inheritdoc/>
    public bool Equals(Answer other) => _code == other._code;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Answer other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _code;

    /// <summary>Formats the answer for display and logs.</summary>
    /// <returns>The kind, and for an option its index: <c>Option(1)</c>, <c>DontKnow</c>.</returns>
    public override string ToString() => Kind == AnswerKind.Option ? $"Option({OptionIndex})" : Kind.ToString();
}
