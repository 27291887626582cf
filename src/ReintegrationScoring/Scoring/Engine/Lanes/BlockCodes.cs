#if NET
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace ReintegrationScoring.Scoring.Engine.Lanes;

/// <summary>
/// Transposes the answers of eight consecutive responses (a block) so that each measure's eight answer codes lie side by
/// side: <c>codes[8 × position + lane]</c>, position in visiting order, lane = response in the block.
/// </summary>
/// <remarks>
/// The block is read as two 128-byte windows, from response 0 and from response 4, each holding four responses of at
/// most 32 answers: the second reads up to 128 bytes past the fifth response's start, which the caller keeps inside the
/// array. One two-register byte permute per window and output vector gathers eight measures of four responses.
/// </remarks>
internal static class BlockCodes
{
    /// <summary>Bytes <see cref="Transpose"/> writes: 8 codes for each of up to 32 positions.</summary>
    public const int Length = 8 * 32;

    /// <summary>
    /// Writes the codes of the block at <paramref name="block"/> to <paramref name="codes"/>, and returns for each lane
    /// (bytes 0-7) the OR of its codes in <paramref name="seen"/> and their minimum in <paramref name="lowest"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Transpose(LaneTables lanes, ref byte block, int measureCount, Span<byte> codes, out Vector128<byte> seen, out Vector128<byte> lowest)
    {
        unchecked
        {
            var second = (nuint)(uint)(4 * measureCount);
            var firstA = Vector512.LoadUnsafe(ref block);
            var firstB = Vector512.LoadUnsafe(ref block, 64);
            var secondA = Vector512.LoadUnsafe(ref block, second);
            var secondB = Vector512.LoadUnsafe(ref block, second + 64);
            ref var index = ref MemoryMarshal.GetArrayDataReference(lanes.TransposeIndex);
            ref var real = ref MemoryMarshal.GetArrayDataReference(lanes.RealPositions);
            ref var output = ref MemoryMarshal.GetReference(codes);
            var laneOfSecondWindow = Vector512.Create(0xFFFFFFFF_00000000UL).AsByte();
            var or = Vector512<byte>.Zero;
            var min = Vector512<byte>.AllBitsSet;
            for (var vector = 0; vector < lanes.TransposeVectors; vector++)
            {
                var at = (nuint)(64 * vector);
                var permute = Vector512.LoadUnsafe(ref index, at);
                var fromFirst = Avx512Vbmi.PermuteVar64x8x2(firstA, permute, firstB);
                var fromSecond = Avx512Vbmi.PermuteVar64x8x2(secondA, permute, secondB);
                var transposed = Vector512.ConditionalSelect(laneOfSecondWindow, fromSecond, fromFirst);
                transposed.StoreUnsafe(ref output, at);

                // Positions past the catalog's last hold bytes of other responses: leave them out of the checks.
                var isReal = Vector512.LoadUnsafe(ref real, at);
                or |= transposed & isReal;
                min = Vector512.Min(min, transposed | ~isReal);
            }

            // Fold 8 positions × 8 lanes to the 8 lanes in bytes 0-7: lane k stays at byte k modulo 8.
            var orHalf = or.GetLower().GetLower() | or.GetLower().GetUpper() | or.GetUpper().GetLower() | or.GetUpper().GetUpper();
            seen = orHalf | SwapHalves(orHalf);
            var minHalf = Vector128.Min(Vector128.Min(min.GetLower().GetLower(), min.GetLower().GetUpper()), Vector128.Min(min.GetUpper().GetLower(), min.GetUpper().GetUpper()));
            lowest = Vector128.Min(minHalf, SwapHalves(minHalf));
        }
    }

    /// <summary>The eight codes of one position, widened to one 64-bit lane each: the index of a table permute.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<long> At(ref byte codes, int position) =>
        Avx512F.ConvertToVector512Int64(Vector128.CreateScalarUnsafe(Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref codes, unchecked(8 * position)))).AsByte());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> SwapHalves(Vector128<byte> value) => Vector128.Shuffle(value.AsUInt64(), Vector128.Create(1UL, 0UL)).AsByte();
}
#endif
