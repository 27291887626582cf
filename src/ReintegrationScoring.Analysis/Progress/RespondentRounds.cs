using System;
using System.Collections.Generic;
using ReintegrationScoring.Analysis.Cohorts;
using ReintegrationScoring.Analysis.Retention;

namespace ReintegrationScoring.Analysis.Progress;

/// <summary>
/// What the progress analyses keep of each respondent, per round: how many surveys, and the scores and group of the
/// first (a duplicate leaves the respondent out of every pair with that round, so later values are never read). Kept in
/// flat arrays indexed by respondent, not in an object per respondent, so that a million respondents cost the
/// garbage collector a few large arrays. Not thread-safe.
/// </summary>
internal sealed class RespondentRounds
{
    private const int InitialCapacity = 256;
    private static readonly int Kinds = ScoreKinds.All.Count;
    private static readonly int Rounds = MonitoringRounds.All.Count;

    private readonly IReadOnlyList<string> _attributes;
    // Keyed by the id's text with the ordinal comparer, which the dictionary hashes faster than the id's own hash.
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private int[] _counts = new int[InitialCapacity * Rounds];
    private double[] _scores = new double[InitialCapacity * Rounds * Kinds];
    private GroupKey?[] _groups = new GroupKey?[InitialCapacity * Rounds];

    /// <param name="attributes">The checked attribute names a survey's group is taken under.</param>
    public RespondentRounds(IReadOnlyList<string> attributes) => _attributes = attributes;

    /// <summary>The respondents seen.</summary>
    public int Count => _index.Count;

    public void Add(CohortSurvey survey) => Add(survey.RespondentId, survey.Round, GroupKey.Of(survey, _attributes), survey.Result.Scores);

    public void Add(RespondentId respondentId, MonitoringRound round, GroupKey group, in ScoreSet scores)
    {
        var id = respondentId.Value;
        if (!_index.TryGetValue(id, out var respondent))
        {
            respondent = _index.Count;
            _index.Add(id, respondent);
            if (respondent * Rounds == _counts.Length)
            {
                Array.Resize(ref _counts, _counts.Length * 2);
                Array.Resize(ref _scores, _scores.Length * 2);
                Array.Resize(ref _groups, _groups.Length * 2);
            }
        }

        var slot = (respondent * Rounds) + (int)round;
        if (++_counts[slot] == 1)
        {
            ProgressTally.CopyScores(scores, _scores, slot * Kinds);
            _groups[slot] = group;
        }
    }

    /// <summary>Adds every respondent surveyed at <paramref name="from"/> or <paramref name="to"/> (or both) to <paramref name="tally"/>.</summary>
    public void TallyInto(ProgressTally tally, MonitoringRound from, MonitoringRound to)
    {
        for (var respondent = 0; respondent < _index.Count; respondent++)
        {
            var fromSlot = (respondent * Rounds) + (int)from;
            var toSlot = (respondent * Rounds) + (int)to;
            if (_counts[fromSlot] > 0 || _counts[toSlot] > 0)
            {
                tally.Add(_counts[fromSlot], _counts[toSlot], _groups[fromSlot], _scores, fromSlot * Kinds, _scores, toSlot * Kinds);
            }
        }
    }

    /// <summary>Each respondent's rounds as <see cref="RetentionBuilder.Bit"/> flags.</summary>
    public List<int> RoundsSeen()
    {
        var roundsSeen = new List<int>(_index.Count);
        for (var respondent = 0; respondent < _index.Count; respondent++)
        {
            var seen = 0;
            foreach (var round in MonitoringRounds.All)
            {
                seen |= _counts[(respondent * Rounds) + (int)round] > 0 ? RetentionBuilder.Bit(round) : 0;
            }

            roundsSeen.Add(seen);
        }

        return roundsSeen;
    }
}
