using System.Runtime.CompilerServices;
using ReintegrationScoring.Internal;
#if NET
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
#endif

namespace ReintegrationScoring;

/// <summary>
/// Two running <see cref="DoubleDouble"/> sums advanced together, one per lane: a dimension's and the composite's. On
/// .NET the lanes are 128-bit vectors of high and low parts; elsewhere two <see cref="DoubleDouble"/> values. Either way
/// each lane makes the operations of <see cref="DoubleDouble.Plus(DoubleDouble)"/>, so both builds give the same bits.
/// </summary>
internal struct PairSum
{
#if NET
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

    /// <summary>
    /// Adds the pair <c>table[at]</c> + <c>table[lowAt]</c> to the dimension lane and <c>table[at + 1]</c> +
    /// <c>table[lowAt + 1]</c> to the composite lane (a product and its error).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(double[] table, int at, int lowAt)
    {
        var term = Load(table, at);
        var sum = _hi + term;
        _lo += DoubleDouble.TwoSumError(_hi, term, sum) + Load(table, lowAt);
        _hi = sum;
    }

    /// <summary>Adds <c>table[at]</c> to the dimension lane and <c>table[at + 1]</c> to the composite lane (weights).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(double[] table, int at)
    {
        var term = Load(table, at);
        var sum = _hi + term;
        _lo += DoubleDouble.TwoSumError(_hi, term, sum);
        _hi = sum;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<double> Load(double[] table, int at) =>
        Vector128.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(table), unchecked((nuint)(uint)at));
#else
    private DoubleDouble _dimension;
    private DoubleDouble _composite;

    public PairSum(DoubleDouble dimension, DoubleDouble composite)
    {
        _dimension = dimension;
        _composite = composite;
    }

    public readonly DoubleDouble Dimension => _dimension;

    public readonly DoubleDouble Composite => _composite;

    /// <summary>
    /// Adds the pair <c>table[at]</c> + <c>table[lowAt]</c> to the dimension lane and <c>table[at + 1]</c> +
    /// <c>table[lowAt + 1]</c> to the composite lane (a product and its error).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(double[] table, int at, int lowAt)
    {
        _dimension = _dimension.Plus(new DoubleDouble(table[at], table[lowAt]));
        _composite = _composite.Plus(new DoubleDouble(table[at + 1], table[lowAt + 1]));
    }

    /// <summary>Adds <c>table[at]</c> to the dimension lane and <c>table[at + 1]</c> to the composite lane (weights).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(double[] table, int at)
    {
        _dimension = _dimension.Plus(table[at]);
        _composite = _composite.Plus(table[at + 1]);
    }
#endif
}
