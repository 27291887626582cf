using System.Collections.Generic;
using ReintegrationScoring.Analysis.Cohorts;

namespace ReintegrationScoring.Analysis.Quality;

/// <summary>How every measure was answered across a cohort, in catalog order. Immutable; built by <see cref="AnswerQualityBuilder"/>.</summary>
public sealed class AnswerQualityReport
{
    internal AnswerQualityReport(CohortProvenance? provenance, int surveys, IReadOnlyList<MeasureAnswerQuality> measures)
    {
        Provenance = provenance;
        Surveys = surveys;
        Measures = measures;
    }

    /// <summary>How the surveys were scored, from the first one; null when there was none.</summary>
    public CohortProvenance? Provenance { get; }

    /// <summary>How many surveys were counted.</summary>
    public int Surveys { get; }

    /// <summary>One entry per catalog measure, in catalog order; empty when there was no survey.</summary>
    public IReadOnlyList<MeasureAnswerQuality> Measures { get; }
}
