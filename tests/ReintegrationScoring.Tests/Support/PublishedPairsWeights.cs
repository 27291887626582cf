using System.Linq;

namespace ReintegrationScoring.Tests.Support;

/// <summary>
/// A test-only weight set that contains IOM's six published pairs and splits what remains of each dimension, and of
/// the composite, equally among the other measures. The filler weights are arbitrary: they are not IOM's.
/// </summary>
public static class PublishedPairsWeights
{
    public static WeightSet Create()
    {
        var catalog = RssCatalog.Default;
        var pairs = IomPublishedWeights.Pairs.ToDictionary(p => p.MeasureCode);
        var compositeRest = (1 - pairs.Values.Sum(p => p.Composite)) / (catalog.Measures.Count - pairs.Count);
        var weights = catalog.Measures.Select(m =>
        {
            if (pairs.TryGetValue(m.Code, out var pair))
            {
                return new MeasureWeight(m.Code, pair.Dimensional, pair.Composite);
            }

            var inDimension = catalog.MeasuresOf(m.Dimension);
            var published = inDimension.Where(x => pairs.ContainsKey(x.Code)).ToArray();
            var rest = (1 - published.Sum(x => pairs[x.Code].Dimensional)) / (inDimension.Count - published.Length);
            return new MeasureWeight(m.Code, rest, compositeRest);
        });

        return WeightSet.Create(catalog, "test-published-pairs", "1", weights, "Test only: IOM's six published pairs, the rest split equally.");
    }
}
