using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace ReintegrationScoring.Json.Tests;

/// <summary>Small inputs shared by the tests. The "secret" strings stand for personal data that must never appear in errors.</summary>
internal static class Samples
{
    public const string SecretRespondentId = "SECRET-RESPONDENT-4711";

    public static Catalog Catalog => RssCatalog.Default;

    public static SurveyResponse Response(string respondentId = SecretRespondentId)
    {
        var answers = Catalog.Measures.ToDictionary(m => m.Code, m => m.Scale.Options[0].Key);
        return SurveyResponse.Parse(Catalog, new RespondentId(respondentId), MonitoringRound.Initial, answers, new DateTime(2026, 3, 2), new DateTime(2026, 2, 10));
    }

    public static string ResponseJson(string answersJson, string respondentId = SecretRespondentId) =>
        "{\"respondent_id\":\"" + respondentId + "\",\"round\":\"initial\",\"answers\":" + answersJson + "}";

    public static Stream Utf8(string text) => new MemoryStream(Encoding.UTF8.GetBytes(text));

    public static string WeightSetJson(IEnumerable<MeasureWeight> weights, string extra = "")
    {
        var entries = weights.Select(w => FormattableString.Invariant($"{{\"measure\":\"{w.MeasureCode}\",\"dimensional\":{w.Dimensional:R},\"composite\":{w.Composite:R}}}"));
        return "{\"id\":\"w\",\"version\":\"1\"" + extra + ",\"weights\":[" + string.Join(",", entries) + "]}";
    }

    public static string EqualWeightsJson(string extra = "") => WeightSetJson(BuiltInWeightSets.EqualByIndicator.Weights, extra);
}
