using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring;

/// <summary>
/// One measure ("élément de mesure"): a question, its answer scale, and the indicator and dimension it scores.
/// Measures are identified by their code everywhere, never by position.
/// </summary>
public sealed class Measure : IEquatable<Measure>
{
    /// <summary>Creates a measure.</summary>
    /// <param name="code">Stable code, e.g. <c>ECO_SATISFACTION</c>.</param>
    /// <param name="indicator">The indicator it measures; the measure's dimension is the indicator's.</param>
    /// <param name="scale">The coding rule of its answers.</param>
    /// <param name="label">The question, for people.</param>
    /// <param name="allowsNotApplicable">Whether <c>not_applicable</c> is a valid answer.</param>
    /// <param name="provenance">Where the measure comes from.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is malformed.</exception>
    public Measure(
        string code,
        Indicator indicator,
        AnswerScale scale,
        LocalizedText label,
        bool allowsNotApplicable = false,
        MeasureProvenance provenance = MeasureProvenance.Custom)
    {
        Preconditions.NotNull(code);
        if (!Identifiers.IsCode(code))
        {
            throw new ArgumentException($"A measure code is a letter, then letters, digits or '_', at most {Identifiers.MaxLength} characters.", nameof(code));
        }

        Code = code;
        Indicator = Preconditions.NotNull(indicator);
        Scale = Preconditions.NotNull(scale);
        Label = Preconditions.NotNull(label);
        AllowsNotApplicable = allowsNotApplicable;
        Provenance = provenance;
        AnswerKeys = BuildAnswerKeys(scale);
    }

    /// <summary>The stable code.</summary>
    public string Code { get; }

    /// <summary>The indicator the measure belongs to.</summary>
    public Indicator Indicator { get; }

    /// <summary>The dimension the measure scores (its indicator's).</summary>
    public Dimension Dimension => Indicator.Dimension;

    /// <summary>The answer scale.</summary>
    public AnswerScale Scale { get; }

    /// <summary>The question.</summary>
    public LocalizedText Label { get; }

    /// <summary>Whether <c>not_applicable</c> is a valid answer.</summary>
    public bool AllowsNotApplicable { get; }

    /// <summary>Where the measure comes from.</summary>
    public MeasureProvenance Provenance { get; }

    /// <summary>
    /// Every token <see cref="TryParseAnswer(string?, out Answer)"/> recognises, with its answer: the option keys, then
    /// <c>dont_know</c>, <c>refused</c> and <c>not_applicable</c>. Recognised is not valid: <see cref="Check"/> still refuses
    /// <c>not_applicable</c> where the measure does not allow it. For callers building their own fast lookups.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, Answer>> AnswerKeys { get; }

    /// <summary>Whether <paramref name="answer"/> is valid for this measure.</summary>
    /// <param name="answer">The answer to check.</param>
    /// <returns><see langword="true"/> when <see cref="Check"/> finds no problem.</returns>
    public bool IsValid(Answer answer) => Check(answer) == AnswerProblem.None;

    /// <summary>Why <paramref name="answer"/> is not valid for this measure, or <see cref="AnswerProblem.None"/>.</summary>
    /// <param name="answer">The answer to check.</param>
    /// <returns>The problem, or <see cref="AnswerProblem.None"/> when the answer is valid.</returns>
    public AnswerProblem Check(Answer answer) => answer.Kind switch
    {
        AnswerKind.Option when answer.OptionIndex >= Scale.Options.Count => AnswerProblem.OptionOutOfRange,
        AnswerKind.NotApplicable when !AllowsNotApplicable => AnswerProblem.NotApplicableNotAllowed,
        _ => AnswerProblem.None,
    };

    /// <summary>
    /// Parses an answer: an option key or a special answer (<c>dont_know</c>, <c>refused</c>, <c>not_applicable</c>),
    /// ignoring case and surrounding white space; null, empty or white space is <see cref="Answer.Absent"/>.
    /// </summary>
    /// <returns><see langword="true"/> when the text is a valid answer for this measure.</returns>
    /// <param name="text">The text to parse.</param>
    /// <param name="answer">The answer parsed, or <c>default</c> when parsing fails.</param>
    public bool TryParseAnswer(string? text, out Answer answer) => TryParseAnswer(text, out answer, out _);

    /// <summary>As <see cref="TryParseAnswer(string?, out Answer)"/>, also saying why parsing failed.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="answer">The answer parsed, or <c>default</c> when parsing fails.</param>
    /// <param name="problem">Why parsing failed, or <see cref="AnswerProblem.None"/> on success.</param>
    /// <returns><see langword="true"/> when the text is a valid answer for this measure.</returns>
    public bool TryParseAnswer(string? text, out Answer answer, out AnswerProblem problem)
    {
        answer = ParseUnchecked(text?.Trim() ?? string.Empty, out var known);
        problem = known ? Check(answer) : AnswerProblem.UnknownOption;
        if (problem != AnswerProblem.None)
        {
            answer = default;
            return false;
        }

        return true;
    }

    /// <summary>Parses an answer as <see cref="TryParseAnswer(string?, out Answer)"/> does.</summary>
    /// <exception cref="InvalidAnswerException">The text is not a valid answer for this measure; the message names the measure, never the text.</exception>
    /// <param name="text">The text to parse.</param>
    /// <returns>The answer the text stands for.</returns>
    public Answer ParseAnswer(string? text)
    {
        if (!TryParseAnswer(text, out var answer, out var problem))
        {
            ThrowHelper.InvalidAnswer(Code, problem);
        }

        return answer;
    }

    /// <summary>The file token of <paramref name="answer"/>: its option key, a special answer's token, or null when absent.</summary>
    /// <exception cref="InvalidAnswerException">The answer is not valid for this measure.</exception>
    /// <param name="answer">The answer.</param>
    /// <returns>The option key or special answer token written to files, or null for <see cref="Answer.Absent"/>.</returns>
    public string? KeyOf(Answer answer)
    {
        EnsureValid(answer);
        return answer.Kind switch
        {
            AnswerKind.Option => Scale.Options[answer.OptionIndex].Key,
            AnswerKind.DontKnow => Answer.DontKnowKey,
            AnswerKind.Refused => Answer.RefusedKey,
            AnswerKind.NotApplicable => Answer.NotApplicableKey,
            _ => null,
        };
    }

    /// <summary>The points of <paramref name="answer"/>, or null when it is not an option (missing or not applicable).</summary>
    /// <exception cref="InvalidAnswerException">The answer is not valid for this measure.</exception>
    /// <param name="answer">The answer.</param>
    /// <returns>The chosen option's points, or null.</returns>
    public double? PointsOf(Answer answer)
    {
        EnsureValid(answer);
        return answer.Kind == AnswerKind.Option ? Scale.Options[answer.OptionIndex].Points : null;
    }

    private void EnsureValid(Answer answer)
    {
        var problem = Check(answer);
        if (problem != AnswerProblem.None)
        {
            ThrowHelper.InvalidAnswer(Code, problem);
        }
    }

    private Answer ParseUnchecked(string text, out bool known)
    {
        known = true;
        if (text.Length == 0)
        {
            return Answer.Absent;
        }

        var index = Scale.IndexOf(text);
        if (index >= 0)
        {
            return Answer.Option(index);
        }

        if (string.Equals(text, Answer.DontKnowKey, StringComparison.OrdinalIgnoreCase))
        {
            return Answer.DontKnow;
        }

        if (string.Equals(text, Answer.RefusedKey, StringComparison.OrdinalIgnoreCase))
        {
            return Answer.Refused;
        }

        if (string.Equals(text, Answer.NotApplicableKey, StringComparison.OrdinalIgnoreCase))
        {
            return Answer.NotApplicable;
        }

        known = false;
        return Answer.Absent;
    }

    private static ReadOnlyCollection<KeyValuePair<string, Answer>> BuildAnswerKeys(AnswerScale scale)
    {
        var keys = new List<KeyValuePair<string, Answer>>(scale.Options.Count + 3);
        for (var i = 0; i < scale.Options.Count; i++)
        {
            keys.Add(new KeyValuePair<string, Answer>(scale.Options[i].Key, Answer.Option(i)));
        }

        keys.Add(new KeyValuePair<string, Answer>(Answer.DontKnowKey, Answer.DontKnow));
        keys.Add(new KeyValuePair<string, Answer>(Answer.RefusedKey, Answer.Refused));
        keys.Add(new KeyValuePair<string, Answer>(Answer.NotApplicableKey, Answer.NotApplicable));
        return keys.AsReadOnly();
    }

    /// <inheritdoc/>
    public bool Equals(Measure? other) =>
        other is not null
        && Code == other.Code
        && Indicator.Equals(other.Indicator)
        && Scale.Equals(other.Scale)
        && Label.Equals(other.Label)
        && AllowsNotApplicable == other.AllowsNotApplicable
        && Provenance == other.Provenance;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Measure);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Formats the measure for display and logs.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;
}
