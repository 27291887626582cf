using System;
using System.Linq;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring.Analysis.Cohorts;

/// <summary>The checks of a survey given by its parts (round, group, scores) rather than as a <see cref="CohortSurvey"/>.</summary>
internal static class CohortParts
{
    /// <exception cref="ArgumentNullException"><paramref name="group"/> is null.</exception>
    /// <exception cref="ArgumentException">The group does not have one value per attribute.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="round"/> is not a monitoring round.</exception>
    public static void Check(MonitoringRound round, GroupKey group, int attributes)
    {
        Preconditions.NotNull(group);
        if (!MonitoringRounds.All.Contains(round))
        {
            throw new ArgumentOutOfRangeException(nameof(round), round, "Expected initial, intermediate or final.");
        }

        if (group.Values.Count != attributes)
        {
            throw new ArgumentException($"The group has {group.Values.Count} values; the builder groups by {attributes} attributes.", nameof(group));
        }
    }

    /// <exception cref="ArgumentException"><paramref name="respondentId"/> is <c>default</c>.</exception>
    public static void Check(RespondentId respondentId)
    {
        if (!respondentId.IsValid)
        {
            throw new ArgumentException("The respondent id is default; create it with new RespondentId(value).", nameof(respondentId));
        }
    }
}
