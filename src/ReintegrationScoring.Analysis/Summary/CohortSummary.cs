using System.Collections.Generic;
using ReintegrationScoring.Analysis.Cohorts;

namespace ReintegrationScoring.Analysis.Summary;

/// <summary>
/// The four scores summarized by round and group: rows ordered by round (initial, intermediate, final), then group
/// (<see cref="GroupKey.Order"/>), then score (economic, social, psychosocial, composite). A round and group without
/// surveys has no rows. Immutable; built by <see cref="SummaryBuilder"/>.
/// </summary>
public sealed class CohortSummary
{
    internal CohortSummary(IReadOnlyList<string> attributes, double? threshold, CohortProvenance? provenance, int surveys, IReadOnlyList<SummaryRow> rows)
    {
        Attributes = attributes;
        Threshold = threshold;
        Provenance = provenance;
        Surveys = surveys;
        Rows = rows;
    }

    /// <summary>The attributes grouped by, as given.</summary>
    public IReadOnlyList<string> Attributes { get; }

    /// <summary>The threshold of the shares below, or null.</summary>
    public double? Threshold { get; }

    /// <summary>How the surveys were scored, from the first one; null when there was none.</summary>
    public CohortProvenance? Provenance { get; }

    /// <summary>How many surveys were summarized.</summary>
    public int Surveys { get; }

    /// <summary>The rows, in the order described on the type.</summary>
    public IReadOnlyList<SummaryRow> Rows { get; }
}
