#if NET
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace ReintegrationScoring.Scoring.Engine.Lanes;

/// <summary>
/// An accelerator for batches: eight responses at a time, one per 512-bit vector lane (see <see cref="LaneTables"/>),
/// where the CPU has AVX-512 with byte permutes. Each lane makes exactly the operations of the reference kernel, in the
/// same order, so every response's scores are bit-identical to scoring it alone. One response at a time, and the
/// responses a batch leaves over, go to the fully answered kernel.
/// </summary>
internal sealed class LaneKernel : ScoringKernel
{
    public const string KernelName = "lanes";

    // What the general lanes spill per score (economic, social, psychosocial, composite), one vector of 8 lanes each.
    private const int SpilledAnswered = 0;
    private const int SpilledApplicable = 1;
    private const int SpilledMissing = 2;
    private const int SpilledCoverage = 3;
    private const int SpilledValue = 4;
    private const int SpilledPerScore = 5;

    /// <summary>Doubles in the stack buffer that <see cref="ScoreBlock"/> spills to.</summary>
    private const int SpilledLength = 4 * SpilledPerScore * LaneTables.Lanes;

    private readonly EngineTables _tables;
    private readonly ScoreRules _rules;
    private readonly FullyAnsweredKernel _scalar;
    private readonly FullyAnsweredScores _fullyAnswered;
    private readonly LaneTables _lanes;

    private LaneKernel(EngineTables tables, ScoreRules rules, FullyAnsweredKernel scalar, LaneTables lanes)
    {
        _tables = tables;
        _rules = rules;
        _scalar = scalar;
        _fullyAnswered = scalar.FullyAnswered;
        _lanes = lanes;
    }

    public override string Name => KernelName;

    protected override int MeasureCount => _tables.MeasureCount;

    /// <summary>Whether this CPU and catalog can use the lanes.</summary>
    public static bool IsSupported(EngineTables tables) => LaneTables.IsSupported(tables);

    /// <summary>The lane kernel for <paramref name="tables"/>, which <see cref="IsSupported"/> must allow.</summary>
    public static LaneKernel Create(EngineTables tables, ScoreRules rules, FullyAnsweredKernel scalar) =>
        new(tables, rules, scalar, new LaneTables(tables));

    public override ScoreSet Score(Answer[] answers, int offset, int responseIndex) => _scalar.Score(answers, offset, responseIndex);

    public override void ScoreRange(Answer[] answers, int answerOffset, ScoreSet[] destination, int destinationOffset, int start, int end) =>
        _scalar.ScoreRange(answers, answerOffset, destination, destinationOffset, ScoreLanes(_lanes, answers, answerOffset, destination, destinationOffset, start, end), end);

    public override void ScoreResponses(IReadOnlyList<SurveyResponse> responses, ScoreSet[] destination, int destinationOffset, int start, int end) =>
        _scalar.ScoreResponses(responses, destination, destinationOffset, ScoreLanes(_lanes, responses, destination, destinationOffset, start, end), end);

    /// <summary>
    /// Scores whole blocks of eight responses of a flat buffer from <paramref name="start"/> while they fit before
    /// <paramref name="end"/> and the block's reads stay inside <paramref name="answers"/>; returns the first response
    /// left unscored.
    /// </summary>
    private int ScoreLanes(LaneTables lanes, Answer[] answers, int answerOffset, ScoreSet[] destination, int destinationOffset, int start, int end)
    {
        unchecked
        {
            var measureCount = _tables.MeasureCount;
            ref var bytes = ref Unsafe.As<Answer, byte>(ref MemoryMarshal.GetArrayDataReference(answers));
            var lastBlockOffset = answers.Length - (4 * measureCount) - 128;
            var spilled = (Span<double>)stackalloc double[SpilledLength];
            var codes = (Span<byte>)stackalloc byte[BlockCodes.Length];
            var tryOptionsOnly = true;
            var response = start;
            for (var offset = answerOffset + (start * measureCount);
                 response + LaneTables.Lanes <= end && offset <= lastBlockOffset;
                 response += LaneTables.Lanes, offset += LaneTables.Lanes * measureCount)
            {
                var written = ScoreBlock(lanes, ref Unsafe.Add(ref bytes, offset), ref destination[destinationOffset + response], spilled, codes, ref tryOptionsOnly);
                if (written < LaneTables.Lanes)
                {
                    _tables.ThrowFirstInvalid(answers, offset + (written * measureCount), response + written);
                }
            }

            return response;
        }
    }

    /// <summary>
    /// Scores responses [start, end) of a list eight at a time: their answers are copied side by side into a block on the
    /// stack; returns the first response left unscored.
    /// </summary>
    private int ScoreLanes(LaneTables lanes, IReadOnlyList<SurveyResponse> responses, ScoreSet[] destination, int destinationOffset, int start, int end)
    {
        unchecked
        {
            var measureCount = _tables.MeasureCount;
            var block = (Span<byte>)stackalloc byte[(LaneTables.Lanes * measureCount) + 128];
            ref var blockStart = ref MemoryMarshal.GetReference(block);
            var spilled = (Span<double>)stackalloc double[SpilledLength];
            var codes = (Span<byte>)stackalloc byte[BlockCodes.Length];
            var tryOptionsOnly = true;
            var response = start;
            for (; response + LaneTables.Lanes <= end; response += LaneTables.Lanes)
            {
                for (var lane = 0; lane < LaneTables.Lanes; lane++)
                {
                    var answers = responses[response + lane].AnswerArray;
                    Unsafe.CopyBlockUnaligned(
                        ref Unsafe.Add(ref blockStart, lane * measureCount),
                        ref Unsafe.As<Answer, byte>(ref MemoryMarshal.GetArrayDataReference(answers)),
                        (uint)measureCount);
                }

                var written = ScoreBlock(lanes, ref blockStart, ref destination[destinationOffset + response], spilled, codes, ref tryOptionsOnly);
                if (written < LaneTables.Lanes)
                {
                    _tables.ThrowFirstInvalid(responses[response + written].AnswerArray, 0, response + written);
                }
            }

            return response;
        }
    }

    /// <summary>
    /// Scores the block of eight responses at <paramref name="block"/> into the eight score sets at
    /// <paramref name="target"/>; returns 8, or the lane of the first response with an invalid answer (the lanes before it
    /// are written, none from it on).
    /// </summary>
    private int ScoreBlock(LaneTables lanes, ref byte block, ref ScoreSet target, Span<double> spilled, Span<byte> codes, ref bool tryOptionsOnly)
    {
        unchecked
        {
            ref var firstCode = ref MemoryMarshal.GetReference(codes);
            BlockCodes.Transpose(lanes, ref block, _tables.MeasureCount, codes, out var seen, out var lowest);
            var lanesWithTableCodes = LanesWithTableCodes(seen);
            if (tryOptionsOnly && TrySumOptionPointsLanes(lanes, ref firstCode, lanesWithTableCodes, out var economic, out var social, out var psychosocial, out var composite))
            {
                // Lane-wise quotients: the operations FullyAnsweredScores.Finish makes one response at a time.
                var fully = _fullyAnswered;
                ref var values = ref MemoryMarshal.GetReference(spilled);
                economic.DividedBy(fully.EconomicDenominator).StoreUnsafe(ref values, 0 * LaneTables.Lanes);
                social.DividedBy(fully.SocialDenominator).StoreUnsafe(ref values, 1 * LaneTables.Lanes);
                psychosocial.DividedBy(fully.PsychosocialDenominator).StoreUnsafe(ref values, 2 * LaneTables.Lanes);
                composite.DividedBy(fully.CompositeDenominator).StoreUnsafe(ref values, 3 * LaneTables.Lanes);
                for (var lane = 0; lane < LaneTables.Lanes; lane++)
                {
                    Unsafe.Add(ref target, lane) = fully.FromValues(
                        Unsafe.Add(ref values, lane),
                        Unsafe.Add(ref values, LaneTables.Lanes + lane),
                        Unsafe.Add(ref values, (2 * LaneTables.Lanes) + lane),
                        Unsafe.Add(ref values, (3 * LaneTables.Lanes) + lane));
                }

                return LaneTables.Lanes;
            }

            var valid = lanesWithTableCodes & AccumulateLanes(lanes, ref firstCode, spilled);
            for (var lane = 0; lane < LaneTables.Lanes; lane++)
            {
                if ((valid & (1u << lane)) == 0)
                {
                    return lane;
                }

                Unsafe.Add(ref target, lane) = FinishSpilled(spilled, lane);
            }

            // Either path gives the same bits; skip the points-only attempt while blocks keep missing answers.
            tryOptionsOnly = (Vector128.GreaterThanOrEqual(lowest, Vector128.Create((byte)Answer.FirstOptionCode)).ExtractMostSignificantBits() & 0xFF) == 0xFF;
            return LaneTables.Lanes;
        }
    }

    /// <summary>The points sums of eight responses; false unless all eight are answered with a valid option everywhere.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TrySumOptionPointsLanes(
        LaneTables lanes,
        ref byte codes,
        uint lanesWithTableCodes,
        out LaneSum economic,
        out LaneSum social,
        out LaneSum psychosocial,
        out LaneSum composite)
    {
        var dimensionEnd = lanes.DimensionEnd;
        var total = default(LaneSum);
        economic = SumOptionPointsLanes(lanes, ref codes, 0, dimensionEnd[0], ref total);
        social = SumOptionPointsLanes(lanes, ref codes, dimensionEnd[0], dimensionEnd[1], ref total);
        psychosocial = SumOptionPointsLanes(lanes, ref codes, dimensionEnd[1], dimensionEnd[2], ref total);
        composite = total;
        return (lanesWithTableCodes & (uint)Vector512.Equals(total.Hi, total.Hi).ExtractMostSignificantBits()) == 0xFF;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static LaneSum SumOptionPointsLanes(LaneTables lanes, ref byte codes, int start, int end, ref LaneSum composite)
    {
        unchecked
        {
            ref var points = ref MemoryMarshal.GetArrayDataReference(lanes.OptionPoints);
            var dimension = default(LaneSum);
            var total = composite;
            for (var position = start; position < end; position++)
            {
                var code = BlockCodes.At(ref codes, position);
                ref var rows = ref Unsafe.Add(ref points, LaneTables.OptionRow(position, 0));
                dimension.Add(Lookup(ref rows, LaneTables.DimensionPointsRow, code), Lookup(ref rows, LaneTables.DimensionErrorRow, code));
                total.Add(Lookup(ref rows, LaneTables.CompositePointsRow, code), Lookup(ref rows, LaneTables.CompositeErrorRow, code));
            }

            composite = total;
            return dimension;
        }
    }

    /// <summary>
    /// The general sums of eight responses, with each score's coverage and value divided lane-wise, spilled to
    /// <paramref name="spilled"/> for <see cref="FinishSpilled"/>; returns the lanes (bits 0-7) without an answer the table
    /// marks invalid (codes beyond the table are the caller's check).
    /// </summary>
    private uint AccumulateLanes(LaneTables lanes, ref byte codes, Span<double> spilled)
    {
        unchecked
        {
            ref var rows = ref MemoryMarshal.GetArrayDataReference(lanes.GeneralRows);
            ref var weights = ref MemoryMarshal.GetArrayDataReference(lanes.Weights);
            var dimensionEnd = lanes.DimensionEnd;
            var notApplicable = Vector512.Create((long)AnswerKind.NotApplicable);
            var option = Vector512.Create((long)Answer.FirstOptionCode);
            LaneSum points = default, answered = default, applicable = default;
            var invalid = Vector512<double>.Zero;
            var start = 0;
            for (var d = 0; d < Dimensions.Count; d++)
            {
                LaneSum dimensionPoints = default, dimensionAnswered = default, dimensionApplicable = default;
                var missing = Vector512<double>.Zero;
                var end = dimensionEnd[d];
                for (var position = start; position < end; position++)
                {
                    var code = BlockCodes.At(ref codes, position);
                    ref var row = ref Unsafe.Add(ref rows, LaneTables.GeneralRow(position, 0));
                    dimensionPoints.Add(Lookup(ref row, LaneTables.DimensionPointsRow, code), Lookup(ref row, LaneTables.DimensionErrorRow, code));
                    points.Add(Lookup(ref row, LaneTables.CompositePointsRow, code), Lookup(ref row, LaneTables.CompositeErrorRow, code));
                    invalid += Lookup(ref row, LaneTables.InvalidRow, code);

                    // The weight where the table holds it, +0.0 where it holds 0: the same additions as the table's.
                    var isOption = Vector512.GreaterThanOrEqual(code, option).AsDouble();
                    var isApplicable = ~Vector512.Equals(code, notApplicable).AsDouble();
                    var dimensional = Vector512.Create(Unsafe.Add(ref weights, 2 * position));
                    var composite = Vector512.Create(Unsafe.Add(ref weights, (2 * position) + 1));
                    dimensionAnswered.Add(dimensional & isOption);
                    answered.Add(composite & isOption);
                    dimensionApplicable.Add(dimensional & isApplicable);
                    applicable.Add(composite & isApplicable);
                    missing += Vector512<double>.One & Vector512.LessThan(code, notApplicable).AsDouble();
                }

                start = end;
                Spill(spilled, d, in dimensionPoints, in dimensionAnswered, in dimensionApplicable, missing);
            }

            Spill(spilled, Dimensions.Count, in points, in answered, in applicable, default);
            return (uint)Vector512.Equals(invalid, Vector512<double>.Zero).ExtractMostSignificantBits();
        }
    }

    /// <summary>
    /// Spills one score's sums (their high parts), coverage and value (quotients formed lane-wise, as
    /// <see cref="ScoreRules.Finish(in ScoreTotals)"/> forms them).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Spill(Span<double> spilled, int score, in LaneSum points, in LaneSum answered, in LaneSum applicable, Vector512<double> missing)
    {
        ref var output = ref MemoryMarshal.GetReference(spilled);
        var at = (nuint)(score * SpilledPerScore * LaneTables.Lanes);
        answered.Hi.StoreUnsafe(ref output, at + (SpilledAnswered * LaneTables.Lanes));
        applicable.Hi.StoreUnsafe(ref output, at + (SpilledApplicable * LaneTables.Lanes));
        missing.StoreUnsafe(ref output, at + (SpilledMissing * LaneTables.Lanes));
        answered.DividedBy(in applicable).StoreUnsafe(ref output, at + (SpilledCoverage * LaneTables.Lanes));
        var denominator = _rules.Policy == MissingAnswerPolicy.Renormalize ? answered : applicable;
        points.DividedBy(in denominator).StoreUnsafe(ref output, at + (SpilledValue * LaneTables.Lanes));
    }

    /// <summary>The scores of one lane spilled by <see cref="AccumulateLanes"/>, decided by the reference kernel's rules.</summary>
    private ScoreSet FinishSpilled(Span<double> spilled, int lane)
    {
        var economic = SpilledMissingCount(spilled, 0, lane);
        var social = SpilledMissingCount(spilled, 1, lane);
        var psychosocial = SpilledMissingCount(spilled, 2, lane);
        return new ScoreSet(
            FinishSpilledScore(spilled, 0, lane, economic),
            FinishSpilledScore(spilled, 1, lane, social),
            FinishSpilledScore(spilled, 2, lane, psychosocial),
            FinishSpilledScore(spilled, Dimensions.Count, lane, unchecked(economic + social + psychosocial)));
    }

    private Score FinishSpilledScore(Span<double> spilled, int score, int lane, int missing)
    {
        var at = (score * SpilledPerScore * LaneTables.Lanes) + lane;
        return _rules.Finish(
            spilled[at + (SpilledAnswered * LaneTables.Lanes)],
            spilled[at + (SpilledApplicable * LaneTables.Lanes)],
            missing,
            spilled[at + (SpilledCoverage * LaneTables.Lanes)],
            spilled[at + (SpilledValue * LaneTables.Lanes)]);
    }

    private static int SpilledMissingCount(Span<double> spilled, int dimension, int lane) =>
        (int)spilled[(((dimension * SpilledPerScore) + SpilledMissing) * LaneTables.Lanes) + lane];

    /// <summary>Lanes (bits 0-7) whose codes all fall inside a 16-code row.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint LanesWithTableCodes(Vector128<byte> seen) =>
        Vector128.Equals(seen & Vector128.Create((byte)(0xFF ^ (LaneTables.RowCodes - 1))), Vector128<byte>.Zero).ExtractMostSignificantBits() & 0xFF;

    /// <summary>Eight table values, one per lane, picked from row <paramref name="row"/> (16 codes) by the lanes' codes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> Lookup(ref double rows, int row, Vector512<long> codes)
    {
        var at = unchecked((nuint)(uint)(row * LaneTables.RowCodes));
        return Avx512F.PermuteVar8x64x2(Vector512.LoadUnsafe(ref rows, at), codes, Vector512.LoadUnsafe(ref rows, at + 8));
    }
}
#endif
