using System;
using System.Collections.Generic;
using System.Linq;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring.Import;

/// <summary>
/// A ready-to-deploy data-collection form for a catalog: the respondent id, the monitoring round and the interview
/// date, then one group per dimension (named <c>economic</c>, <c>social</c>, <c>psychosocial</c>) with one required
/// single-choice question per measure (named by the measure code), whose choices are the scale's option keys, then
/// <c>not_applicable</c> where the measure allows it, <c>dont_know</c> and <c>refused</c>. Labels come in each of
/// <see cref="Languages"/>. <see cref="XlsFormWriter"/> and <see cref="XFormWriter"/> write it. Immutable.
/// </summary>
/// <remarks>
/// The names are a contract that exports of the form follow (docs/forms.md): scoring an export of the form needs no
/// mapping. A text the catalog (or, for languages other than English and French, the form's own texts) lacks in a
/// language is written in English and listed in <see cref="UntranslatedTexts"/>.
/// </remarks>
public sealed class SurveyForm
{
    private SurveyForm(Catalog catalog, IReadOnlyList<FormLanguage> languages, Builder built)
    {
        Catalog = catalog;
        Languages = languages;
        Title = catalog.Title.Has(languages[0].Tag) ? catalog.Title.Get(languages[0].Tag) : catalog.Title.English;
        Metadata = built.Metadata;
        Questions = built.Questions;
        Groups = built.Groups;
        ChoiceLists = built.ChoiceLists;
        UntranslatedTexts = built.Untranslated.AsReadOnly();
    }

    /// <summary>The catalog the form collects answers for.</summary>
    public Catalog Catalog { get; }

    /// <summary>The form's languages; the first is the default one.</summary>
    public IReadOnlyList<FormLanguage> Languages { get; }

    /// <summary>The form id: the catalog's id.</summary>
    public string FormId => Catalog.Id;

    /// <summary>The form version: the catalog's version.</summary>
    public string Version => Catalog.Version;

    /// <summary>The title: the catalog's title in the default language (English when it has none there).</summary>
    public string Title { get; }

    /// <summary>
    /// The texts written in English for lack of a translation, as <c>tag: element</c>, e.g.
    /// <c>ar: ECO_SATISFACTION label</c> or <c>ar: quality5/good label</c>; empty when every text is translated.
    /// </summary>
    public IReadOnlyList<string> UntranslatedTexts { get; }

    /// <summary>Metadata the device records: interview start and end.</summary>
    internal IReadOnlyList<FormQuestion> Metadata { get; }

    /// <summary>The questions before the groups: respondent id, round, interview date.</summary>
    internal IReadOnlyList<FormQuestion> Questions { get; }

    /// <summary>One group per dimension, in the order economic, social, psychosocial.</summary>
    internal IReadOnlyList<FormGroup> Groups { get; }

    internal IReadOnlyList<FormChoiceList> ChoiceLists { get; }

    /// <summary>
    /// The name each submission gets in ODK Collect's and Central's lists, respondent id and round, so that an
    /// enumerator finds a saved draft; <paramref name="reference"/> turns a question name into the writer's reference.
    /// </summary>
    internal static string InstanceName(Func<string, string> reference) =>
        $"concat({reference(FormNames.RespondentId)}, ' - ', {reference(FormNames.Round)})";

    /// <summary>Makes the form of <paramref name="catalog"/> in English and French.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog's id cannot be a form id, or a measure code is one of the form's own names.</exception>
    /// <param name="catalog">Any catalog the core accepts.</param>
    /// <returns>The form, with English as its default language.</returns>
    public static SurveyForm Create(Catalog catalog) => Create(catalog, new[] { FormLanguage.English, FormLanguage.French });

    /// <summary>Makes the form of <paramref name="catalog"/> in <paramref name="languages"/>.</summary>
    /// <param name="catalog">Any catalog the core accepts.</param>
    /// <param name="languages">The form's languages, the default one first; at least one, each tag once.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// No language, a tag given twice, a catalog id that cannot be a form id (letters, digits, '-', '_' and '.', starting
    /// with a letter or '_'), or a measure code that is one of the form's own names (<c>start</c>, <c>end</c>,
    /// <c>respondent_id</c>, <c>round</c>, <c>survey_date</c>, <c>meta</c>, or a dimension's code), ignoring case.
    /// </exception>
    /// <returns>The form, one question per measure.</returns>
    public static SurveyForm Create(Catalog catalog, IEnumerable<FormLanguage> languages)
    {
        Preconditions.NotNull(catalog, nameof(catalog));
        var list = Preconditions.NotNull(languages, nameof(languages)).ToList();
        if (list.Count == 0 || list.Any(l => l is null))
        {
            throw new ArgumentException("A form needs at least one language, and no null one.", nameof(languages));
        }

        var repeated = list.GroupBy(l => l.Tag, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new ArgumentException($"Language '{repeated.Key}' is given more than once.", nameof(languages));
        }

        if (!IsFormId(catalog.Id))
        {
            throw new ArgumentException(
                $"The catalog id '{catalog.Id}' cannot be a form id: use letters, digits, '-', '_' and '.', starting with a letter or '_'.",
                nameof(catalog));
        }

        var clashes = catalog.Measures.Where(m => FormNames.Reserved.Contains(m.Code)).Select(m => m.Code).ToList();
        if (clashes.Count > 0)
        {
            throw new ArgumentException(
                $"Measure codes that are the form's own names cannot be questions: {string.Join(", ", clashes)}.",
                nameof(catalog));
        }

        var readOnly = list.AsReadOnly();
        return new SurveyForm(catalog, readOnly, new Builder(catalog, readOnly));
    }

    private static bool IsFormId(string id) =>
        id.Length > 0
        && (char.IsAsciiLetter(id[0]) || id[0] == '_')
        && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    /// <summary>Builds the questions and choice lists once, recording the texts that fall back to English.</summary>
    private sealed class Builder
    {
        private readonly IReadOnlyList<FormLanguage> _languages;
        private readonly List<FormChoiceList> _choiceLists = new();
        private readonly Dictionary<(string Scale, bool NotApplicable), string> _listNames = new();
        private readonly HashSet<string> _usedListNames = new(StringComparer.OrdinalIgnoreCase);

        public Builder(Catalog catalog, IReadOnlyList<FormLanguage> languages)
        {
            _languages = languages;
            Metadata = new[] { new FormQuestion(FormNames.Start, FormQuestionType.Start), new FormQuestion(FormNames.End, FormQuestionType.End) };
            Questions = new[]
            {
                new FormQuestion(FormNames.RespondentId, FormQuestionType.Text)
                {
                    Label = Text(FormTexts.RespondentIdLabel, "respondent_id label"),
                    Hint = Text(FormTexts.RespondentIdHint, "respondent_id hint"),
                    Required = true,
                },
                new FormQuestion(FormNames.Round, FormQuestionType.SelectOne)
                {
                    Label = Text(FormTexts.RoundLabel, "round label"),
                    Hint = Text(FormTexts.RoundHint, "round hint"),
                    ListName = RoundList(),
                    Required = true,
                },
                new FormQuestion(FormNames.SurveyDate, FormQuestionType.Date)
                {
                    Label = Text(FormTexts.SurveyDateLabel, "survey_date label"),
                    Required = true,
                    Default = "today()",
                    Constraint = ". <= today()",
                    ConstraintMessage = Text(FormTexts.SurveyDateMessage, "survey_date constraint message"),
                },
            };
            var required = Text(FormTexts.AnswerRequired, "required message");
            Groups = catalog.Dimensions
                .Select(d => new FormGroup(d.Code, Text(d.Label, $"{d.Code} label"), catalog.MeasuresOf(d.Dimension).Select(m => Question(m, required)).ToList()))
                .ToList();
            ChoiceLists = _choiceLists;
        }

        public IReadOnlyList<FormQuestion> Metadata { get; }

        public IReadOnlyList<FormQuestion> Questions { get; }

        public IReadOnlyList<FormGroup> Groups { get; }

        public IReadOnlyList<FormChoiceList> ChoiceLists { get; }

        public List<string> Untranslated { get; } = new();

        private FormQuestion Question(Measure measure, FormText required) => new(measure.Code, FormQuestionType.SelectOne)
        {
            Label = Text(measure.Label, $"{measure.Code} label"),
            Hint = Text(measure.Indicator.Label, $"{measure.Indicator.Code} label"),
            ListName = ScaleList(measure),
            Required = true,
            RequiredMessage = required,
        };

        private string RoundList()
        {
            var labels = new[] { FormTexts.InitialRound, FormTexts.IntermediateRound, FormTexts.FinalRound };
            var choices = MonitoringRounds.All.Select(r => Choice(r.ToCode(), labels[(int)r], "round")).ToList();
            return AddList(FormNames.Round, choices);
        }

        /// <summary>One list per scale, and one more where a measure of that scale allows <c>not_applicable</c>.</summary>
        private string ScaleList(Measure measure)
        {
            var key = (measure.Scale.Code, measure.AllowsNotApplicable);
            if (_listNames.TryGetValue(key, out var name))
            {
                return name;
            }

            var list = measure.Scale.Code;
            var choices = measure.Scale.Options.Select(o => Choice(o.Key, o.Label, list)).ToList();
            if (measure.AllowsNotApplicable)
            {
                choices.Add(Choice(Answer.NotApplicableKey, FormTexts.NotApplicable, list));
            }

            choices.Add(Choice(Answer.DontKnowKey, FormTexts.DontKnow, list));
            choices.Add(Choice(Answer.RefusedKey, FormTexts.Refused, list));
            name = AddList(measure.AllowsNotApplicable ? list + "_na" : list, choices);
            _listNames.Add(key, name);
            return name;
        }

        private FormChoice Choice(string name, LocalizedText label, string list) => new(name, Text(label, $"{list}/{name} label"));

        /// <summary>Adds a list under <paramref name="preferred"/>, or that name and a number when a scale code took it.</summary>
        private string AddList(string preferred, List<FormChoice> choices)
        {
            var name = preferred;
            for (var n = 2; !_usedListNames.Add(name); n++)
            {
                name = $"{preferred}_{n}";
            }

            _choiceLists.Add(new FormChoiceList(name, choices));
            return name;
        }

        private FormText Text(LocalizedText text, string element)
        {
            var texts = new string[_languages.Count];
            for (var i = 0; i < texts.Length; i++)
            {
                var tag = _languages[i].Tag;
                if (!text.Has(tag))
                {
                    Untranslated.Add($"{tag}: {element}");
                }

                texts[i] = text.Get(tag);
            }

            return new FormText(texts);
        }
    }
}
