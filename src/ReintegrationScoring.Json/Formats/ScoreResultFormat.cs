using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace ReintegrationScoring.Json;

/// <summary>
/// A stored score result: who, which round, the catalog, weight set and policy used, the four scores, and optionally
/// the per-measure breakdown. See <c>docs/json-formats.md</c>.
/// </summary>
internal static class ScoreResultFormat
{
    private const string DateFormat = "yyyy-MM-dd";

    public static StoredScoreResult Read(JsonCursor root)
    {
        var fields = root.Object("respondent_id", "round", "survey_date", "catalog", "weight_set", "policy", "scores", "breakdown");
        var respondentId = new RespondentId(fields.Required("respondent_id").NonBlankString());
        var round = fields.Required("round").Code(MonitoringRounds.All, MonitoringRounds.ToCode);
        var surveyDate = fields.Optional("survey_date")?.Date();
        var (catalogId, catalogVersion) = ReadIdentity(fields.Required("catalog"));
        var (weightSetId, weightSetVersion) = ReadIdentity(fields.Required("weight_set"));
        var options = ReadPolicy(fields.Required("policy"));
        var scores = fields.Required("scores").Object("economic", "social", "psychosocial", "composite");
        var breakdown = fields.Optional("breakdown")?.Items().Select(ReadContribution).ToList();
        return new StoredScoreResult(
            respondentId,
            round,
            surveyDate,
            catalogId,
            catalogVersion,
            weightSetId,
            weightSetVersion,
            options,
            ReadScore(scores.Required("economic")),
            ReadScore(scores.Required("social")),
            ReadScore(scores.Required("psychosocial")),
            ReadScore(scores.Required("composite")),
            breakdown);
    }

    public static void Write(Utf8JsonWriter writer, StoredScoreResult result)
    {
        writer.WriteStartObject();
        writer.WriteString("respondent_id", result.RespondentId.Value);
        writer.WriteString("round", result.Round.ToCode());
        if (result.SurveyDate is { } surveyDate)
        {
            writer.WriteString("survey_date", surveyDate.ToString(DateFormat, CultureInfo.InvariantCulture));
        }

        WriteIdentity(writer, "catalog", result.CatalogId, result.CatalogVersion);
        WriteIdentity(writer, "weight_set", result.WeightSetId, result.WeightSetVersion);
        writer.WriteStartObject("policy");
        writer.WriteString("missing_answers", result.Options.MissingAnswerPolicy.ToCode());
        writer.WriteDouble("minimum_coverage", result.Options.MinimumCoverage);
        writer.WriteEndObject();
        writer.WriteStartObject("scores");
        foreach (var kind in ScoreKinds.All)
        {
            WriteScore(writer, kind.ToCode(), result[kind]);
        }

        writer.WriteEndObject();
        if (result.Breakdown is { } breakdown)
        {
            writer.WriteStartArray("breakdown");
            foreach (var contribution in breakdown)
            {
                WriteContribution(writer, contribution);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static (string Id, string Version) ReadIdentity(JsonCursor cursor)
    {
        var fields = cursor.Object("id", "version");
        return (fields.Required("id").NonBlankString(), fields.Required("version").NonBlankString());
    }

    private static void WriteIdentity(Utf8JsonWriter writer, string name, string id, string version)
    {
        writer.WriteStartObject(name);
        writer.WriteString("id", id);
        writer.WriteString("version", version);
        writer.WriteEndObject();
    }

    private static ScoringOptions ReadPolicy(JsonCursor cursor)
    {
        var fields = cursor.Object("missing_answers", "minimum_coverage");
        return new ScoringOptions
        {
            MissingAnswerPolicy = fields.Required("missing_answers").Code(MissingAnswerPolicies.All, MissingAnswerPolicies.ToCode),
            MinimumCoverage = fields.Required("minimum_coverage").UnitInterval(),
        };
    }

    private static StoredScore ReadScore(JsonCursor cursor)
    {
        var fields = cursor.Object("status", "value", "coverage", "missing_count", "missing_measures");
        var status = fields.Required("status").Code(ScoreStatuses.All, ScoreStatuses.ToCode);
        var valueCursor = fields.Present("value");
        var value = valueCursor.UnitIntervalOrNull();
        if ((status == ScoreStatus.Computed) != value.HasValue)
        {
            throw valueCursor.Fail(status == ScoreStatus.Computed ? "a computed score has a value" : "a score that was not computed has a null value");
        }

        var coverage = fields.Required("coverage").UnitInterval();
        var countCursor = fields.Required("missing_count");
        var count = countCursor.NonNegativeInt32();
        var missing = fields.Required("missing_measures").Items().Select(item => item.NonBlankString()).ToList();
        if (count != missing.Count)
        {
            throw countCursor.Fail("does not match the number of missing_measures");
        }

        return new StoredScore(status, value, coverage, missing);
    }

    private static void WriteScore(Utf8JsonWriter writer, string name, StoredScore score)
    {
        writer.WriteStartObject(name);
        writer.WriteString("status", score.Status.ToCode());
        WriteNullable(writer, "value", score.Value);
        writer.WriteDouble("coverage", score.Coverage);
        writer.WriteNumber("missing_count", score.MissingCount);
        writer.WriteStartArray("missing_measures");
        foreach (var code in score.MissingMeasures)
        {
            writer.WriteStringValue(code);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static StoredContribution ReadContribution(JsonCursor cursor)
    {
        var fields = cursor.Object("measure", "dimension", "status", "points", "dimensional_weight", "composite_weight", "dimension_contribution", "composite_contribution");
        var measure = fields.Required("measure").NonBlankString();
        var dimension = fields.Required("dimension").Code(Dimensions.All, Dimensions.ToCode);
        var status = fields.Required("status").Code(AnswerStatuses.All, AnswerStatuses.ToCode);
        var pointsCursor = fields.Present("points");
        var points = pointsCursor.UnitIntervalOrNull();
        if ((status == AnswerStatus.Answered) != points.HasValue)
        {
            throw pointsCursor.Fail(status == AnswerStatus.Answered ? "an answered measure has points" : "a measure that was not answered has null points");
        }

        return new StoredContribution(
            measure,
            dimension,
            status,
            points,
            fields.Required("dimensional_weight").NonNegative(),
            fields.Required("composite_weight").NonNegative(),
            fields.Present("dimension_contribution").UnitIntervalOrNull(),
            fields.Present("composite_contribution").UnitIntervalOrNull());
    }

    private static void WriteContribution(Utf8JsonWriter writer, StoredContribution contribution)
    {
        writer.WriteStartObject();
        writer.WriteString("measure", contribution.MeasureCode);
        writer.WriteString("dimension", contribution.Dimension.ToCode());
        writer.WriteString("status", contribution.Status.ToCode());
        WriteNullable(writer, "points", contribution.Points);
        writer.WriteDouble("dimensional_weight", contribution.DimensionalWeight);
        writer.WriteDouble("composite_weight", contribution.CompositeWeight);
        WriteNullable(writer, "dimension_contribution", contribution.DimensionContribution);
        WriteNullable(writer, "composite_contribution", contribution.CompositeContribution);
        writer.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v)
        {
            writer.WriteDouble(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
