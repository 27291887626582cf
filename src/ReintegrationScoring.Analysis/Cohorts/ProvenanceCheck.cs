using System;

namespace ReintegrationScoring.Analysis.Cohorts;

/// <summary>Keeps the provenance of the first survey a builder sees and refuses surveys scored differently.</summary>
internal struct ProvenanceCheck
{
    private CohortProvenance? _provenance;

    public readonly CohortProvenance? Provenance => _provenance;

    public void Check(CohortSurvey survey, double? threshold)
    {
        if (_provenance is null)
        {
            _provenance = CohortProvenance.Of(survey.Result, threshold);
        }
        else if (!_provenance.Produced(survey.Result))
        {
            throw new ArgumentException(
                "The surveys were scored with different catalogs, weight sets or options; a cohort's figures must come from one scoring.",
                nameof(survey));
        }
    }
}
