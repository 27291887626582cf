#if NET
using System.Runtime.Intrinsics.X86;

namespace ReintegrationScoring.Scoring.Engine.Lanes;

/// <summary>
/// The <see cref="EngineTables"/> laid out for scoring eight responses at once, one per 512-bit vector lane: each row of
/// a table is 16 codes wide, so that one two-register permute looks up eight answer codes. Only built where the CPU has
/// AVX-512 with byte permutes (VBMI), the scales have at most 12 options and the catalog at most 32 measures.
/// </summary>
/// <remarks>
/// The lanes add the same table values in the same order as the one-response paths, and lane-wise vector additions and
/// divisions are the same IEEE double operations as scalar ones, so the results are bit-identical.
/// </remarks>
internal sealed class LaneTables
{
    /// <summary>Responses scored together: the lanes of a 512-bit vector of doubles.</summary>
    public const int Lanes = 8;

    /// <summary>Answer codes per row: what one two-register permute of doubles can index.</summary>
    public const int RowCodes = 16;

    /// <summary>Row of a position in <see cref="OptionPoints"/> and <see cref="GeneralRows"/>: dimension points × weight.</summary>
    public const int DimensionPointsRow = 0;

    /// <summary>Row of a position: composite points × weight.</summary>
    public const int CompositePointsRow = 1;

    /// <summary>Row of a position: the rounding error of <see cref="DimensionPointsRow"/>.</summary>
    public const int DimensionErrorRow = 2;

    /// <summary>Row of a position: the rounding error of <see cref="CompositePointsRow"/>.</summary>
    public const int CompositeErrorRow = 3;

    /// <summary>Row of a position in <see cref="GeneralRows"/> only: 1 where the code is invalid, else 0.</summary>
    public const int InvalidRow = 4;

    /// <summary>Rows per position in <see cref="OptionPoints"/>: the four points rows.</summary>
    public const int OptionQuantities = 4;

    /// <summary>Rows per position in <see cref="GeneralRows"/>: the four points rows and the invalid flags.</summary>
    public const int GeneralQuantities = 5;

    private const int MaxMeasureCount = 32;

    public LaneTables(EngineTables tables)
    {
        var measureCount = tables.MeasureCount;
        DimensionEnd = tables.DimensionEnd;
        TransposeVectors = (measureCount + 7) / 8;
        TransposeIndex = new byte[TransposeVectors * 64];
        RealPositions = new byte[TransposeVectors * 64];
        OptionPoints = new double[measureCount * OptionQuantities * RowCodes];
        GeneralRows = new double[measureCount * GeneralQuantities * RowCodes];
        Weights = new double[measureCount * 2];
        for (var position = 0; position < measureCount; position++)
        {
            // Byte 8 × position + lane picks this measure's answer of response lane % 4 of a 128-byte window (see BlockCodes).
            var measure = tables.Order[position];
            for (var lane = 0; lane < Lanes; lane++)
            {
                TransposeIndex[(8 * position) + lane] = (byte)(measure + ((lane % 4) * measureCount));
                RealPositions[(8 * position) + lane] = byte.MaxValue;
            }

            // Every option's answered and applicable weights are the measure's weights (option 0 always exists).
            var option = tables.Term(position, Answer.FirstOptionCode);
            Weights[2 * position] = option.DimensionApplicable;
            Weights[(2 * position) + 1] = option.CompositeApplicable;
            for (var code = 0; code < RowCodes; code++)
            {
                var term = tables.Term(position, code);
                SetOptionPoints(position, DimensionPointsRow, code, term.IsOption ? term.DimensionPoints.Hi : double.NaN);
                SetOptionPoints(position, CompositePointsRow, code, term.IsOption ? term.CompositePoints.Hi : double.NaN);
                SetOptionPoints(position, DimensionErrorRow, code, term.DimensionPoints.Lo);
                SetOptionPoints(position, CompositeErrorRow, code, term.CompositePoints.Lo);
                SetGeneral(position, DimensionPointsRow, code, term.DimensionPoints.Hi);
                SetGeneral(position, CompositePointsRow, code, term.CompositePoints.Hi);
                SetGeneral(position, DimensionErrorRow, code, term.DimensionPoints.Lo);
                SetGeneral(position, CompositeErrorRow, code, term.CompositePoints.Lo);
                SetGeneral(position, InvalidRow, code, term.IsValid ? 0 : 1);
            }
        }
    }

    /// <summary>For each dimension, the exclusive end of its measures in visiting order.</summary>
    public int[] DimensionEnd { get; }

    /// <summary>64-byte vectors that <see cref="BlockCodes.Transpose"/> fills: 8 positions each.</summary>
    public int TransposeVectors { get; }

    /// <summary>Byte permute indices of <see cref="BlockCodes.Transpose"/>, 64 per vector.</summary>
    public byte[] TransposeIndex { get; }

    /// <summary>0xFF for the bytes of <see cref="BlockCodes.Transpose"/>'s output that are real positions, 0 for padding.</summary>
    public byte[] RealPositions { get; }

    /// <summary>
    /// Per position, the <see cref="OptionQuantities"/> points rows of 16 codes each (dimension and composite points ×
    /// weight, then their errors), NaN in the points where the code is not a valid option.
    /// </summary>
    public double[] OptionPoints { get; }

    /// <summary>
    /// Per position, the <see cref="GeneralQuantities"/> rows of 16 codes each: the points rows of the
    /// terms, then the invalid flags (1 or 0); codes beyond the table are invalid.
    /// </summary>
    public double[] GeneralRows { get; }

    /// <summary>
    /// Per position, the (dimensional, composite) weight: what an option adds to the answered and applicable sums, and a
    /// missing answer to the applicable ones (the reference kernel adds the same values, or 0).
    /// </summary>
    public double[] Weights { get; }

    /// <summary>Where row <paramref name="row"/> of <paramref name="position"/> starts in <see cref="OptionPoints"/>.</summary>
    public static int OptionRow(int position, int row) => unchecked(((position * OptionQuantities) + row) * RowCodes);

    /// <summary>Where row <paramref name="row"/> of <paramref name="position"/> starts in <see cref="GeneralRows"/>.</summary>
    public static int GeneralRow(int position, int row) => unchecked(((position * GeneralQuantities) + row) * RowCodes);

    /// <summary>Whether this CPU has the instructions the lanes use and the catalog fits their rows.</summary>
    public static bool IsSupported(EngineTables tables) =>
        Avx512F.IsSupported && Avx512BW.IsSupported && Avx512Vbmi.IsSupported && tables.Stride <= RowCodes && tables.MeasureCount <= MaxMeasureCount;

    private void SetOptionPoints(int position, int row, int code, double value) => OptionPoints[OptionRow(position, row) + code] = value;

    private void SetGeneral(int position, int row, int code, double value) => GeneralRows[GeneralRow(position, row) + code] = value;
}
#endif
