using System.Collections.Generic;
using System.Linq;

namespace ReintegrationScoring.Import;

/// <summary>
/// The three sheets of a form's XLSForm as tables of text (first row the header, an empty string an empty cell), in
/// the XLSForm specification's column names.
/// </summary>
internal static class XlsFormSheets
{
    public const string Survey = "survey";
    public const string Choices = "choices";
    public const string Settings = "settings";

    public static IReadOnlyList<(string Name, IReadOnlyList<string[]> Rows)> All(SurveyForm form) => new[]
    {
        (Survey, SurveyRows(form)),
        (Choices, ChoiceRows(form)),
        (Settings, SettingsRows(form)),
    };

    public static IReadOnlyList<string[]> SurveyRows(SurveyForm form)
    {
        var languages = form.Languages;
        var header = new List<string> { "type", "name" };
        header.AddRange(languages.Select(l => $"label::{l.Header}"));
        header.AddRange(languages.Select(l => $"hint::{l.Header}"));
        header.Add("required");
        header.AddRange(languages.Select(l => $"required_message::{l.Header}"));
        header.Add("constraint");
        header.AddRange(languages.Select(l => $"constraint_message::{l.Header}"));
        header.Add("default");
        var rows = new List<string[]> { header.ToArray() };
        foreach (var question in form.Metadata.Concat(form.Questions))
        {
            rows.Add(Row(question, languages.Count));
        }

        foreach (var group in form.Groups)
        {
            rows.Add(new[] { "begin_group", group.Name }.Concat(group.Label.ByLanguage).Concat(Empty(header.Count - 2 - languages.Count)).ToArray());
            rows.AddRange(group.Questions.Select(q => Row(q, languages.Count)));
            rows.Add(Empty(header.Count - 1).Prepend("end_group").ToArray());
        }

        return rows;
    }

    public static IReadOnlyList<string[]> ChoiceRows(SurveyForm form)
    {
        var header = new List<string> { "list_name", "name" };
        header.AddRange(form.Languages.Select(l => $"label::{l.Header}"));
        var rows = new List<string[]> { header.ToArray() };
        foreach (var list in form.ChoiceLists)
        {
            rows.AddRange(list.Choices.Select(c => new[] { list.Name, c.Name }.Concat(c.Label.ByLanguage).ToArray()));
        }

        return rows;
    }

    public static IReadOnlyList<string[]> SettingsRows(SurveyForm form) => new[]
    {
        new[] { "form_title", "form_id", "version", "default_language", "instance_name" },
        new[] { form.Title, form.FormId, form.Version, form.Languages[0].Header, SurveyForm.InstanceName(name => $"${{{name}}}") },
    };

    private static string[] Row(FormQuestion question, int languageCount)
    {
        var row = new List<string> { TypeOf(question), question.Name };
        row.AddRange(Texts(question.Label, languageCount));
        row.AddRange(Texts(question.Hint, languageCount));
        row.Add(question.Required ? "yes" : string.Empty);
        row.AddRange(Texts(question.RequiredMessage, languageCount));
        row.Add(question.Constraint ?? string.Empty);
        row.AddRange(Texts(question.ConstraintMessage, languageCount));
        row.Add(question.Default ?? string.Empty);
        return row.ToArray();
    }

    private static string TypeOf(FormQuestion question) => question.Type switch
    {
        FormQuestionType.Start => "start",
        FormQuestionType.End => "end",
        FormQuestionType.Text => "text",
        FormQuestionType.Date => "date",
        _ => $"select_one {question.ListName}",
    };

    private static IEnumerable<string> Texts(FormText? text, int languageCount) => text?.ByLanguage ?? Empty(languageCount);

    private static IEnumerable<string> Empty(int count) => Enumerable.Repeat(string.Empty, count);
}
