using System;
using System.Collections.Generic;
using System.Linq;

namespace ReintegrationScoring.Report;

/// <summary>
/// Counts, per measure, the surveys with no answer, <c>dont_know</c>, <c>refused</c> and <c>not_applicable</c>, one
/// survey at a time (memory proportional to the catalog, not to the rows), for the report's data-quality section.
/// Counting only: the shares are counts over the surveys added. Not thread-safe.
/// </summary>
public sealed class AnswerQualityTally
{
    private readonly Catalog _catalog;
    private readonly long[,] _counts;
    private long _surveys;

    /// <summary>Creates an empty tally for the surveys of <paramref name="catalog"/>.</summary>
    /// <param name="catalog">The catalog whose measures are counted.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public AnswerQualityTally(Catalog catalog)
    {
        _catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
        _counts = new long[catalog.Measures.Count, 4];
    }

    /// <summary>The surveys added.</summary>
    public long Surveys => _surveys;

    /// <summary>Adds one survey read without error.</summary>
    /// <param name="response">The survey.</param>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> is null.</exception>
    /// <exception cref="ArgumentException">The survey belongs to another catalog.</exception>
    public void Add(SurveyResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (!ReferenceEquals(response.Catalog, _catalog) && response.Catalog.Measures.Count != _catalog.Measures.Count)
        {
            throw new ArgumentException("The survey belongs to another catalog than the tally's.", nameof(response));
        }

        var answers = response.Answers;
        for (var m = 0; m < answers.Count; m++)
        {
            var kind = answers[m].Kind;
            if (kind != AnswerKind.Option)
            {
                _counts[m, (int)kind]++;
            }
        }

        _surveys++;
    }

    /// <summary>The data-quality section: one entry per measure in catalog order, and the exclusions given.</summary>
    /// <param name="exclusions">What was left out of the figures and why.</param>
    /// <returns>The section of the report model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exclusions"/> is null.</exception>
    public DataQuality ToDataQuality(IEnumerable<Exclusion> exclusions)
    {
        ArgumentNullException.ThrowIfNull(exclusions);
        double Share(int measure, AnswerKind kind) => _surveys == 0 ? 0 : (double)_counts[measure, (int)kind] / _surveys;
        var measures = _catalog.Measures
            .Select((measure, i) => new MeasureQuality(
                measure.Code,
                measure.Label,
                measure.Dimension,
                _surveys,
                Share(i, AnswerKind.Absent),
                Share(i, AnswerKind.DontKnow),
                Share(i, AnswerKind.Refused),
                Share(i, AnswerKind.NotApplicable)))
            .ToList();
        return new DataQuality(measures, exclusions.ToList());
    }
}
