#if NET
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring.Scoring.Engine;

/// <summary>
/// A dimension's and the composite's running points sums advanced together, as the two lanes of 128-bit vectors of high
/// and low parts: each lane makes the operations of <see cref="DoubleDouble.Plus(DoubleDouble)"/>, so it gives its bits.
/// </summary>
internal struct PairSum
{
    private Vector128<double> _hi;
    private Vector128<double> _lo;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PairSum(DoubleDouble dimension, DoubleDouble composite)
    {
        _hi = Vector128.Create(dimension.Hi, composite.Hi);
        _lo = Vector128.Create(dimension.Lo, composite.Lo);
    }

    public readonly DoubleDouble Dimension => new(_hi.GetElement(0), _lo.GetElement(0));

    public readonly DoubleDouble Composite => new(_hi.GetElement(1), _lo.GetElement(1));

    /// <summary>Adds the high parts at <paramref name="at"/> and the low parts at <paramref name="at"/> + 2 (dimension, composite).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(double[] table, int at)
    {
        ref var start = ref MemoryMarshal.GetArrayDataReference(table);
        var term = Vector128.LoadUnsafe(ref start, unchecked((nuint)(uint)at));
        var sum = _hi + term;
        _lo += DoubleDouble.TwoSumError(_hi, term, sum) + Vector128.LoadUnsafe(ref start, unchecked((nuint)(uint)(at + 2)));
        _hi = sum;
    }
}
#endif
