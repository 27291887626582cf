using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring;

/// <summary>
/// Scores survey responses: three dimension scores and the composite, under a missing-answer policy (reference
/// sections 2, 6 and 7). Built once per weight set and options, with per-measure contributions precomputed; immutable
/// and thread-safe, so one instance serves any number of threads.
/// </summary>
/// <remarks>
/// Every sum (Σ_A p·w, Σ_A w, Σ_S w) is carried in twice a double's precision and every quotient (score, coverage) is
/// formed from those sums and rounded once: results are the exact value of the formulas rounded to the nearest double,
/// except that a value within a relative n² × 2^-104 (n: the measures summed) of halfway between two doubles may round
/// to the other neighbour (docs/method.md).
/// Each dimension's sums run over its measures in catalog order, starting from 0; the composite's run over all measures,
/// grouped by dimension (economic, social, psychosocial) and in catalog order within each. Every scoring path (one
/// response, a batch, eight responses per vector lane, in parallel) makes exactly these operations, so results are
/// deterministic and bit-identical whichever path computed them (docs/performance.md).
/// </remarks>
public sealed partial class ScoringEngine
{
    private readonly ScoringTable _table;
    private readonly MissingAnswerPolicy _policy;
    private readonly double _minimumCoverage;
    private readonly FullyAnsweredScores _fullyAnswered;
#if NET
    private readonly LaneTables? _lanes;
#endif

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
        _fullyAnswered = FullyAnsweredTemplate();
#if NET
        _lanes = LaneTables.TryCreate(_table);
#endif
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
    /// Computes the four scores of the answers at the start of a caller-owned buffer: one answer per catalog measure, in
    /// catalog order. Lets callers reuse one buffer for many responses without allocating.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="answers"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The buffer holds fewer than one response's answers.</exception>
    /// <exception cref="InvalidAnswerException">An answer is not valid for its measure.</exception>
    public ScoreSet ComputeScores(Answer[] answers) => ComputeScores(answers, 0);

    /// <summary>
    /// Computes the four scores of the answers at <paramref name="offset"/> of a caller-owned buffer: one answer per
    /// catalog measure, in catalog order. Lets callers reuse one buffer for many responses without allocating.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="answers"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The buffer holds fewer than one response's answers at <paramref name="offset"/>.</exception>
    /// <exception cref="InvalidAnswerException">An answer is not valid for its measure.</exception>
    public ScoreSet ComputeScores(Answer[] answers, int offset)
    {
        Preconditions.NotNull(answers, nameof(answers));
        if (offset < 0 || offset > answers.Length - _table.MeasureCount)
        {
            ThrowOffsetOutOfRange(offset, answers.Length);
        }

        return Compute(answers, offset, -1);
    }

    /// <summary>
    /// Scores the answers at <paramref name="offset"/> (in range, checked by the caller): the one entry point of every
    /// scoring path, single and batch. A response answered with an option on every measure takes the points-only sums;
    /// any other (missing, not applicable, invalid) takes the general sums, which also reject invalid answers.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ScoreSet Compute(Answer[] answers, int offset, int responseIndex) =>
        TrySumOptionPoints(answers, offset, out var economic, out var social, out var psychosocial, out var composite)
            ? _fullyAnswered.Finish(economic, social, psychosocial, composite)
            : ComputeGeneral(answers, offset, responseIndex);

    /// <summary>
    /// The points sums of a response answered with an option on every measure, in <see cref="ScoringTable.Order"/>: the
    /// same additions of the same table values as <see cref="Accumulate"/> makes for such a response. False for any
    /// other response (a non-option code adds NaN; a code beyond the table sets a bit above the mask).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TrySumOptionPoints(Answer[] answers, int offset, out DoubleDouble economic, out DoubleDouble social, out DoubleDouble psychosocial, out DoubleDouble composite)
    {
        var table = _table;
        var dimensionEnd = table.DimensionEnd;
        var codes = 0;
        var points = default(PairSum);
        economic = SumOptionPoints(table, answers, offset, 0, dimensionEnd[0], ref points, ref codes);
        social = SumOptionPoints(table, answers, offset, dimensionEnd[0], dimensionEnd[1], ref points, ref codes);
        psychosocial = SumOptionPoints(table, answers, offset, dimensionEnd[1], dimensionEnd[2], ref points, ref codes);
        composite = points.Composite;
        return (codes & ~table.CodeMask) == 0 && !double.IsNaN(composite.Hi);
    }

    /// <summary>Adds the measures at positions [start, end) of one dimension; returns the dimension's sum.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static DoubleDouble SumOptionPoints(ScoringTable table, Answer[] answers, int offset, int start, int end, ref PairSum points, ref int codes)
    {
        unchecked
        {
            var optionPoints = table.OptionPoints;
            var order = table.Order;
            var stride = table.Stride;
            var mask = table.CodeMask;
            var sums = new PairSum(default, points.Composite);
            var seen = codes;
            for (int position = start, row = start * stride; position < end; position++, row += stride)
            {
                int code = UncheckedArray.At(answers, offset + UncheckedArray.At(order, position)).Code;
                seen |= code;
                var at = ScoringTable.OptionPointsWidth * (row + (code & mask));
                sums.Add(optionPoints, at + TableEntry.PointsPair, at + TableEntry.PointsErrorPair);
            }

            points = sums;
            codes = seen;
            return sums.Dimension;
        }
    }

    // Kept out of line: inlined into every caller of Compute, it would crowd the fully answered path's registers.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private ScoreSet ComputeGeneral(Answer[] answers, int offset, int responseIndex)
    {
        Accumulate(answers, offset, responseIndex, out var economic, out var social, out var psychosocial, out var composite);
        return FinishAll(in economic, in social, in psychosocial, in composite);
    }

    private ScoreSet FinishAll(in ScoreTotals economic, in ScoreTotals social, in ScoreTotals psychosocial, in ScoreTotals composite) =>
        new(Finish(in economic), Finish(in social), Finish(in psychosocial), Finish(in composite));

    /// <summary>
    /// The general sums, in <see cref="ScoringTable.Order"/>, per dimension and for the composite: points, answered and
    /// applicable weights, and the missing count. Throws for the first invalid answer in that order.
    /// </summary>
    internal void Accumulate(
        Answer[] answers,
        int offset,
        int responseIndex,
        out ScoreTotals economic,
        out ScoreTotals social,
        out ScoreTotals psychosocial,
        out ScoreTotals composite)
    {
        var dimensionEnd = _table.DimensionEnd;
        var sums = default(GeneralSums);
        economic = AccumulateRange(answers, offset, 0, dimensionEnd[0], ref sums);
        social = AccumulateRange(answers, offset, dimensionEnd[0], dimensionEnd[1], ref sums);
        psychosocial = AccumulateRange(answers, offset, dimensionEnd[1], dimensionEnd[2], ref sums);
        if ((sums.Codes & ~_table.CodeMask) != 0 || sums.Flags.Composite != 0)
        {
            ThrowFirstInvalid(answers, offset, responseIndex);
        }

        composite = new ScoreTotals
        {
            Points = sums.Points.Composite,
            Answered = sums.Answered.Composite,
            Applicable = sums.Applicable.Composite,
            Missing = unchecked(economic.Missing + social.Missing + psychosocial.Missing),
        };
    }

    /// <summary>Adds the measures at positions [start, end) of one dimension; returns the dimension's totals.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ScoreTotals AccumulateRange(Answer[] answers, int offset, int start, int end, ref GeneralSums sums)
    {
        unchecked
        {
            var table = _table;
            var entries = table.Sums;
            var order = table.Order;
            var stride = table.Stride;
            var mask = table.CodeMask;
            var points = new PairSum(default, sums.Points.Composite);
            var answered = new PairSum(default, sums.Answered.Composite);
            var applicable = new PairSum(default, sums.Applicable.Composite);
            var flags = new PairCount(0, sums.Flags.Composite);
            var codes = sums.Codes;
            for (int position = start, row = start * stride; position < end; position++, row += stride)
            {
                int code = UncheckedArray.At(answers, offset + UncheckedArray.At(order, position)).Code;
                codes |= code;
                var at = TableEntry.Width * (row + (code & mask));
                points.Add(entries, at + TableEntry.PointsPair, at + TableEntry.PointsErrorPair);
                answered.Add(entries, at + TableEntry.AnsweredPair);
                applicable.Add(entries, at + TableEntry.ApplicablePair);
                flags.Add(entries, at + TableEntry.FlagsPair);
            }

            sums = new GeneralSums(points, answered, applicable, flags, codes);
            return new ScoreTotals { Points = points.Dimension, Answered = answered.Dimension, Applicable = applicable.Dimension, Missing = (int)flags.Dimension };
        }
    }

    /// <summary>The denominator a score's contributions are divided by under the current policy.</summary>
    internal DoubleDouble Denominator(in ScoreTotals totals) =>
        _policy == MissingAnswerPolicy.Renormalize ? totals.Answered : totals.Applicable;

    private Score Finish(in ScoreTotals totals) => Finish(
        totals.Answered.Hi,
        totals.Applicable.Hi,
        totals.Missing,
        DoubleDouble.Quotient(totals.Answered, totals.Applicable),
        DoubleDouble.Quotient(totals.Points, Denominator(in totals)));

    /// <summary>
    /// A score from its weight sums, missing count and the two quotients the policy may need, which the caller computes
    /// (one response at a time, or eight lanes at once: the same operations either way); a quotient the outcome does not
    /// use is ignored.
    /// </summary>
    /// <param name="answered">The high part of Σ_A w: positive exactly when the sum is.</param>
    /// <param name="applicable">The high part of Σ_S w: positive exactly when the sum is.</param>
    /// <param name="missing">The missing count.</param>
    /// <param name="coverage">Σ_A w / Σ_S w, rounded once.</param>
    /// <param name="value">Σ_A p·w / <see cref="Denominator"/>, rounded once.</param>
    /// <remarks>
    /// The coverage is compared with the minimum as it is, with no slack: it is the exact share rounded to the nearest
    /// double, so a share that equals the minimum on paper (8 of 10 equal weights against 0.8) is the minimum's double.
    /// </remarks>
    private Score Finish(double answered, double applicable, int missing, double coverage, double value)
    {
        if (!(applicable > 0))
        {
            return new Score(ScoreStatus.NoApplicableMeasures, 0, 0, missing);
        }

        return _policy switch
        {
            MissingAnswerPolicy.Strict when missing > 0 => new Score(ScoreStatus.MissingAnswers, 0, coverage, missing),
            MissingAnswerPolicy.Renormalize when !(answered > 0 && coverage >= _minimumCoverage) =>
                new Score(ScoreStatus.InsufficientCoverage, 0, coverage, missing),
            _ => new Score(ScoreStatus.Computed, value, coverage, missing),
        };
    }

    private void CheckCatalog(SurveyResponse response)
    {
        Preconditions.NotNull(response, nameof(response));
        if (!IsForCatalog(response))
        {
            throw new ArgumentException($"The response is for catalog '{response.Catalog}', the engine scores catalog '{Catalog}'.", nameof(response));
        }
    }

    [DoesNotReturn]
    private void ThrowOffsetOutOfRange(int offset, int length) =>
        throw new ArgumentOutOfRangeException(nameof(offset), offset, $"The buffer must hold {_table.MeasureCount} answers from the offset on; it has {length} in all.");

    /// <summary>Whether the response's answers line up with this engine's table (same measures, same scales).</summary>
    private bool IsForCatalog(SurveyResponse response) =>
        ReferenceEquals(response.Catalog, Catalog) || response.Catalog.IsSameInstrument(Catalog);

    /// <summary>Runs the general path once on a response answering every measure with its first option.</summary>
    private FullyAnsweredScores FullyAnsweredTemplate()
    {
        var answers = new Answer[_table.MeasureCount];
        for (var i = 0; i < answers.Length; i++)
        {
            answers[i] = Answer.Option(0);
        }

        Accumulate(answers, 0, -1, out var economic, out var social, out var psychosocial, out var composite);
        return new FullyAnsweredScores(
            FinishAll(in economic, in social, in psychosocial, in composite),
            Denominator(in economic),
            Denominator(in social),
            Denominator(in psychosocial),
            Denominator(in composite));
    }

    /// <summary>Throws for the first invalid answer in visiting order, naming the measure and the response, never the answer.</summary>
    [DoesNotReturn]
    private void ThrowFirstInvalid(Answer[] answers, int offset, int responseIndex)
    {
        foreach (var index in _table.Order)
        {
            var measure = Catalog.Measures[index];
            var problem = measure.Check(answers[offset + index]);
            if (problem != AnswerProblem.None)
            {
                throw new InvalidAnswerException(measure.Code, problem, responseIndex < 0 ? null : responseIndex);
            }
        }

        throw new InvalidOperationException("The scoring table flagged an answer that every measure accepts.");
    }
}
