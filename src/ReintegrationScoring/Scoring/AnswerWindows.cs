#if NET
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace ReintegrationScoring;

/// <summary>
/// The answers of eight consecutive responses held in four 512-bit registers: two 128-byte windows, the first starting at
/// response 0, the second at response 4, each holding four responses (at most 32 measures each). Reads up to 128 bytes
/// past the fifth response's start, which the caller keeps inside the array.
/// </summary>
internal readonly struct AnswerWindows
{
    private readonly Vector512<byte> _lowA;
    private readonly Vector512<byte> _lowB;
    private readonly Vector512<byte> _highA;
    private readonly Vector512<byte> _highB;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public AnswerWindows(ref byte block, int measureCount)
    {
        var high = unchecked((nuint)(uint)(4 * measureCount));
        _lowA = Vector512.LoadUnsafe(ref block);
        _lowB = Vector512.LoadUnsafe(ref block, 64);
        _highA = Vector512.LoadUnsafe(ref block, high);
        _highB = Vector512.LoadUnsafe(ref block, high + 64);
    }

    /// <summary>
    /// The answer codes of one measure for the eight responses, in bytes 0-7, widened to one 64-bit lane each; and, OR-ed
    /// into <paramref name="seen"/>, the bytes themselves (to catch codes beyond the table).
    /// </summary>
    /// <param name="index">The measure's permute index from <see cref="LaneTables.CodeIndex"/>.</param>
    /// <param name="seen">Accumulates the codes.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector512<long> Codes(Vector512<byte> index, ref Vector128<byte> seen)
    {
        var low = Avx512Vbmi.PermuteVar64x8x2(_lowA, index, _lowB);
        var high = Avx512Vbmi.PermuteVar64x8x2(_highA, index, _highB);
        var codes = Sse2.UnpackLow(low.GetLower().GetLower().AsUInt32(), high.GetLower().GetLower().AsUInt32()).AsByte();
        seen |= codes;
        return Avx512F.ConvertToVector512Int64(codes);
    }
}
#endif
