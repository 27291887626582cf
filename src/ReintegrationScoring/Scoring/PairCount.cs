using System.Runtime.CompilerServices;
#if NET
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
#endif

namespace ReintegrationScoring;

/// <summary>
/// Two running counts advanced together, one per lane: a dimension's and the composite's (missing and invalid answers,
/// as the 0 or 1 the table holds). Small whole numbers, so plain double additions are exact. On .NET the lanes are one
/// 128-bit vector; elsewhere two doubles.
/// </summary>
internal struct PairCount
{
#if NET
    private Vector128<double> _counts;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PairCount(double dimension, double composite) => _counts = Vector128.Create(dimension, composite);

    public readonly double Dimension => _counts.GetElement(0);

    public readonly double Composite => _counts.GetElement(1);

    /// <summary>Adds <c>table[at]</c> to the dimension lane and <c>table[at + 1]</c> to the composite lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(double[] table, int at) =>
        _counts += Vector128.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(table), unchecked((nuint)(uint)at));
#else
    private double _dimension;
    private double _composite;

    public PairCount(double dimension, double composite)
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
