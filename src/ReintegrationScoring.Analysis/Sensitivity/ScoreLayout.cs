using System.Linq;

namespace ReintegrationScoring.Analysis.Sensitivity;

/// <summary>
/// The measures of each of the four scores in the core engine's visiting order (economic, social, psychosocial, each in
/// catalog order; the composite over all of them in that order), and each measure's points by option: the order every
/// weight sum is formed in, so that coverages match the engine's bit for bit.
/// </summary>
internal sealed class ScoreLayout
{
    public const int Kinds = 4;
    public const int CompositeKind = (int)ScoreKind.Composite;

    public ScoreLayout(Catalog catalog)
    {
        var measures = catalog.Measures;
        MeasureCount = measures.Count;
        var order = Dimensions.All.SelectMany(d => Enumerable.Range(0, measures.Count).Where(i => measures[i].Dimension == d)).ToArray();
        Positions = new int[Kinds][];
        for (var kind = 0; kind < CompositeKind; kind++)
        {
            Positions[kind] = order.Where(i => (int)measures[i].Dimension == kind).ToArray();
        }

        Positions[CompositeKind] = order;
        Offsets = new int[Kinds + 1];
        for (var kind = 0; kind < Kinds; kind++)
        {
            Offsets[kind + 1] = Offsets[kind] + Positions[kind].Length;
        }

        PositionInDimension = new int[measures.Count];
        PositionInComposite = new int[measures.Count];
        for (var kind = 0; kind < Kinds; kind++)
        {
            for (var j = 0; j < Positions[kind].Length; j++)
            {
                (kind == CompositeKind ? PositionInComposite : PositionInDimension)[Positions[kind][j]] = j;
            }
        }

        Points = measures.Select(m => m.Scale.Options.Select(o => o.Points).ToArray()).ToArray();
    }

    public int MeasureCount { get; }

    /// <summary>For each score kind, the catalog indices of its measures in visiting order.</summary>
    public int[][] Positions { get; }

    /// <summary>Where each kind's weights start in a flat weight vector (<see cref="Offsets"/>[4]: its length).</summary>
    public int[] Offsets { get; }

    /// <summary>For each catalog measure, its position among its dimension's measures.</summary>
    public int[] PositionInDimension { get; }

    /// <summary>For each catalog measure, its position among the composite's measures.</summary>
    public int[] PositionInComposite { get; }

    /// <summary>For each catalog measure, the points of each option.</summary>
    public double[][] Points { get; }

    /// <summary>The weights of <paramref name="weightSet"/> laid out kind by kind in visiting order.</summary>
    public double[] Flatten(WeightSet weightSet)
    {
        var flat = new double[Offsets[Kinds]];
        for (var kind = 0; kind < Kinds; kind++)
        {
            var positions = Positions[kind];
            for (var j = 0; j < positions.Length; j++)
            {
                var weight = weightSet.Weights[positions[j]];
                flat[Offsets[kind] + j] = kind == CompositeKind ? weight.Composite : weight.Dimensional;
            }
        }

        return flat;
    }
}
