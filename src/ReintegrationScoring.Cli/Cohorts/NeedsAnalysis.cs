using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReintegrationScoring.Analysis.Cohorts;
using ReintegrationScoring.Analysis.Needs;

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

    public bool NeedsSurveys => true;

    public void Add(in CohortRow row)
    {
        var survey = row.Survey!;
        if (_round is { } round && survey.Round != round)
        {
            return;
        }

        var needs = SurveyNeeds.Of(survey, _threshold);
        var scores = survey.Result.Scores;
        _table.Add(
            CohortTable.Text(survey.RespondentId.Value),
            CohortTable.Text(survey.Round.ToCode()),
            survey.SurveyDate is { } date ? CohortTable.Text(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : CohortTable.Cell.Empty,
            _table.Number(scores.Economic.ValueOrNull),
            _table.Number(scores.Social.ValueOrNull),
            _table.Number(scores.Psychosocial.ValueOrNull),
            _table.Number(scores.Composite.ValueOrNull),
            CohortTable.Text(string.Join(";", needs.Below.Select(d => d.ToCode()))),
            needs.Weakest is { } weakest ? CohortTable.Text(weakest.ToCode()) : CohortTable.Cell.Empty,
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
