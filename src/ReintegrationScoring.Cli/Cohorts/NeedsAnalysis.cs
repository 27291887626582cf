using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReintegrationScoring.Analysis.Cohorts;

namespace ReintegrationScoring.Cli.Cohorts;

/// <summary>
/// <c>rss needs</c>: one row per input row, in input order: the survey's scores, the dimensions below the threshold and
/// the weakest dimension; an error row keeps its place, with the line, column and reason in <c>detail</c>.
/// </summary>
internal sealed class NeedsAnalysis : ICohortAnalysis
{
    private readonly CohortTable _table;
    private readonly double _threshold;
    private readonly MonitoringRound? _round;

    public NeedsAnalysis(ScoringEngine engine, double threshold, MonitoringRound? round)
    {
        _threshold = threshold;
        _round = round;
        _table = new CohortTable(Columns, CohortProvenance.Of(engine, threshold));
    }

    public static IReadOnlyList<string> Columns { get; } =
        ["respondent_id", "round", "survey_date", "economic", "social", "psychosocial", "composite", "below", "weakest", "detail"];

    public IReadOnlyList<string> Messages { get; } = [];

    public void Add(in CohortRow row)
    {
        if (_round is { } round && row.Round != round)
        {
            return;
        }

        // SurveyNeeds' definitions, read from the scores (what SurveyNeeds.Of reads from a survey's result).
        var scores = row.Scores;
        _table.Add(
            CohortTable.Text(row.RespondentId.Value),
            CohortTable.Text(row.Round.ToCode()),
            row.SurveyDate is { } date ? CohortTable.Text(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : CohortTable.Cell.Empty,
            _table.Number(scores.Economic.ValueOrNull),
            _table.Number(scores.Social.ValueOrNull),
            _table.Number(scores.Psychosocial.ValueOrNull),
            _table.Number(scores.Composite.ValueOrNull),
            CohortTable.Text(string.Join(";", scores.DimensionsBelow(_threshold).Select(d => d.ToCode()))),
            scores.WeakestDimension is { } weakest ? CohortTable.Text(weakest.ToCode()) : CohortTable.Cell.Empty,
            CohortTable.Cell.Empty);
    }

    public void AddError(CohortRow row) =>
        _table.Add(
            CohortTable.Cell.Empty,
            CohortTable.Cell.Empty,
            CohortTable.Cell.Empty,
            CohortTable.Cell.Empty,
            CohortTable.Cell.Empty,
            CohortTable.Cell.Empty,
            CohortTable.Cell.Empty,
            CohortTable.Cell.Empty,
            CohortTable.Cell.Empty,
            CohortTable.Text(string.Create(CultureInfo.InvariantCulture, $"error: line {row.Line}: {row.Problems}")));

    public CohortTable Build() => _table;
}
