#if NET
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring.Scoring.Engine.Lanes;

/// <summary>
/// Eight running <see cref="DoubleDouble"/> sums, one per 512-bit vector lane (one per response of a block): each lane
/// makes the operations of <see cref="DoubleDouble.Plus(DoubleDouble)"/> and <see cref="DoubleDouble.Plus(double)"/>, so
/// it gives the bits of the one-response paths.
/// </summary>
internal struct LaneSum
{
    public Vector512<double> Hi;
    public Vector512<double> Lo;

    /// <summary>Adds a product and its error, lane by lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(Vector512<double> term, Vector512<double> termError)
    {
        var sum = Hi + term;
        Lo += DoubleDouble.TwoSumError(Hi, term, sum) + termError;
        Hi = sum;
    }

    /// <summary>Adds a weight, lane by lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(Vector512<double> term)
    {
        var sum = Hi + term;
        Lo += DoubleDouble.TwoSumError(Hi, term, sum);
        Hi = sum;
    }

    /// <summary>This sum divided by <paramref name="denominator"/>, lane by lane, as <see cref="DoubleDouble.Quotient(DoubleDouble, DoubleDouble)"/> divides.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly Vector512<double> DividedBy(in LaneSum denominator) => DoubleDouble.Quotient(Hi, Lo, denominator.Hi, denominator.Lo);

    /// <summary>This sum divided by the same <paramref name="denominator"/> in every lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly Vector512<double> DividedBy(DoubleDouble denominator) =>
        DoubleDouble.Quotient(Hi, Lo, Vector512.Create(denominator.Hi), Vector512.Create(denominator.Lo));
}
#endif
