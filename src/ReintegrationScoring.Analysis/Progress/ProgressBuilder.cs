using System;
using System.Collections.Generic;
using System.Linq;
using ReintegrationScoring.Analysis.Cohorts;
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
    private readonly RespondentRounds _respondents;
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
        _respondents = new RespondentRounds(_attributes);
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

        // Surveys of other rounds are not kept: they make no pair here.
        if (survey.Round == From || survey.Round == To)
        {
            _respondents.Add(survey);
        }
    }

    /// <summary>
    /// Adds a survey given by its parts, for callers that stream rows without building <see cref="CohortSurvey"/>
    /// objects; the figures are those of <see cref="Add(CohortSurvey)"/> on the same survey.
    /// </summary>
    /// <param name="engine">The engine that computed <paramref name="scores"/>: it stands for their provenance.</param>
    /// <param name="respondentId">The respondent.</param>
    /// <param name="round">The survey's round; surveys of other rounds than the two compared are ignored.</param>
    /// <param name="group">The survey's group: one value per attribute of the builder, in its order.</param>
    /// <param name="scores">The survey's four scores.</param>
    /// <exception cref="ArgumentNullException"><paramref name="engine"/> or <paramref name="group"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The respondent id is <c>default</c>, the group does not have one value per attribute, or the engine scores
    /// otherwise than the surveys before.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="round"/> is not a monitoring round.</exception>
    public void Add(ScoringEngine engine, RespondentId respondentId, MonitoringRound round, GroupKey group, in ScoreSet scores)
    {
        Preconditions.NotNull(engine);
        CohortParts.Check(round, group, _attributes.Length);
        CohortParts.Check(respondentId);

        _provenance.Check(engine, null);
        if (round == From || round == To)
        {
            _respondents.Add(respondentId, round, group, scores);
        }
    }

    /// <summary>The report of the surveys added so far.</summary>
    /// <returns>The report; the builder can go on.</returns>
    public ProgressReport Build()
    {
        var tally = new ProgressTally(MinimumChange);
        _respondents.TallyInto(tally, From, To);

        return tally.Report(this, _provenance.Provenance);
    }
}
