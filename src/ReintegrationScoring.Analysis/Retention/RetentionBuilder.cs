using System;
using System.Collections.Generic;
using System.Linq;
using ReintegrationScoring.Analysis.Cohorts;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring.Analysis.Retention;

/// <summary>
/// Builds a <see cref="RetentionReport"/> from surveys added one at a time, in any order; memory grows with the
/// respondents (one small entry each). Not thread-safe.
/// </summary>
public sealed class RetentionBuilder
{
    private readonly MonitoringRound _baseRound;
    private readonly Dictionary<RespondentId, int> _roundsSeen = new();

    /// <summary>Creates a builder.</summary>
    /// <param name="baseRound">The round whose respondents are followed; the initial visit unless given.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="baseRound"/> is not defined.</exception>
    public RetentionBuilder(MonitoringRound baseRound = MonitoringRound.Initial)
    {
        _baseRound = MonitoringRounds.All.Contains(baseRound)
            ? baseRound
            : throw new ArgumentOutOfRangeException(nameof(baseRound), baseRound, "Expected initial, intermediate or final.");
    }

    /// <summary>Adds a survey.</summary>
    /// <param name="survey">A survey.</param>
    /// <exception cref="ArgumentNullException"><paramref name="survey"/> is null.</exception>
    public void Add(CohortSurvey survey)
    {
        Preconditions.NotNull(survey);
        _roundsSeen.TryGetValue(survey.RespondentId, out var seen);
        _roundsSeen[survey.RespondentId] = seen | Bit(survey.Round);
    }

    /// <summary>The report of the surveys added so far.</summary>
    /// <returns>The report; the builder can go on.</returns>
    public RetentionReport Build() => Report(_baseRound, _roundsSeen.Values);

    /// <summary>The report of respondents given by the rounds each was seen at, one bit per round (<see cref="Bit"/>).</summary>
    internal static RetentionReport Report(MonitoringRound baseRound, IReadOnlyCollection<int> roundsSeen)
    {
        var baseBit = Bit(baseRound);
        var baseCount = roundsSeen.Count(seen => (seen & baseBit) != 0);
        var rows = MonitoringRounds.All
            .Select(round => new RetentionRow(
                round,
                roundsSeen.Count(seen => (seen & Bit(round)) != 0),
                roundsSeen.Count(seen => (seen & Bit(round)) != 0 && (seen & baseBit) != 0),
                baseCount))
            .ToList();
        return new RetentionReport(baseRound, baseCount, rows.AsReadOnly());
    }

    internal static int Bit(MonitoringRound round) => 1 << (int)round;
}
