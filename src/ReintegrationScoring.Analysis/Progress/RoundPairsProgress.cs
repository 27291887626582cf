using System;
using System.Collections.Generic;
using System.Linq;
using ReintegrationScoring.Analysis.Cohorts;
using ReintegrationScoring.Analysis.Retention;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring.Analysis.Progress;

/// <summary>
/// Several <see cref="ProgressBuilder"/>s over the same surveys with one respondent index: each respondent is looked up
/// once per survey and keeps its counts, first scores and first group per round, whatever the number of round pairs.
/// <see cref="Build"/> gives, pair by pair, exactly the report a <see cref="ProgressBuilder"/> fed the same surveys
/// gives, and <see cref="Retention"/> the report of a <see cref="RetentionBuilder"/>. Not thread-safe.
/// </summary>
internal sealed class RoundPairsProgress
{
    private readonly ProgressBuilder[] _settings;
    private readonly RespondentRounds _respondents;
    private readonly int _attributes;
    private ProvenanceCheck _provenance;

    /// <summary>Creates the accumulator.</summary>
    /// <param name="pairs">The round pairs, each checked as by <see cref="ProgressBuilder"/>'s constructor.</param>
    /// <param name="attributes">The attributes to group by; none for the whole cohort.</param>
    /// <param name="minimumChange">The minimum change d, in [0, 1].</param>
    public RoundPairsProgress(IEnumerable<(MonitoringRound From, MonitoringRound To)> pairs, IEnumerable<string> attributes, double minimumChange = 0)
    {
        Preconditions.NotNull(pairs);
        var names = AttributeNames.Check(attributes);
        _settings = pairs.Select(p => new ProgressBuilder(p.From, p.To, names, minimumChange)).ToArray();
        _respondents = new RespondentRounds(names);
        _attributes = names.Length;
    }

    /// <summary>Adds a survey of any round.</summary>
    /// <param name="survey">A survey scored like the others.</param>
    public void Add(CohortSurvey survey)
    {
        Preconditions.NotNull(survey);
        _provenance.Check(survey, null);
        _respondents.Add(survey);
    }

    /// <summary>Adds a survey by its parts, as <see cref="ProgressBuilder.Add(ScoringEngine, RespondentId, MonitoringRound, GroupKey, in ScoreSet)"/> takes it.</summary>
    public void Add(ScoringEngine engine, RespondentId respondentId, MonitoringRound round, GroupKey group, in ScoreSet scores)
    {
        Preconditions.NotNull(engine);
        CohortParts.Check(round, group, _attributes);
        CohortParts.Check(respondentId);

        _provenance.Check(engine, null);
        _respondents.Add(respondentId, round, group, scores);
    }

    /// <summary>One report per pair, in the order given.</summary>
    /// <returns>The reports; the accumulator can go on.</returns>
    public IReadOnlyList<ProgressReport> Build()
    {
        var reports = new ProgressReport[_settings.Length];
        for (var p = 0; p < _settings.Length; p++)
        {
            var tally = new ProgressTally(_settings[p].MinimumChange);
            _respondents.TallyInto(tally, _settings[p].From, _settings[p].To);

            // A ProgressBuilder checks every survey added, of any round, so its provenance is the first survey's.
            reports[p] = tally.Report(_settings[p], _provenance.Provenance);
        }

        return Array.AsReadOnly(reports);
    }

    /// <summary>The retention of the surveys added so far, as a <see cref="RetentionBuilder"/> fed them reports it.</summary>
    /// <param name="baseRound">The round whose respondents are followed.</param>
    /// <returns>The report.</returns>
    public RetentionReport Retention(MonitoringRound baseRound = MonitoringRound.Initial)
    {
        return RetentionBuilder.Report(baseRound, _respondents.RoundsSeen());
    }
}
