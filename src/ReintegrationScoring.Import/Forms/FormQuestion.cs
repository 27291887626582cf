namespace ReintegrationScoring.Import;

/// <summary>
/// One question of a form, as both writers render it. Expressions (<see cref="Constraint"/>, <see cref="Default"/>) are
/// XPath that XLSForm and XForm share: <c>.</c> is the question's own value.
/// </summary>
internal sealed record FormQuestion(string Name, FormQuestionType Type)
{
    public FormText? Label { get; init; }

    public FormText? Hint { get; init; }

    /// <summary>The choice list of a <see cref="FormQuestionType.SelectOne"/> question.</summary>
    public string? ListName { get; init; }

    public bool Required { get; init; }

    public FormText? RequiredMessage { get; init; }

    public string? Constraint { get; init; }

    public FormText? ConstraintMessage { get; init; }

    /// <summary>A value set when the form is first opened (a dynamic default), e.g. <c>today()</c>.</summary>
    public string? Default { get; init; }
}
