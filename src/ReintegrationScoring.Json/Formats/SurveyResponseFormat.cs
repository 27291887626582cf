using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring.Json;

/// <summary>
/// One survey response: <c>{ "respondent_id", "round", "survey_date"?, "arrival_date"?, "catalog"?: { "id", "version" },
/// "answers": { "MEASURE_CODE": "option_key" | null } }</c>. Answers are parsed as the core parses them; every invalid
/// answer is located at <c>$.answers.CODE</c>, and nothing read is repeated in errors.
/// </summary>
internal static class SurveyResponseFormat
{
    private const string DateFormat = "yyyy-MM-dd";

    /// <exception cref="RssJsonException">The shape is wrong, or answers are invalid (every one located; the core's <see cref="InvalidResponseException"/> is the inner exception).</exception>
    public static SurveyResponse Read(JsonCursor root, Catalog catalog)
    {
        var fields = root.Object("respondent_id", "round", "survey_date", "arrival_date", "catalog", "answers");
        var respondentId = new RespondentId(fields.Required("respondent_id").NonBlankString());
        var round = fields.Required("round").Code(MonitoringRounds.All, MonitoringRounds.ToCode);
        var surveyDate = fields.Optional("survey_date")?.Date();
        var arrivalDate = fields.Optional("arrival_date")?.Date();
        if (fields.Optional("catalog") is { } reference)
        {
            CheckCatalog(reference, catalog);
        }

        var answers = new List<KeyValuePair<string, string>>();
        var locator = new ProblemLocator();
        foreach (var answer in fields.Required("answers").Properties())
        {
            var value = answer.Value;
            if (!value.IsNull && value.Element.ValueKind != JsonValueKind.String)
            {
                throw value.Fail("expected an answer key (a string) or null");
            }

            answers.Add(new KeyValuePair<string, string>(answer.Key, value.StringOrNull() ?? string.Empty));
            locator.Add(answer.Key, value.Path);
        }

        var parsed = SurveyResponse.TryParse(catalog, respondentId, round, answers, surveyDate, arrivalDate);
        if (!parsed.TryGetValue(out var response))
        {
            var problems = parsed.Problems;
            var answersPath = JsonPaths.Property(root.Path, "answers");
            var located = problems.Select(p => new JsonProblem(Locate(p, locator) ?? answersPath, p.Message)).ToList();
            throw new RssJsonException(located, new InvalidResponseException(problems));
        }

        return response;
    }

    public static void Write(Utf8JsonWriter writer, SurveyResponse response)
    {
        writer.WriteStartObject();
        writer.WriteString("respondent_id", response.RespondentId.Value);
        writer.WriteString("round", response.Round.ToCode());
        if (response.SurveyDate is { } surveyDate)
        {
            writer.WriteString("survey_date", surveyDate.ToString(DateFormat, CultureInfo.InvariantCulture));
        }

        if (response.ArrivalDate is { } arrivalDate)
        {
            writer.WriteString("arrival_date", arrivalDate.ToString(DateFormat, CultureInfo.InvariantCulture));
        }

        writer.WriteStartObject("catalog");
        writer.WriteString("id", response.Catalog.Id);
        writer.WriteString("version", response.Catalog.Version);
        writer.WriteEndObject();
        writer.WriteStartObject("answers");
        var measures = response.Catalog.Measures;
        for (var i = 0; i < measures.Count; i++)
        {
            if (measures[i].KeyOf(response.Answers[i]) is { } key)
            {
                writer.WriteString(measures[i].Code, key);
            }
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void CheckCatalog(JsonCursor reference, Catalog catalog)
    {
        var fields = reference.Object("id", "version");
        var id = fields.Required("id").String();
        var version = fields.Required("version").String();
        if (id != catalog.Id || version != catalog.Version)
        {
            throw reference.Fail($"the response is for another catalog; expected id {MessageText.Quote(catalog.Id)} and version {MessageText.Quote(catalog.Version)}");
        }
    }

    private static string? Locate(ResponseProblem problem, ProblemLocator locator) => problem.Kind switch
    {
        ResponseProblemKind.DuplicateMeasure => locator.NextDuplicate(problem.MeasureCode),
        _ => locator.First(problem.MeasureCode),
    };
}
