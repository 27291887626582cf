using System.Collections.Generic;

namespace ReintegrationScoring.Import;

/// <summary>One text of a form (a label, hint or message) in each of the form's languages, in the order of <see cref="SurveyForm.Languages"/>.</summary>
internal sealed class FormText
{
    private readonly string[] _texts;

    public FormText(string[] texts) => _texts = texts;

    public IReadOnlyList<string> ByLanguage => _texts;

    public string this[int languageIndex] => _texts[languageIndex];
}
