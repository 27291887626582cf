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
    private static readonly int Kinds = ScoreKinds.All.Count;
    private static readonly int Rounds = MonitoringRounds.All.Count;

    private readonly ProgressBuilder[] _settings;
    private readonly string[] _attributes;
    private readonly Dictionary<RespondentId, Respondent> _respondents = new();
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
        _attributes = names;
    }

    /// <summary>Adds a survey of any round.</summary>
    /// <param name="survey">A survey scored like the others.</param>
    public void Add(CohortSurvey survey)
    {
        Preconditions.NotNull(survey);
        _provenance.Check(survey, null);
        if (!_respondents.TryGetValue(survey.RespondentId, out var respondent))
        {
            respondent = new Respondent();
            _respondents.Add(survey.RespondentId, respondent);
        }

        var round = (int)survey.Round;

        // As in ProgressBuilder, only the first survey of a round is kept: a duplicate leaves the respondent out of every pair with that round.
        if (++respondent.Counts[round] == 1)
        {
            ProgressTally.CopyScores(survey, respondent.Scores, round * Kinds);
            respondent.Groups[round] = GroupKey.Of(survey, _attributes);
        }
    }

    /// <summary>One report per pair, in the order given.</summary>
    /// <returns>The reports; the accumulator can go on.</returns>
    public IReadOnlyList<ProgressReport> Build()
    {
        var reports = new ProgressReport[_settings.Length];
        for (var p = 0; p < _settings.Length; p++)
        {
            var from = (int)_settings[p].From;
            var to = (int)_settings[p].To;
            var tally = new ProgressTally(_settings[p].MinimumChange);
            foreach (var respondent in _respondents.Values)
            {
                var fromCount = respondent.Counts[from];
                var toCount = respondent.Counts[to];

                // A ProgressBuilder never sees a respondent surveyed in neither of its rounds.
                if (fromCount > 0 || toCount > 0)
                {
                    tally.Add(fromCount, toCount, respondent.Groups[from], respondent.Scores, from * Kinds, respondent.Scores, to * Kinds);
                }
            }

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
        var roundsSeen = new List<int>(_respondents.Count);
        foreach (var respondent in _respondents.Values)
        {
            var seen = 0;
            foreach (var round in MonitoringRounds.All)
            {
                seen |= respondent.Counts[(int)round] > 0 ? RetentionBuilder.Bit(round) : 0;
            }

            roundsSeen.Add(seen);
        }

        return RetentionBuilder.Report(baseRound, roundsSeen);
    }

    private sealed class Respondent
    {
        public int[] Counts { get; } = new int[Rounds];

        public double[] Scores { get; } = new double[Rounds * Kinds];

        public GroupKey?[] Groups { get; } = new GroupKey?[Rounds];
    }
}
