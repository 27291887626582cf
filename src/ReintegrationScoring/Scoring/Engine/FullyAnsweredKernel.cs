#if NET
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring.Scoring.Engine;

/// <summary>
/// An accelerator for responses answered with an option on every measure (the common case): only the points sums are
/// formed, from a flat table of the reference kernel's products, two sums per 128-bit vector; the weight sums,
/// denominators and statuses come from <see cref="FullyAnsweredScores"/>. Any other response goes to the reference kernel.
/// </summary>
/// <remarks>
/// Bit-identical to the reference kernel: the same products are added in the same order with the same operations, and
/// divided by the very denominators it forms. A code that is not an option adds NaN to the high parts (a code beyond the
/// table shows in the OR of all codes), which sends the response to the reference kernel at no cost per measure.
/// </remarks>
internal sealed class FullyAnsweredKernel : ScoringKernel
{
    public const string KernelName = "fully-answered";

    /// <summary>Doubles per (position, code) in <see cref="_points"/>: the high parts (dimension, composite), then the low parts.</summary>
    private const int Width = 4;

    private readonly ReferenceKernel _reference;
    private readonly double[] _points;
    private readonly int[] _order;
    private readonly int[] _dimensionEnd;
    private readonly int _stride;
    private readonly int _measureCount;

    public FullyAnsweredKernel(EngineTables tables, ReferenceKernel reference, FullyAnsweredScores fullyAnswered)
    {
        _reference = reference;
        FullyAnswered = fullyAnswered;
        _order = tables.Order;
        _dimensionEnd = tables.DimensionEnd;
        _stride = tables.Stride;
        _measureCount = tables.MeasureCount;
        _points = new double[tables.Terms.Length * Width];
        for (var at = 0; at < tables.Terms.Length; at++)
        {
            var term = tables.Terms[at];
            _points[(Width * at) + 0] = term.IsOption ? term.DimensionPoints.Hi : double.NaN;
            _points[(Width * at) + 1] = term.IsOption ? term.CompositePoints.Hi : double.NaN;
            _points[(Width * at) + 2] = term.DimensionPoints.Lo;
            _points[(Width * at) + 3] = term.CompositePoints.Lo;
        }
    }

    public override string Name => KernelName;

    public FullyAnsweredScores FullyAnswered { get; }

    protected override int MeasureCount => _measureCount;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override ScoreSet Score(Answer[] answers, int offset, int responseIndex)
    {
        var codes = 0;
        var sums = default(PairSum);
        var economic = SumPoints(answers, offset, 0, _dimensionEnd[0], ref sums, ref codes);
        var social = SumPoints(answers, offset, _dimensionEnd[0], _dimensionEnd[1], ref sums, ref codes);
        var psychosocial = SumPoints(answers, offset, _dimensionEnd[1], _dimensionEnd[2], ref sums, ref codes);
        var composite = sums.Composite;
        return (codes & ~(_stride - 1)) == 0 && !double.IsNaN(composite.Hi)
            ? FullyAnswered.Finish(economic, social, psychosocial, composite)
            : ScoreOther(answers, offset, responseIndex);
    }

    // Kept out of line: inlined, it would crowd the fully answered path's registers.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private ScoreSet ScoreOther(Answer[] answers, int offset, int responseIndex) => _reference.Score(answers, offset, responseIndex);

    /// <summary>Adds the measures at positions [start, end) of one dimension; returns the dimension's sum.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private DoubleDouble SumPoints(Answer[] answers, int offset, int start, int end, ref PairSum composite, ref int codes)
    {
        unchecked
        {
            // Indices are in range by construction: the offset is checked by the caller, codes are masked into their row.
            ref var answer = ref MemoryMarshal.GetArrayDataReference(answers);
            ref var order = ref MemoryMarshal.GetArrayDataReference(_order);
            var points = _points;
            var stride = _stride;
            var mask = stride - 1;
            var sums = new PairSum(default, composite.Composite);
            var seen = codes;
            for (int position = start, row = start * stride; position < end; position++, row += stride)
            {
                int code = Unsafe.Add(ref answer, (nint)(uint)(offset + Unsafe.Add(ref order, (nint)(uint)position))).Code;
                seen |= code;
                sums.Add(points, Width * (row + (code & mask)));
            }

            composite = sums;
            codes = seen;
            return sums.Dimension;
        }
    }
}
#endif
