using System;
using System.Collections.Generic;
using System.Linq;
using ReintegrationScoring.Analysis.Cohorts;
using ReintegrationScoring.Analysis.Statistics;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring.Analysis.Summary;

/// <summary>
/// Builds a <see cref="CohortSummary"/> from surveys added one at a time, in any order: memory grows with the scores
/// kept (the quartiles need them), not with anything else of a row. Not thread-safe.
/// </summary>
public sealed class SummaryBuilder
{
    private readonly string[] _attributes;
    private readonly double? _threshold;
    private readonly Dictionary<(MonitoringRound Round, GroupKey Group), Cell> _cells = new();
    private ProvenanceCheck _provenance;
    private int _surveys;

    /// <summary>Creates a builder.</summary>
    /// <param name="attributes">The attributes to group by (names matched ignoring case); none for the whole cohort.</param>
    /// <param name="threshold">The threshold of the shares below, in [0, 1], or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="attributes"/> is null.</exception>
    /// <exception cref="ArgumentException">An attribute name is blank or given twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is not in [0, 1].</exception>
    public SummaryBuilder(IEnumerable<string> attributes, double? threshold = null)
    {
        _attributes = AttributeNames.Check(attributes);
        _threshold = CohortProvenance.CheckThreshold(threshold);
    }

    /// <summary>Adds a survey (duplicates count as surveys of their own).</summary>
    /// <param name="survey">A survey scored like the others.</param>
    /// <exception cref="ArgumentNullException"><paramref name="survey"/> is null.</exception>
    /// <exception cref="ArgumentException">The survey was scored with another catalog, weight set or options.</exception>
    public void Add(CohortSurvey survey)
    {
        Preconditions.NotNull(survey);
        _provenance.Check(survey, _threshold);
        AddScores(survey.Round, GroupKey.Of(survey, _attributes), survey.Result.Scores);
    }

    /// <summary>
    /// Adds a survey given by its parts, for callers that stream rows without building <see cref="CohortSurvey"/>
    /// objects; the figures are those of <see cref="Add(CohortSurvey)"/> on the same survey.
    /// </summary>
    /// <param name="engine">The engine that computed <paramref name="scores"/>: it stands for their provenance.</param>
    /// <param name="round">The survey's round.</param>
    /// <param name="group">The survey's group: one value per attribute of the builder, in its order.</param>
    /// <param name="scores">The survey's four scores.</param>
    /// <exception cref="ArgumentNullException"><paramref name="engine"/> or <paramref name="group"/> is null.</exception>
    /// <exception cref="ArgumentException">The group does not have one value per attribute, or the engine scores otherwise than the surveys before.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="round"/> is not a monitoring round.</exception>
    public void Add(ScoringEngine engine, MonitoringRound round, GroupKey group, in ScoreSet scores)
    {
        Preconditions.NotNull(engine);
        CohortParts.Check(round, group, _attributes.Length);
        _provenance.Check(engine, _threshold);
        AddScores(round, group, scores);
    }

    /// <summary>The summary of the surveys added so far.</summary>
    /// <returns>The summary; the builder can go on.</returns>
    public CohortSummary Build()
    {
        var rows = new List<SummaryRow>(_cells.Count * ScoreKinds.All.Count);
        foreach (var entry in _cells.OrderBy(e => e.Key.Round).ThenBy(e => e.Key.Group, GroupKey.Order))
        {
            foreach (var kind in ScoreKinds.All)
            {
                var values = new List<double>(entry.Value.Values[(int)kind]);
                rows.Add(new SummaryRow(entry.Key.Round, entry.Key.Group, kind, entry.Value.Surveys, ScoreStatistics.Of(values, _threshold)));
            }
        }

        return new CohortSummary(Array.AsReadOnly((string[])_attributes.Clone()), _threshold, _provenance.Provenance, _surveys, rows.AsReadOnly());
    }

    private void AddScores(MonitoringRound round, GroupKey group, in ScoreSet scores)
    {
        var key = (round, group);
        if (!_cells.TryGetValue(key, out var cell))
        {
            cell = new Cell();
            _cells.Add(key, cell);
        }

        cell.Surveys++;
        for (var kind = ScoreKind.Economic; kind <= ScoreKind.Composite; kind++)
        {
            if (scores[kind].TryGetValue(out var value))
            {
                // + 0.0 turns −0 into 0, so the minimum does not depend on the row order.
                cell.Values[(int)kind].Add(value + 0.0);
            }
        }

        _surveys++;
    }

    private sealed class Cell
    {
        public int Surveys { get; set; }

        public List<double>[] Values { get; } = { new(), new(), new(), new() };
    }
}
