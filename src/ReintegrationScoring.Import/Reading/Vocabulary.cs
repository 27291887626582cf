using System;
using System.Collections.Generic;
using System.Linq;

namespace ReintegrationScoring.Import;

/// <summary>
/// The texts a label export may hold instead of names and keys, in every language the catalog (and the form's own
/// texts, <see cref="FormTexts"/>) has: the question labels of <c>rss form</c>'s form as column names, its choice
/// labels as answers, its round labels as rounds. A text that names two different things is left out.
/// </summary>
internal sealed class Vocabulary
{
    private static readonly LocalizedText[] RoundLabels = { FormTexts.InitialRound, FormTexts.IntermediateRound, FormTexts.FinalRound };

    private Vocabulary(Catalog catalog)
    {
        Columns = Unambiguous(
            Texts(FormTexts.RespondentIdLabel).Select(t => (t, FormNames.RespondentId))
                .Concat(Texts(FormTexts.RoundLabel).Select(t => (t, FormNames.Round)))
                .Concat(Texts(FormTexts.SurveyDateLabel).Select(t => (t, FormNames.SurveyDate)))
                .Concat(catalog.Measures.SelectMany(m => Texts(m.Label).Select(t => (t, m.Code)))));
        Rounds = Unambiguous(MonitoringRounds.All.SelectMany(r => Texts(RoundLabels[(int)r]).Select(t => (t, r.ToCode()))))
            .ToDictionary(p => p.Key, p => MonitoringRounds.All.First(r => r.ToCode() == p.Value), StringComparer.OrdinalIgnoreCase);
        Answers = catalog.Measures.Select(AnswerLabels).ToArray();
    }

    /// <summary>Column label → canonical name (<c>respondent_id</c>, <c>round</c>, <c>survey_date</c> or a measure code).</summary>
    public IReadOnlyDictionary<string, string> Columns { get; }

    /// <summary>Round label → round.</summary>
    public IReadOnlyDictionary<string, MonitoringRound> Rounds { get; }

    /// <summary>Per measure, in catalog order: answer label → answer key.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Answers { get; }

    public static Vocabulary Of(Catalog catalog) => new(catalog);

    private static IEnumerable<string> Texts(LocalizedText text) => text.Languages.Select(text.Get).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim());

    private static IReadOnlyDictionary<string, string> AnswerLabels(Measure measure)
    {
        var pairs = measure.Scale.Options.SelectMany(o => Texts(o.Label).Select(t => (t, o.Key)))
            .Concat(Texts(FormTexts.DontKnow).Select(t => (t, Answer.DontKnowKey)))
            .Concat(Texts(FormTexts.Refused).Select(t => (t, Answer.RefusedKey)));
        if (measure.AllowsNotApplicable)
        {
            pairs = pairs.Concat(Texts(FormTexts.NotApplicable).Select(t => (t, Answer.NotApplicableKey)));
        }

        // A label that is some other answer's key would change what that key means: keys win.
        var keys = new HashSet<string>(measure.AnswerKeys.Select(k => k.Key), StringComparer.OrdinalIgnoreCase);
        return Unambiguous(pairs.Where(p => !keys.Contains(p.t)));
    }

    private static Dictionary<string, string> Unambiguous(IEnumerable<(string Text, string Name)> pairs) =>
        pairs.GroupBy(p => p.Text, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Select(p => p.Name).Distinct(StringComparer.Ordinal).Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Name, StringComparer.OrdinalIgnoreCase);
}
