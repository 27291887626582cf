using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace ReintegrationScoring;

/// <summary>
/// The outcome of creating or parsing a validated value: the value, or every problem found. Returned by
/// <see cref="WeightSet.TryCreate"/>, <see cref="Catalog.TryCreate"/> and <see cref="SurveyResponse.TryParse"/>. Immutable.
/// </summary>
/// <typeparam name="T">The value created.</typeparam>
/// <typeparam name="TProblem">The problem type: <see cref="WeightSetProblem"/>, <see cref="CatalogProblem"/> or <see cref="ResponseProblem"/>.</typeparam>
public sealed class ValidationResult<T, TProblem>
    where T : class
{
    private readonly T? _value;
    private readonly Func<IReadOnlyList<TProblem>, Exception>? _failure;

    private ValidationResult(T? value, IReadOnlyList<TProblem> problems, Func<IReadOnlyList<TProblem>, Exception>? failure)
    {
        _value = value;
        Problems = problems;
        _failure = failure;
    }

    /// <summary>Whether the value was created: <see cref="Problems"/> is empty.</summary>
    [MemberNotNullWhen(true, nameof(ValueOrNull))]
    public bool IsValid => _value is not null;

    /// <summary>Every problem found, in the order found; empty when <see cref="IsValid"/>.</summary>
    public IReadOnlyList<TProblem> Problems { get; }

    /// <summary>The value; when there were problems, throws the exception <c>Create</c> or <c>Parse</c> would have thrown.</summary>
    /// <exception cref="ReintegrationScoringException">
    /// The value was not created: an <see cref="InvalidWeightSetException"/>, <see cref="InvalidCatalogException"/> or
    /// <see cref="InvalidResponseException"/> listing every problem.
    /// </exception>
    public T Value => _value ?? throw _failure!(Problems);

    /// <summary>The value, or null when there were problems.</summary>
    public T? ValueOrNull => _value;

    /// <summary>Gets the value when it was created.</summary>
    /// <param name="value">The value, or null.</param>
    /// <returns><see cref="IsValid"/>.</returns>
    public bool TryGetValue([NotNullWhen(true)] out T? value)
    {
        value = _value;
        return value is not null;
    }

    /// <summary><c>valid</c>, or the number of problems.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsValid ? "valid" : $"invalid ({Problems.Count} problem(s))";

    internal static ValidationResult<T, TProblem> Success(T value) => new(value, Array.Empty<TProblem>(), null);

    internal static ValidationResult<T, TProblem> Failure(IReadOnlyList<TProblem> problems, Func<IReadOnlyList<TProblem>, Exception> exception) =>
        new(null, problems, exception);
}
