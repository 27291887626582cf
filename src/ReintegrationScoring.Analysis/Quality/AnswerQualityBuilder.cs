using System;
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
        Count(survey.Result.Response.Catalog, survey.Result.Response.Answers);
    }

    /// <summary>
    /// Adds a survey given by its answers, for callers that stream rows without building <see cref="CohortSurvey"/>
    /// objects; the counts are those of <see cref="Add(CohortSurvey)"/> on the same survey.
    /// </summary>
    /// <param name="engine">The engine the survey was scored with: it stands for the provenance.</param>
    /// <param name="answers">One answer per measure of the engine's catalog, in catalog order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="engine"/> or <paramref name="answers"/> is null.</exception>
    /// <exception cref="ArgumentException">There is not one answer per measure, or the engine scores otherwise than the surveys before.</exception>
    public void Add(ScoringEngine engine, IReadOnlyList<Answer> answers)
    {
        Preconditions.NotNull(engine);
        Preconditions.NotNull(answers);
        if (answers.Count != engine.Catalog.Measures.Count)
        {
            throw new ArgumentException($"{answers.Count} answers where the catalog has {engine.Catalog.Measures.Count} measures.", nameof(answers));
        }

        _provenance.Check(engine, null);
        Count(engine.Catalog, answers);
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

    private void Count(Catalog catalog, IReadOnlyList<Answer> answers)
    {
        if (_catalog is null)
        {
            _catalog = catalog;
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
}
