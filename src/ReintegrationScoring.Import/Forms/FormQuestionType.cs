namespace ReintegrationScoring.Import;

/// <summary>The kinds of question a form made by <see cref="SurveyForm"/> has, named as XLSForm's <c>type</c> column names them.</summary>
internal enum FormQuestionType
{
    /// <summary>When the interview started (metadata, recorded by the device).</summary>
    Start,

    /// <summary>When the interview ended (metadata, recorded by the device).</summary>
    End,

    /// <summary>Free text.</summary>
    Text,

    /// <summary>A calendar date.</summary>
    Date,

    /// <summary>One choice from a choice list.</summary>
    SelectOne,
}
