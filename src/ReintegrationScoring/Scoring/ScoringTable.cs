using System.Linq;

namespace ReintegrationScoring;

/// <summary>
/// Everything about a (catalog, weight set) pair that does not change per response, precomputed once: for each measure
/// and each answer code, what the answer adds to its dimension's and to the composite's running sums.
/// </summary>
/// <remarks>
/// Measures are visited grouped by dimension (catalog order within each), so each dimension's sums are plain locals.
/// Every sum in the library runs in this order, which is what makes batch and single scoring bit-identical.
/// </remarks>
internal sealed class ScoringTable
{
    public ScoringTable(WeightSet weightSet)
    {
        var catalog = weightSet.Catalog;
        MeasureCount = catalog.Measures.Count;
        Stride = Answer.FirstOptionCode + catalog.Measures.Max(m => m.Scale.Options.Count);
        Order = Dimensions.All.SelectMany(d => Enumerable.Range(0, MeasureCount).Where(i => catalog.Measures[i].Dimension == d)).ToArray();
        DimensionEnd = Dimensions.All.Select(d => Order.Count(i => catalog.Measures[i].Dimension <= d)).ToArray();
        Entries = new TableEntry[MeasureCount * Stride];
        for (var position = 0; position < MeasureCount; position++)
        {
            var index = Order[position];
            var measure = catalog.Measures[index];
            for (var code = 0; code < Stride; code++)
            {
                Entries[(position * Stride) + code] = TableEntry.For(measure, code, weightSet.DimensionalAt(index), weightSet.CompositeAt(index));
            }
        }
    }

    public int MeasureCount { get; }

    /// <summary>Answer codes per measure: the special answers, then the largest scale's options.</summary>
    public int Stride { get; }

    /// <summary>Catalog indices of the measures in visiting order.</summary>
    public int[] Order { get; }

    /// <summary>For each dimension, the exclusive end of its measures in <see cref="Order"/>.</summary>
    public int[] DimensionEnd { get; }

    /// <summary>Indexed by position in <see cref="Order"/> × <see cref="Stride"/> + answer code.</summary>
    public TableEntry[] Entries { get; }
}
