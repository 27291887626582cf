using System;
using System.Collections.Generic;

namespace ReintegrationScoring.Import;

/// <summary>
/// The names a form made by <see cref="SurveyForm"/> gives its questions and groups: the contract that exports of the
/// form follow and that readers rely on (docs/forms.md, "The form's contract").
/// </summary>
internal static class FormNames
{
    public const string Start = "start";
    public const string End = "end";
    public const string RespondentId = "respondent_id";
    public const string Round = "round";
    public const string SurveyDate = "survey_date";

    /// <summary>The instance's root element in XForms, as pyxform names it.</summary>
    public const string Root = "data";

    /// <summary>The metadata group every ODK submission carries (<c>meta/instanceID</c>, <c>meta/instanceName</c>).</summary>
    public const string Meta = "meta";

    /// <summary>Names no measure may take: they are the form's own questions and groups, or the dimensions' groups.</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        Start, End, RespondentId, Round, SurveyDate, Meta,
        Dimension.Economic.ToCode(), Dimension.Social.ToCode(), Dimension.Psychosocial.ToCode(),
    };
}
