using System.Linq;

namespace ReintegrationScoring;

/// <summary>
/// Everything about a (catalog, weight set) pair that does not change per response, precomputed once: for each measure
/// and each answer code, what the answer adds to its dimension's and to the composite's running sums.
/// </summary>
/// <remarks>
/// Measures are visited grouped by dimension (catalog order within each). Every sum in the library runs in this order,
/// which is what makes batch and single scoring bit-identical. Rows are <see cref="Stride"/> codes wide, a power of two,
/// so an answer code is masked into its row instead of bounds-checked (codes beyond the row are caught separately).
/// </remarks>
internal sealed class ScoringTable
{
    public ScoringTable(WeightSet weightSet)
    {
        var catalog = weightSet.Catalog;
        MeasureCount = catalog.Measures.Count;
        Stride = PowerOfTwoAtLeast(Answer.FirstOptionCode + catalog.Measures.Max(m => m.Scale.Options.Count));
        CodeMask = Stride - 1;
        Order = Dimensions.All.SelectMany(d => Enumerable.Range(0, MeasureCount).Where(i => catalog.Measures[i].Dimension == d)).ToArray();
        DimensionEnd = Dimensions.All.Select(d => Order.Count(i => catalog.Measures[i].Dimension <= d)).ToArray();
        Sums = new double[MeasureCount * Stride * TableEntry.Width];
        OptionPoints = new double[MeasureCount * Stride * OptionPointsWidth];
        for (var position = 0; position < MeasureCount; position++)
        {
            var index = Order[position];
            var measure = catalog.Measures[index];
            for (var code = 0; code < Stride; code++)
            {
                var at = (position * Stride) + code;
                var entry = TableEntry.For(measure, code, weightSet.DimensionalAt(index), weightSet.CompositeAt(index));
                entry.WriteTo(Sums, at * TableEntry.Width);
                OptionPoints[(OptionPointsWidth * at) + TableEntry.PointsPair] = entry.IsOption ? entry.DimensionPoints.Hi : double.NaN;
                OptionPoints[(OptionPointsWidth * at) + TableEntry.PointsPair + 1] = entry.IsOption ? entry.CompositePoints.Hi : double.NaN;
                OptionPoints[(OptionPointsWidth * at) + TableEntry.PointsErrorPair] = entry.DimensionPoints.Lo;
                OptionPoints[(OptionPointsWidth * at) + TableEntry.PointsErrorPair + 1] = entry.CompositePoints.Lo;
            }
        }
    }

    /// <summary>Doubles per (position, code) in <see cref="OptionPoints"/>: the points pair and its error pair.</summary>
    public const int OptionPointsWidth = 4;

    public int MeasureCount { get; }

    /// <summary>Codes per measure row: a power of two covering the special answers and the largest scale's options.</summary>
    public int Stride { get; }

    /// <summary><see cref="Stride"/> - 1, which masks an answer code into its row.</summary>
    public int CodeMask { get; }

    /// <summary>Catalog indices of the measures in visiting order.</summary>
    public int[] Order { get; }

    /// <summary>For each dimension, the exclusive end of its measures in <see cref="Order"/>.</summary>
    public int[] DimensionEnd { get; }

    /// <summary>
    /// The <see cref="TableEntry"/> of every (position in <see cref="Order"/>, answer code), <see cref="TableEntry.Width"/>
    /// doubles each, at <see cref="TableEntry.Width"/> × (position × <see cref="Stride"/> + code).
    /// </summary>
    public double[] Sums { get; }

    /// <summary>
    /// The points pair of <see cref="Sums"/> (dimension, composite) where the code is a valid option, and NaN for every
    /// other code, so that the points sum of a response not fully answered with options comes out NaN; then the pair's
    /// errors. At <see cref="OptionPointsWidth"/> × (position × <see cref="Stride"/> + code), laid out as in
    /// <see cref="TableEntry"/> (<see cref="TableEntry.PointsPair"/>, <see cref="TableEntry.PointsErrorPair"/>).
    /// </summary>
    public double[] OptionPoints { get; }

    private static int PowerOfTwoAtLeast(int value)
    {
        var result = 1;
        while (result < value)
        {
            result <<= 1;
        }

        return result;
    }
}
