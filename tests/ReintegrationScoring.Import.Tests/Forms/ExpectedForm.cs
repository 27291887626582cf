using System.Collections.Generic;
using System.IO;
using System.Linq;
using ReintegrationScoring.Json;
using ReintegrationScoring.Tests.Shared;

namespace ReintegrationScoring.Import.Tests.Forms;

/// <summary>
/// What a form must contain, written from the contract in docs/forms.md and the catalog, not from the writers' code:
/// the tests compare the writers' output, read back by other tools, with this.
/// </summary>
internal static class ExpectedForm
{
    public static readonly string[] RoundCodes = { "initial", "intermediate", "final" };

    public static Catalog Minimal { get; } = ReadInstrument("instrument-minimal.json");

    /// <summary>A measure's choices: its option keys, <c>not_applicable</c> where allowed, <c>dont_know</c>, <c>refused</c>.</summary>
    public static string[] Choices(Measure measure) => measure.Scale.Options.Select(o => o.Key)
        .Concat(measure.AllowsNotApplicable ? new[] { "not_applicable" } : [])
        .Concat(new[] { "dont_know", "refused" })
        .ToArray();

    /// <summary>A choice's label: the option's, or the form's own wording of a special answer.</summary>
    public static string ChoiceLabel(Measure measure, string choice, string language)
    {
        var index = measure.Scale.IndexOf(choice);
        if (index >= 0)
        {
            return measure.Scale.Options[index].Label.Get(language);
        }

        var special = (choice, language) switch
        {
            ("not_applicable", "fr") => "Sans objet",
            ("not_applicable", _) => "Not applicable",
            ("dont_know", "fr") => "Ne sait pas",
            ("dont_know", _) => "Don't know",
            ("refused", "fr") => "Refuse de répondre",
            _ => "Refused to answer",
        };
        return special;
    }

    public static string Path(Measure measure) => $"/data/{measure.Dimension.ToCode()}/{measure.Code}";

    /// <summary>One valid answer per measure, spread over every position of the choice lists, <c>not_applicable</c> where allowed.</summary>
    public static Dictionary<string, string> AnswersFor(Catalog catalog)
    {
        var answers = new Dictionary<string, string>
        {
            ["/data/respondent_id"] = "R-0001",
            ["/data/round"] = "intermediate",
            ["/data/survey_date"] = "2025-06-30",
        };
        for (var i = 0; i < catalog.Measures.Count; i++)
        {
            var measure = catalog.Measures[i];
            var choices = Choices(measure);
            answers[Path(measure)] = measure.AllowsNotApplicable ? "not_applicable" : choices[i % choices.Length];
        }

        return answers;
    }

    /// <summary>A catalog of one yes/no measure per dimension, with the given codes and labels.</summary>
    public static Catalog Tiny(string id = "tiny", string economicCode = "ECO_A", string scaleCode = "yes_no", bool french = true)
    {
        LocalizedText Label(string english, string inFrench) => french ? LocalizedText.Of(english, inFrench) : LocalizedText.OfEnglish(english);
        var scale = new AnswerScale(scaleCode, new[] { new AnswerOption("yes", 1, Label("Yes", "Oui")), new AnswerOption("no", 0, Label("No", "Non")) });
        var indicators = Dimensions.All.Select(d => new Indicator($"I_{d.ToCode().ToUpperInvariant()}", d, Label("Indicator", "Indicateur"))).ToList();
        var codes = new[] { economicCode, "SOC_A", "PSY_A" };
        var measures = indicators.Select((indicator, i) => new Measure(codes[i], indicator, scale, Label("Question?", "Question ?"))).ToList();
        return Catalog.Create(id, "1", indicators, measures);
    }

    private static Catalog ReadInstrument(string name)
    {
        using var stream = File.OpenRead(RepositoryFiles.Example(name));
        return InstrumentJson.Read(stream);
    }
}
