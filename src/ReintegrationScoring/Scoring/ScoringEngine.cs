using System;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring;

/// <summary>
/// Scores survey responses: three dimension scores and the composite, under a missing-answer policy (reference
/// sections 2, 6 and 7). Built once per weight set and options, with per-measure contributions precomputed; immutable
/// and thread-safe, so one instance serves any number of threads.
/// </summary>
/// <remarks>
/// Sums run over measures grouped by dimension, in catalog order within each dimension; every scoring path uses that
/// order, so results are deterministic and batch scoring is bit-identical to scoring one response at a time.
/// </remarks>
public sealed partial class ScoringEngine
{
    /// <summary>
    /// Slack on the coverage comparison of <see cref="MissingAnswerPolicy.Renormalize"/>, so that a coverage that is
    /// exactly the minimum on paper is not refused for a rounding error in the last bit.
    /// </summary>
    internal const double CoverageTolerance = 1e-12;

    private readonly ScoringTable _table;
    private readonly MissingAnswerPolicy _policy;
    private readonly double _minimumCoverage;

    /// <summary>Creates an engine for <paramref name="weightSet"/> (and its catalog).</summary>
    /// <param name="weightSet">The validated weights.</param>
    /// <param name="options">The missing-answer policy; <see cref="ScoringOptions.Default"/> (strict) when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="weightSet"/> is null.</exception>
    public ScoringEngine(WeightSet weightSet, ScoringOptions? options = null)
    {
        WeightSet = Preconditions.NotNull(weightSet, nameof(weightSet));
        Options = options ?? ScoringOptions.Default;
        _policy = Options.MissingAnswerPolicy;
        _minimumCoverage = Options.MinimumCoverage;
        _table = new ScoringTable(weightSet);
    }

    /// <summary>The engine for the built-in catalog with <c>equal-by-indicator</c> weights and the strict policy.</summary>
    public static ScoringEngine Default { get; } = new(BuiltInWeightSets.EqualByIndicator);

    /// <summary>The catalog scored (the weight set's).</summary>
    public Catalog Catalog => WeightSet.Catalog;

    /// <summary>The weights used.</summary>
    public WeightSet WeightSet { get; }

    /// <summary>The missing-answer policy and minimum coverage.</summary>
    public ScoringOptions Options { get; }

    /// <summary>Scores a response into a result that can explain itself. Allocates only the result.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> is null.</exception>
    /// <exception cref="ArgumentException">The response is for a different catalog.</exception>
    public ScoreResult Score(SurveyResponse response) => new(this, response, ComputeScores(response));

    /// <summary>Computes the four scores of a response without allocating.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> is null.</exception>
    /// <exception cref="ArgumentException">The response is for a different catalog.</exception>
    public ScoreSet ComputeScores(SurveyResponse response)
    {
        CheckCatalog(response);
        return Compute(response.AnswerArray, 0, -1);
    }

    /// <summary>
    /// Computes the four scores of the answers at <paramref name="offset"/> of a caller-owned buffer: one answer per
    /// catalog measure, in catalog order. Lets callers reuse one buffer for many responses without allocating.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="answers"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The buffer holds fewer than one response's answers at <paramref name="offset"/>.</exception>
    /// <exception cref="InvalidAnswerException">An answer is not valid for its measure.</exception>
    public ScoreSet ComputeScores(Answer[] answers, int offset = 0)
    {
        Preconditions.NotNull(answers, nameof(answers));
        if (offset < 0 || offset > answers.Length - _table.MeasureCount)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), offset, $"The buffer must hold {_table.MeasureCount} answers from the offset on; it has {answers.Length} in all.");
        }

        return Compute(answers, offset, -1);
    }

    internal ScoreSet Compute(Answer[] answers, int offset, int responseIndex)
    {
        Accumulate(answers, offset, responseIndex, out var economic, out var social, out var psychosocial, out var composite);
        return new ScoreSet(Finish(in economic), Finish(in social), Finish(in psychosocial), Finish(in composite));
    }

    /// <summary>The one place where sums are formed: in <see cref="ScoringTable.Order"/>, per dimension and for the composite.</summary>
    internal void Accumulate(
        Answer[] answers,
        int offset,
        int responseIndex,
        out ScoreTotals economic,
        out ScoreTotals social,
        out ScoreTotals psychosocial,
        out ScoreTotals composite)
    {
        var table = _table;
        var entries = table.Entries;
        var order = table.Order;
        var stride = table.Stride;
        composite = default;
        economic = default;
        social = default;
        psychosocial = default;
        var start = 0;
        for (var d = 0; d < Dimensions.Count; d++)
        {
            var totals = default(ScoreTotals);
            var end = table.DimensionEnd[d];
            for (var position = start; position < end; position++)
            {
                int code = answers[offset + order[position]].Code;
                if (code >= stride || !entries[(position * stride) + code].Valid)
                {
                    ThrowInvalid(order[position], answers[offset + order[position]], responseIndex);
                }

                ref readonly var entry = ref entries[(position * stride) + code];
                totals.Points += entry.DimensionPoints;
                totals.Answered += entry.DimensionAnswered;
                totals.Applicable += entry.DimensionApplicable;
                totals.Missing += entry.Missing;
                composite.Points += entry.CompositePoints;
                composite.Answered += entry.CompositeAnswered;
                composite.Applicable += entry.CompositeApplicable;
                composite.Missing += entry.Missing;
            }

            start = end;
            switch (d)
            {
                case 0:
                    economic = totals;
                    break;
                case 1:
                    social = totals;
                    break;
                default:
                    psychosocial = totals;
                    break;
            }
        }
    }

    /// <summary>The denominator a score's contributions are divided by under the current policy.</summary>
    internal double Denominator(in ScoreTotals totals) =>
        _policy == MissingAnswerPolicy.Renormalize ? totals.Answered : totals.Applicable;

    private Score Finish(in ScoreTotals totals)
    {
        if (!(totals.Applicable > 0))
        {
            return new Score(ScoreStatus.NoApplicableMeasures, 0, 0, totals.Missing);
        }

        var coverage = totals.Answered / totals.Applicable;
        return _policy switch
        {
            MissingAnswerPolicy.Strict when totals.Missing > 0 => new Score(ScoreStatus.MissingAnswers, 0, coverage, totals.Missing),
            MissingAnswerPolicy.Renormalize when !(totals.Answered > 0 && coverage >= _minimumCoverage - CoverageTolerance) =>
                new Score(ScoreStatus.InsufficientCoverage, 0, coverage, totals.Missing),
            _ => new Score(ScoreStatus.Computed, totals.Points / Denominator(in totals), coverage, totals.Missing),
        };
    }

    private void CheckCatalog(SurveyResponse response)
    {
        Preconditions.NotNull(response, nameof(response));
        if (!ReferenceEquals(response.Catalog, Catalog) && !response.Catalog.IsSameInstrument(Catalog))
        {
            throw new ArgumentException($"The response is for catalog '{response.Catalog}', the engine scores catalog '{Catalog}'.", nameof(response));
        }
    }

    private void ThrowInvalid(int measureIndex, Answer answer, int responseIndex)
    {
        var measure = Catalog.Measures[measureIndex];
        throw new InvalidAnswerException(measure.Code, measure.Check(answer), responseIndex < 0 ? null : responseIndex);
    }
}
