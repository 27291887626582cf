using System;

namespace ReintegrationScoring.Analysis.Cohorts;

/// <summary>Keeps the provenance of the first survey a builder sees and refuses surveys scored differently.</summary>
internal struct ProvenanceCheck
{
    private const string Mixed = "The surveys were scored with different catalogs, weight sets or options; a cohort's figures must come from one scoring.";

    private CohortProvenance? _provenance;
    private ScoringEngine? _lastEngine;

    public readonly CohortProvenance? Provenance => _provenance;

    public void Check(CohortSurvey survey, double? threshold)
    {
        if (_provenance is null)
        {
            _provenance = CohortProvenance.Of(survey.Result, threshold);
        }
        else if (!_provenance.Produced(survey.Result))
        {
            throw new ArgumentException(Mixed, nameof(survey));
        }
    }

    /// <summary>As for a survey, for scores given with the engine that computed them.</summary>
    public void Check(ScoringEngine engine, double? threshold)
    {
        // Rows come by the million from one engine: compared once.
        if (ReferenceEquals(engine, _lastEngine))
        {
            return;
        }

        var provenance = CohortProvenance.Of(engine, threshold);
        if (_provenance is null)
        {
            _provenance = provenance;
        }
        else if (!_provenance.SameScoring(provenance))
        {
            throw new ArgumentException(Mixed, nameof(engine));
        }

        _lastEngine = engine;
    }
}
