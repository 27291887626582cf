using System.Collections.Generic;

namespace ReintegrationScoring.Json;

/// <summary>The codes of the enumerations that appear in the JSON formats (the same codes as the core's <c>ToCode</c>).</summary>
internal static class JsonCodes
{
    public static readonly CodeMap<Dimension> Dimension = new(
        Pair("economic", ReintegrationScoring.Dimension.Economic),
        Pair("social", ReintegrationScoring.Dimension.Social),
        Pair("psychosocial", ReintegrationScoring.Dimension.Psychosocial));

    public static readonly CodeMap<MonitoringRound> Round = new(
        Pair("initial", MonitoringRound.Initial),
        Pair("intermediate", MonitoringRound.Intermediate),
        Pair("final", MonitoringRound.Final));

    public static readonly CodeMap<MissingAnswerPolicy> Policy = new(
        Pair("strict", MissingAnswerPolicy.Strict),
        Pair("renormalize", MissingAnswerPolicy.Renormalize),
        Pair("zero", MissingAnswerPolicy.Zero));

    public static readonly CodeMap<ScoreStatus> ScoreStatus = new(
        Pair("computed", ReintegrationScoring.ScoreStatus.Computed),
        Pair("missing_answers", ReintegrationScoring.ScoreStatus.MissingAnswers),
        Pair("insufficient_coverage", ReintegrationScoring.ScoreStatus.InsufficientCoverage),
        Pair("no_applicable_measures", ReintegrationScoring.ScoreStatus.NoApplicableMeasures));

    public static readonly CodeMap<AnswerStatus> AnswerStatus = new(
        Pair("answered", ReintegrationScoring.AnswerStatus.Answered),
        Pair("missing", ReintegrationScoring.AnswerStatus.Missing),
        Pair("not_applicable", ReintegrationScoring.AnswerStatus.NotApplicable));

    public static readonly CodeMap<MeasureProvenance> Provenance = new(
        Pair("custom", MeasureProvenance.Custom),
        Pair("source_table", MeasureProvenance.SourceTable),
        Pair("reconstructed", MeasureProvenance.Reconstructed));

    private static KeyValuePair<string, T> Pair<T>(string code, T value) => new(code, value);
}
