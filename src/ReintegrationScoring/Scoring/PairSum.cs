using System.Runtime.CompilerServices;
#if NET
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
#endif

namespace ReintegrationScoring;

/// <summary>
/// Two running sums advanced together, one per lane: a dimension's and the composite's. On .NET the lanes are one
/// 128-bit vector; elsewhere two doubles. Either way each lane is its own sequence of IEEE double additions, so both
/// builds produce the same bits.
/// </summary>
internal struct PairSum
{
#if NET
    private Vector128<double> _sums;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PairSum(double dimension, double composite) => _sums = Vector128.Create(dimension, composite);

    public readonly double Dimension => _sums.GetElement(0);

    public readonly double Composite => _sums.GetElement(1);

    /// <summary>Adds <c>table[at]</c> to the dimension lane and <c>table[at + 1]</c> to the composite lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(double[] table, int at) =>
        _sums += Vector128.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(table), unchecked((nuint)(uint)at));
#else
    private double _dimension;
    private double _composite;

    public PairSum(double dimension, double composite)
    {
        _dimension = dimension;
        _composite = composite;
    }

    public readonly double Dimension => _dimension;

    public readonly double Composite => _composite;

    /// <summary>Adds <c>table[at]</c> to the dimension lane and <c>table[at + 1]</c> to the composite lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(double[] table, int at)
    {
        _dimension += table[at];
        _composite += table[at + 1];
    }
#endif
}
