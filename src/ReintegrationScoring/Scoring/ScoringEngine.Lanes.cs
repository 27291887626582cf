#if NET
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace ReintegrationScoring;

/// <summary>
/// Batch scoring eight responses at a time, one per vector lane (see <see cref="LaneTables"/>). Each lane makes exactly the
/// additions of the one-response paths, in the same order, so every response's scores are bit-identical to scoring it alone.
/// </summary>
public sealed partial class ScoringEngine
{
    // Vectors spilled by the general lanes, 8 doubles each: per dimension points, answered, applicable, missing; then
    // the composite's points, answered, applicable; then the invalid count.
    private const int SpilledVectors = (4 * Dimensions.Count) + 4;

    /// <summary>
    /// Scores whole blocks of eight responses from <paramref name="start"/> while they fit before <paramref name="end"/>
    /// and the block's reads stay inside <paramref name="answers"/>; returns the first response left unscored.
    /// </summary>
    private int ScoreLanes(LaneTables lanes, Answer[] answers, int answerOffset, ScoreSet[] destination, int destinationOffset, int start, int end)
    {
        unchecked
        {
            var measureCount = _table.MeasureCount;
            ref var bytes = ref Unsafe.As<Answer, byte>(ref MemoryMarshal.GetArrayDataReference(answers));
            var lastBlockOffset = answers.Length - (4 * measureCount) - 128;
            var spilled = (Span<double>)stackalloc double[SpilledVectors * LaneTables.Lanes];
            var fully = _fullyAnswered;
            var denominators = (
                Vector512.Create(fully.EconomicDenominator),
                Vector512.Create(fully.SocialDenominator),
                Vector512.Create(fully.PsychosocialDenominator),
                Vector512.Create(fully.CompositeDenominator));
            var response = start;
            for (var offset = answerOffset + (start * measureCount);
                 response + LaneTables.Lanes <= end && offset <= lastBlockOffset;
                 response += LaneTables.Lanes, offset += LaneTables.Lanes * measureCount)
            {
                var windows = new AnswerWindows(ref Unsafe.Add(ref bytes, offset), measureCount);
                ref var target = ref UncheckedArray.At(destination, destinationOffset + response);
                if (TrySumOptionPointsLanes(lanes, in windows, out var economic, out var social, out var psychosocial, out var composite))
                {
                    // Lane-wise division: the same IEEE operation as FullyAnsweredScores.Finish makes one response at a time.
                    var values = (economic / denominators.Item1, social / denominators.Item2, psychosocial / denominators.Item3, composite / denominators.Item4);
                    for (var lane = 0; lane < LaneTables.Lanes; lane++)
                    {
                        Unsafe.Add(ref target, lane) = fully.FromValues(
                            values.Item1.GetElement(lane),
                            values.Item2.GetElement(lane),
                            values.Item3.GetElement(lane),
                            values.Item4.GetElement(lane));
                    }
                }
                else
                {
                    var valid = AccumulateLanes(lanes, in windows, spilled);
                    for (var lane = 0; lane < LaneTables.Lanes; lane++)
                    {
                        if ((valid & (1u << lane)) == 0)
                        {
                            ThrowFirstInvalid(answers, offset + (lane * measureCount), response + lane);
                        }

                        Unsafe.Add(ref target, lane) = FinishSpilled(spilled, lane);
                    }
                }
            }

            return response;
        }
    }

    /// <summary>The points sums of eight responses; false unless all eight are answered with a valid option everywhere.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TrySumOptionPointsLanes(
        LaneTables lanes,
        in AnswerWindows windows,
        out Vector512<double> economic,
        out Vector512<double> social,
        out Vector512<double> psychosocial,
        out Vector512<double> composite)
    {
        var dimensionEnd = lanes.DimensionEnd;
        var seen = Vector128<byte>.Zero;
        var total = Vector512<double>.Zero;
        economic = SumOptionPointsLanes(lanes, in windows, 0, dimensionEnd[0], ref total, ref seen);
        social = SumOptionPointsLanes(lanes, in windows, dimensionEnd[0], dimensionEnd[1], ref total, ref seen);
        psychosocial = SumOptionPointsLanes(lanes, in windows, dimensionEnd[1], dimensionEnd[2], ref total, ref seen);
        composite = total;
        return (LanesWithTableCodes(seen) & (uint)Vector512.Equals(total, total).ExtractMostSignificantBits()) == 0xFF;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> SumOptionPointsLanes(LaneTables lanes, in AnswerWindows windows, int start, int end, ref Vector512<double> composite, ref Vector128<byte> seen)
    {
        unchecked
        {
            ref var index = ref MemoryMarshal.GetArrayDataReference(lanes.CodeIndex);
            ref var points = ref MemoryMarshal.GetArrayDataReference(lanes.OptionPoints);
            var dimension = Vector512<double>.Zero;
            var total = composite;
            for (var position = start; position < end; position++)
            {
                var codes = windows.Codes(Vector512.LoadUnsafe(ref index, (nuint)(position * 64)), ref seen);
                ref var row = ref Unsafe.Add(ref points, position * 2 * LaneTables.RowCodes);
                dimension += Lookup(ref row, codes);
                total += Lookup(ref Unsafe.Add(ref row, LaneTables.RowCodes), codes);
            }

            composite = total;
            return dimension;
        }
    }

    /// <summary>
    /// The general sums of eight responses, spilled to <paramref name="spilled"/>; returns the lanes (bits 0-7) whose
    /// answers are all valid.
    /// </summary>
    private static uint AccumulateLanes(LaneTables lanes, in AnswerWindows windows, Span<double> spilled)
    {
        unchecked
        {
            ref var index = ref MemoryMarshal.GetArrayDataReference(lanes.CodeIndex);
            ref var sums = ref MemoryMarshal.GetArrayDataReference(lanes.Sums);
            ref var output = ref MemoryMarshal.GetReference(spilled);
            var dimensionEnd = lanes.DimensionEnd;
            var seen = Vector128<byte>.Zero;
            Vector512<double> points = default, answered = default, applicable = default, invalid = default;
            var start = 0;
            for (var d = 0; d < Dimensions.Count; d++)
            {
                Vector512<double> dimensionPoints = default, dimensionAnswered = default, dimensionApplicable = default, missing = default;
                var end = dimensionEnd[d];
                for (var position = start; position < end; position++)
                {
                    var codes = windows.Codes(Vector512.LoadUnsafe(ref index, (nuint)(position * 64)), ref seen);
                    ref var row = ref Unsafe.Add(ref sums, position * LaneTables.SumQuantities * LaneTables.RowCodes);
                    dimensionPoints += Lookup(ref Quantity(ref row, TableEntry.PointsPair), codes);
                    points += Lookup(ref Quantity(ref row, TableEntry.PointsPair + 1), codes);
                    dimensionAnswered += Lookup(ref Quantity(ref row, TableEntry.AnsweredPair), codes);
                    answered += Lookup(ref Quantity(ref row, TableEntry.AnsweredPair + 1), codes);
                    dimensionApplicable += Lookup(ref Quantity(ref row, TableEntry.ApplicablePair), codes);
                    applicable += Lookup(ref Quantity(ref row, TableEntry.ApplicablePair + 1), codes);
                    missing += Lookup(ref Quantity(ref row, TableEntry.FlagsPair), codes);
                    invalid += Lookup(ref Quantity(ref row, TableEntry.FlagsPair + 1), codes);
                }

                start = end;
                dimensionPoints.StoreUnsafe(ref output, (nuint)(((4 * d) + 0) * LaneTables.Lanes));
                dimensionAnswered.StoreUnsafe(ref output, (nuint)(((4 * d) + 1) * LaneTables.Lanes));
                dimensionApplicable.StoreUnsafe(ref output, (nuint)(((4 * d) + 2) * LaneTables.Lanes));
                missing.StoreUnsafe(ref output, (nuint)(((4 * d) + 3) * LaneTables.Lanes));
            }

            const int Composite = 4 * Dimensions.Count;
            points.StoreUnsafe(ref output, (nuint)((Composite + 0) * LaneTables.Lanes));
            answered.StoreUnsafe(ref output, (nuint)((Composite + 1) * LaneTables.Lanes));
            applicable.StoreUnsafe(ref output, (nuint)((Composite + 2) * LaneTables.Lanes));
            return LanesWithTableCodes(seen) & (uint)Vector512.Equals(invalid, Vector512<double>.Zero).ExtractMostSignificantBits();
        }
    }

    /// <summary>The scores of one lane spilled by <see cref="AccumulateLanes"/>: the general path's finish.</summary>
    private ScoreSet FinishSpilled(Span<double> spilled, int lane)
    {
        var economic = SpilledTotals(spilled, 0, lane);
        var social = SpilledTotals(spilled, 1, lane);
        var psychosocial = SpilledTotals(spilled, 2, lane);
        const int Composite = 4 * Dimensions.Count;
        var composite = new ScoreTotals
        {
            Points = spilled[(Composite * LaneTables.Lanes) + lane],
            Answered = spilled[((Composite + 1) * LaneTables.Lanes) + lane],
            Applicable = spilled[((Composite + 2) * LaneTables.Lanes) + lane],
            Missing = unchecked(economic.Missing + social.Missing + psychosocial.Missing),
        };
        return FinishAll(in economic, in social, in psychosocial, in composite);
    }

    private static ScoreTotals SpilledTotals(Span<double> spilled, int dimension, int lane) => new()
    {
        Points = spilled[(((4 * dimension) + 0) * LaneTables.Lanes) + lane],
        Answered = spilled[(((4 * dimension) + 1) * LaneTables.Lanes) + lane],
        Applicable = spilled[(((4 * dimension) + 2) * LaneTables.Lanes) + lane],
        Missing = (int)spilled[(((4 * dimension) + 3) * LaneTables.Lanes) + lane],
    };

    /// <summary>Lanes (bits 0-7) whose codes all fall inside a 16-code row.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint LanesWithTableCodes(Vector128<byte> seen) =>
        Vector128.Equals(seen & Vector128.Create((byte)(0xFF ^ (LaneTables.RowCodes - 1))), Vector128<byte>.Zero).ExtractMostSignificantBits() & 0xFF;

    /// <summary>The 16-code row of one quantity in a <see cref="LaneTables.Sums"/> row.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref double Quantity(ref double row, int quantity) => ref Unsafe.Add(ref row, quantity * LaneTables.RowCodes);

    /// <summary>Eight table values, one per lane, picked from a 16-code row by the lanes' codes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> Lookup(ref double row, Vector512<long> codes) =>
        Avx512F.PermuteVar8x64x2(Vector512.LoadUnsafe(ref row), codes, Vector512.LoadUnsafe(ref row, 8));
}
#endif
