using System;
using System.Collections.Generic;
using System.Linq;
using ReintegrationScoring.Analysis.Cohorts;
using ReintegrationScoring.Analysis.Statistics;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring.Analysis.Progress;

/// <summary>
/// Builds a <see cref="ProgressReport"/> from surveys added one at a time, in any order. A pair is a respondent with
/// exactly one survey in each of the two rounds; the group of a pair is that of its earlier survey. Memory grows with
/// the respondents surveyed at either round (four scores each), not with the rows read. Not thread-safe.
/// </summary>
public sealed class ProgressBuilder
{
    private readonly string[] _attributes;
    private readonly Dictionary<RespondentId, Respondent> _respondents = new();
    private ProvenanceCheck _provenance;

    /// <summary>Creates a builder.</summary>
    /// <param name="from">The earlier round.</param>
    /// <param name="to">The later round, after <paramref name="from"/>.</param>
    /// <param name="attributes">The attributes to group by (names matched ignoring case); none for the whole cohort.</param>
    /// <param name="minimumChange">The minimum change d (improved: change &gt; d; declined: change &lt; −d), in [0, 1].</param>
    /// <exception cref="ArgumentNullException"><paramref name="attributes"/> is null.</exception>
    /// <exception cref="ArgumentException">An attribute name is blank or given twice, or <paramref name="to"/> is not after <paramref name="from"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A round is not defined, or <paramref name="minimumChange"/> is not in [0, 1].</exception>
    public ProgressBuilder(MonitoringRound from, MonitoringRound to, IEnumerable<string> attributes, double minimumChange = 0)
    {
        if (!MonitoringRounds.All.Contains(from) || !MonitoringRounds.All.Contains(to))
        {
            throw new ArgumentOutOfRangeException(nameof(from), "Expected initial, intermediate or final.");
        }

        if (to <= from)
        {
            throw new ArgumentException("The later round must come after the earlier one.", nameof(to));
        }

        From = from;
        To = to;
        _attributes = AttributeNames.Check(attributes);
        MinimumChange = Preconditions.InUnitInterval(minimumChange) + 0.0;
    }

    internal MonitoringRound From { get; }

    internal MonitoringRound To { get; }

    internal IReadOnlyList<string> Attributes => Array.AsReadOnly((string[])_attributes.Clone());

    internal double MinimumChange { get; }

    /// <summary>Adds a survey; surveys of other rounds are ignored.</summary>
    /// <param name="survey">A survey scored like the others.</param>
    /// <exception cref="ArgumentNullException"><paramref name="survey"/> is null.</exception>
    /// <exception cref="ArgumentException">The survey was scored with another catalog, weight set or options.</exception>
    public void Add(CohortSurvey survey)
    {
        Preconditions.NotNull(survey);
        _provenance.Check(survey, null);
        var isFrom = survey.Round == From;
        if (!isFrom && survey.Round != To)
        {
            return;
        }

        if (!_respondents.TryGetValue(survey.RespondentId, out var respondent))
        {
            respondent = new Respondent();
            _respondents.Add(survey.RespondentId, respondent);
        }

        if (isFrom)
        {
            // Only a single survey per round makes a pair; the values of a duplicate are never read, so order does not matter.
            if (++respondent.FromCount == 1)
            {
                respondent.FromScores = ScoresOf(survey);
                respondent.Group = GroupKey.Of(survey, _attributes);
            }
        }
        else if (++respondent.ToCount == 1)
        {
            respondent.ToScores = ScoresOf(survey);
        }
    }

    /// <summary>The report of the surveys added so far.</summary>
    /// <returns>The report; the builder can go on.</returns>
    public ProgressReport Build()
    {
        int pairs = 0, notAtFrom = 0, notAtTo = 0, duplicated = 0, atFrom = 0, atTo = 0, atBoth = 0;
        var groups = new Dictionary<GroupKey, GroupSums>();
        foreach (var respondent in _respondents.Values)
        {
            atFrom += respondent.FromCount > 0 ? 1 : 0;
            atTo += respondent.ToCount > 0 ? 1 : 0;
            atBoth += respondent.FromCount > 0 && respondent.ToCount > 0 ? 1 : 0;
            if (respondent.FromCount > 1 || respondent.ToCount > 1)
            {
                duplicated++;
            }
            else if (respondent.FromCount == 0)
            {
                notAtFrom++;
            }
            else if (respondent.ToCount == 0)
            {
                notAtTo++;
            }
            else
            {
                pairs++;
                if (!groups.TryGetValue(respondent.Group!, out var sums))
                {
                    sums = new GroupSums();
                    groups.Add(respondent.Group!, sums);
                }

                sums.Add(respondent.FromScores!, respondent.ToScores!, MinimumChange);
            }
        }

        var rows = new List<ProgressRow>(groups.Count * ScoreKinds.All.Count);
        foreach (var group in groups.OrderBy(g => g.Key, GroupKey.Order))
        {
            foreach (var kind in ScoreKinds.All)
            {
                rows.Add(group.Value.Row(group.Key, kind));
            }
        }

        var counts = new ProgressReport.RespondentCounts(pairs, notAtFrom, notAtTo, duplicated, atFrom, atTo, atBoth);
        return new ProgressReport(this, _provenance.Provenance, rows.AsReadOnly(), counts);
    }

    // NaN marks a score that was not computed.
    private static double[] ScoresOf(CohortSurvey survey)
    {
        var scores = new double[ScoreKinds.All.Count];
        foreach (var kind in ScoreKinds.All)
        {
            scores[(int)kind] = survey.Result.Scores[kind].TryGetValue(out var value) ? value + 0.0 : double.NaN;
        }

        return scores;
    }

    private sealed class Respondent
    {
        public int FromCount { get; set; }

        public int ToCount { get; set; }

        public double[]? FromScores { get; set; }

        public double[]? ToScores { get; set; }

        public GroupKey? Group { get; set; }
    }

    private sealed class GroupSums
    {
        private readonly ScoreSums[] _scores = { new(), new(), new(), new() };

        public void Add(double[] from, double[] to, double minimumChange)
        {
            for (var i = 0; i < _scores.Length; i++)
            {
                if (!double.IsNaN(from[i]) && !double.IsNaN(to[i]))
                {
                    _scores[i].Add(from[i], to[i], minimumChange);
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
