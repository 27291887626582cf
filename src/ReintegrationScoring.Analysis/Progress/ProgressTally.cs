using System.Collections.Generic;
using System.Linq;
using ReintegrationScoring.Analysis.Cohorts;
using ReintegrationScoring.Analysis.Statistics;

namespace ReintegrationScoring.Analysis.Progress;

/// <summary>
/// Turns respondents, one at a time, into a <see cref="ProgressReport"/>: the reason each is left out or the sums of
/// its pair. Shared by <see cref="ProgressBuilder"/> and <see cref="RoundPairsProgress"/> so both count and sum alike.
/// </summary>
internal sealed class ProgressTally
{
    private readonly double _minimumChange;
    private readonly Dictionary<GroupKey, GroupSums> _groups = new();
    private int _pairs;
    private int _notAtFrom;
    private int _notAtTo;
    private int _duplicated;
    private int _atFrom;
    private int _atTo;
    private int _atBoth;

    public ProgressTally(double minimumChange) => _minimumChange = minimumChange;

    /// <summary>Copies the four scores of <paramref name="set"/> to <paramref name="scores"/> at <paramref name="offset"/>; NaN marks a score that was not computed.</summary>
    public static void CopyScores(in ScoreSet set, double[] scores, int offset)
    {
        for (var kind = ScoreKind.Economic; kind <= ScoreKind.Composite; kind++)
        {
            scores[offset + (int)kind] = set[kind].TryGetValue(out var value) ? value + 0.0 : double.NaN;
        }
    }

    /// <summary>Adds a respondent seen <paramref name="fromCount"/> times at the earlier round and <paramref name="toCount"/> times at the later.</summary>
    /// <remarks>The group and scores are read only for a pair (one survey in each round).</remarks>
    public void Add(int fromCount, int toCount, GroupKey? group, double[]? fromScores, int fromOffset, double[]? toScores, int toOffset)
    {
        _atFrom += fromCount > 0 ? 1 : 0;
        _atTo += toCount > 0 ? 1 : 0;
        _atBoth += fromCount > 0 && toCount > 0 ? 1 : 0;
        if (fromCount > 1 || toCount > 1)
        {
            _duplicated++;
        }
        else if (fromCount == 0)
        {
            _notAtFrom++;
        }
        else if (toCount == 0)
        {
            _notAtTo++;
        }
        else
        {
            _pairs++;
            if (!_groups.TryGetValue(group!, out var sums))
            {
                sums = new GroupSums();
                _groups.Add(group!, sums);
            }

            sums.Add(fromScores!, fromOffset, toScores!, toOffset, _minimumChange);
        }
    }

    public ProgressReport Report(ProgressBuilder settings, CohortProvenance? provenance)
    {
        var rows = new List<ProgressRow>(_groups.Count * ScoreKinds.All.Count);
        foreach (var group in _groups.OrderBy(g => g.Key, GroupKey.Order))
        {
            foreach (var kind in ScoreKinds.All)
            {
                rows.Add(group.Value.Row(group.Key, kind));
            }
        }

        var counts = new ProgressReport.RespondentCounts(_pairs, _notAtFrom, _notAtTo, _duplicated, _atFrom, _atTo, _atBoth);
        return new ProgressReport(settings, provenance, rows.AsReadOnly(), counts);
    }

    private sealed class GroupSums
    {
        private readonly ScoreSums[] _scores = { new(), new(), new(), new() };

        public void Add(double[] from, int fromOffset, double[] to, int toOffset, double minimumChange)
        {
            for (var i = 0; i < _scores.Length; i++)
            {
                var fromScore = from[fromOffset + i];
                var toScore = to[toOffset + i];
                if (!double.IsNaN(fromScore) && !double.IsNaN(toScore))
                {
                    _scores[i].Add(fromScore, toScore, minimumChange);
                }
            }
        }

        public ProgressRow Row(GroupKey group, ScoreKind kind) => _scores[(int)kind].Row(group, kind);
    }

    private sealed class ScoreSums
    {
        private readonly ExactSum _from = new();
        private readonly ExactSum _to = new();
        private readonly ExactSum _change = new();
        private readonly ExactSum _changeSquares = new();
        private int _pairs;
        private int _improved;
        private int _declined;

        public void Add(double from, double to, double minimumChange)
        {
            _pairs++;
            _from.Add(from);
            _to.Add(to);
            _change.Add(to);
            _change.Add(-from);

            // (to − from)² = to² − 2·to·from + from², each term exact.
            _changeSquares.AddSquare(to);
            _changeSquares.AddProduct(to, from, -2);
            _changeSquares.AddSquare(from);
            if (ExactChange.Exceeds(to, from, minimumChange))
            {
                _improved++;
            }
            else if (ExactChange.Exceeds(from, to, minimumChange))
            {
                _declined++;
            }
        }

        public ProgressRow Row(GroupKey group, ScoreKind kind)
        {
            var meanFrom = Moments.From(_pairs, _from, new ExactSum()).Mean;
            var meanTo = Moments.From(_pairs, _to, new ExactSum()).Mean;
            return new ProgressRow(group, kind, _pairs, meanFrom, meanTo, Moments.From(_pairs, _change, _changeSquares), _improved, _declined);
        }
    }
}
