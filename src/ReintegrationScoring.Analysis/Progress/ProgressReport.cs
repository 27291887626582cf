using System.Collections.Generic;
using ReintegrationScoring.Analysis.Cohorts;

namespace ReintegrationScoring.Analysis.Progress;

/// <summary>
/// Paired change between two rounds by group: one block of four rows (economic, social, psychosocial, composite) per
/// group holding at least one pair, groups in <see cref="GroupKey.Order"/>; the respondents left out, by reason; and
/// the retention between the rounds. Immutable; built by <see cref="ProgressBuilder"/>.
/// </summary>
public sealed class ProgressReport
{
    internal ProgressReport(ProgressBuilder settings, CohortProvenance? provenance, IReadOnlyList<ProgressRow> rows, RespondentCounts counts)
    {
        From = settings.From;
        To = settings.To;
        Attributes = settings.Attributes;
        MinimumChange = settings.MinimumChange;
        Provenance = provenance;
        Rows = rows;
        Pairs = counts.Pairs;
        NotSurveyedAtFrom = counts.NotSurveyedAtFrom;
        NotSurveyedAtTo = counts.NotSurveyedAtTo;
        SurveyedMoreThanOnce = counts.SurveyedMoreThanOnce;
        RespondentsAtFrom = counts.AtFrom;
        RespondentsAtTo = counts.AtTo;
        RespondentsAtBoth = counts.AtBoth;
    }

    /// <summary>The earlier round.</summary>
    public MonitoringRound From { get; }

    /// <summary>The later round.</summary>
    public MonitoringRound To { get; }

    /// <summary>The attributes grouped by, as given.</summary>
    public IReadOnlyList<string> Attributes { get; }

    /// <summary>The minimum change d of improved and declined.</summary>
    public double MinimumChange { get; }

    /// <summary>How the surveys were scored, from the first one; null when there was none.</summary>
    public CohortProvenance? Provenance { get; }

    /// <summary>The rows, in the order described on the type.</summary>
    public IReadOnlyList<ProgressRow> Rows { get; }

    /// <summary>Respondents with exactly one survey in each round: the pairs.</summary>
    public int Pairs { get; }

    /// <summary>Respondents left out: surveyed at <see cref="To"/> but not at <see cref="From"/>.</summary>
    public int NotSurveyedAtFrom { get; }

    /// <summary>Respondents left out: surveyed at <see cref="From"/> but not at <see cref="To"/>.</summary>
    public int NotSurveyedAtTo { get; }

    /// <summary>Respondents left out: more than one survey in either round.</summary>
    public int SurveyedMoreThanOnce { get; }

    /// <summary>Respondents surveyed at <see cref="From"/> (once or more).</summary>
    public int RespondentsAtFrom { get; }

    /// <summary>Respondents surveyed at <see cref="To"/> (once or more).</summary>
    public int RespondentsAtTo { get; }

    /// <summary>Respondents surveyed at both rounds: the retained part of <see cref="RespondentsAtFrom"/>.</summary>
    public int RespondentsAtBoth { get; }

    /// <summary>The retention: <see cref="RespondentsAtBoth"/> / <see cref="RespondentsAtFrom"/>; null when nobody was surveyed at From.</summary>
    public double? Retention => RespondentsAtFrom == 0 ? null : (double)RespondentsAtBoth / RespondentsAtFrom;

    internal readonly record struct RespondentCounts(int Pairs, int NotSurveyedAtFrom, int NotSurveyedAtTo, int SurveyedMoreThanOnce, int AtFrom, int AtTo, int AtBoth);
}
