using System.Collections.Generic;
using ReintegrationScoring.Analysis.Cohorts;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring.Analysis.Quality;

/// <summary>
/// Counts, per measure, the answers that are not options (absent, don't know, refused, not applicable), from surveys
/// added one at a time; memory is one counter per measure and kind. Not thread-safe.
/// </summary>
public sealed class AnswerQualityBuilder
{
    private const int Kinds = (int)AnswerKind.Option + 1;
    private ProvenanceCheck _provenance;
    private Catalog? _catalog;
    private int[][] _counts = [];
    private int _surveys;

    /// <summary>Adds a survey.</summary>
    /// <param name="survey">A survey scored like the others.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="survey"/> is null.</exception>
    /// <exception cref="System.ArgumentException">The survey was scored with another catalog, weight set or options.</exception>
    public void Add(CohortSurvey survey)
    {
        Preconditions.NotNull(survey);
        _provenance.Check(survey, null);
        var answers = survey.Result.Response.Answers;
        if (_catalog is null)
        {
            _catalog = survey.Result.Response.Catalog;
            _counts = new int[answers.Count][];
            for (var i = 0; i < _counts.Length; i++)
            {
                _counts[i] = new int[Kinds];
            }
        }

        for (var i = 0; i < answers.Count; i++)
        {
            _counts[i][(int)answers[i].Kind]++;
        }

        _surveys++;
    }

    /// <summary>The counts of the surveys added so far.</summary>
    /// <returns>The report; the builder can go on.</returns>
    public AnswerQualityReport Build()
    {
        var measures = new List<MeasureAnswerQuality>(_counts.Length);
        for (var i = 0; i < _counts.Length; i++)
        {
            var measure = _catalog!.Measures[i];
            measures.Add(new MeasureAnswerQuality(measure.Code, measure.Dimension, _surveys, (int[])_counts[i].Clone()));
        }

        return new AnswerQualityReport(_provenance.Provenance, _surveys, measures.AsReadOnly());
    }
}
