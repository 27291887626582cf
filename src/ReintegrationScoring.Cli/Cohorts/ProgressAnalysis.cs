using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReintegrationScoring.Analysis.Cohorts;
using ReintegrationScoring.Analysis.Progress;

namespace ReintegrationScoring.Cli.Cohorts;

/// <summary><c>rss progress</c>: paired change between two rounds as a table; left-out respondents and retention on standard error.</summary>
internal sealed class ProgressAnalysis : ICohortAnalysis
{
    private readonly ScoringEngine _engine;
    private readonly IReadOnlyList<string> _attributes;
    private readonly ProgressBuilder _builder;
    private readonly List<string> _messages = new();

    private static readonly string[] Figures = ["score", "pairs", "mean_from", "mean_to", "mean_change", "sd_change", "ci_low", "ci_high", "improved", "declined", "unchanged"];

    public ProgressAnalysis(ScoringEngine engine, IReadOnlyList<string> attributes, MonitoringRound from, MonitoringRound to, double minimumChange)
    {
        _engine = engine;
        _attributes = attributes;
        _builder = new ProgressBuilder(from, to, attributes, minimumChange);
    }

    public IReadOnlyList<string> Messages => _messages;

    public static IReadOnlyList<string> Columns(IReadOnlyList<string> attributes) =>
        attributes.Concat(Figures).ToArray();

    public void Add(in CohortRow row) => _builder.Add(_engine, row.RespondentId, row.Round, row.Group!, row.Scores);

    public void AddError(CohortRow row)
    {
    }

    public CohortTable Build()
    {
        var report = _builder.Build();
        var table = new CohortTable(Columns(_attributes), CohortProvenance.Of(_engine));
        foreach (var row in report.Rows)
        {
            var cells = row.Group.Values.Select(CohortTable.Text).ToList();
            cells.AddRange(new[]
            {
                CohortTable.Text(row.Score.ToCode()), CohortTable.Count(row.Pairs), table.Number(row.MeanFrom), table.Number(row.MeanTo), table.Number(row.MeanChange),
                table.Number(row.StandardDeviationOfChange), table.Number(row.ConfidenceLow), table.Number(row.ConfidenceHigh),
                table.Number(row.ShareImproved), table.Number(row.ShareDeclined), table.Number(row.ShareUnchanged),
            });
            table.Add(cells.ToArray());
        }

        var from = report.From.ToCode();
        var to = report.To.ToCode();
        table.Notes.Add(("from", $"\"{from}\""));
        table.Notes.Add(("to", $"\"{to}\""));
        table.Notes.Add(("minChange", table.Number(report.MinimumChange).Value!));
        table.Notes.Add(("pairs", Invariant(report.Pairs)));
        table.Notes.Add(("notSurveyedAtFrom", Invariant(report.NotSurveyedAtFrom)));
        table.Notes.Add(("notSurveyedAtTo", Invariant(report.NotSurveyedAtTo)));
        table.Notes.Add(("surveyedMoreThanOnce", Invariant(report.SurveyedMoreThanOnce)));
        table.Notes.Add(("respondentsAtFrom", Invariant(report.RespondentsAtFrom)));
        table.Notes.Add(("respondentsAtBoth", Invariant(report.RespondentsAtBoth)));
        _messages.Add(string.Create(
            CultureInfo.InvariantCulture,
            $"progress {from} → {to}: {report.Pairs} pairs; left out: {report.NotSurveyedAtTo} not surveyed at {to}, {report.NotSurveyedAtFrom} not surveyed at {from}, {report.SurveyedMoreThanOnce} surveyed more than once in a round"));
        _messages.Add(string.Create(
            CultureInfo.InvariantCulture,
            $"retention: {report.RespondentsAtBoth} of {report.RespondentsAtFrom} respondents surveyed at {from} were surveyed at {to}{(report.Retention is { } r ? $" ({r:P1})" : string.Empty)}"));
        return table;
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
