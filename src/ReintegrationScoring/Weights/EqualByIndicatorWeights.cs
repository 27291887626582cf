using System.Linq;

namespace ReintegrationScoring;

/// <summary>Computes the <c>equal-by-indicator</c> weights (reference section 6) for any catalog.</summary>
internal static class EqualByIndicatorWeights
{
    public const string Description =
        "Provisional default of the ReintegrationScoring project, not IOM's weights: each dimension's indicators share it "
        + "equally, split equally among each indicator's measures; composite weight = dimensional weight / 3.";

    public static WeightSet For(Catalog catalog)
    {
        var weights = catalog.Measures.Select(measure =>
        {
            var indicatorsInDimension = catalog.IndicatorsOf(measure.Dimension).Count;
            var measuresInIndicator = catalog.Measures.Count(m => m.Indicator.Code == measure.Indicator.Code);
            var dimensional = 1.0 / (indicatorsInDimension * measuresInIndicator);
            return new MeasureWeight(measure.Code, dimensional, dimensional / Dimensions.Count);
        });

        // Validated like any other set: the construction is meant to satisfy section 6, and this proves it per catalog.
        return WeightSet.Create(catalog, BuiltInWeightSets.EqualByIndicatorId, BuiltInWeightSets.EqualByIndicatorVersion, weights, Description);
    }
}
