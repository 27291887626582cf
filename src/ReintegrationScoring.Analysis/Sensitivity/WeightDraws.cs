using System;
using System.Collections.Generic;
using System.Globalization;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring.Analysis.Sensitivity;

/// <summary>
/// Deterministic perturbed weight sets (docs/sensitivity.md, "The perturbation model"). For draw d = 1…N, measure i in
/// catalog order takes the next two numbers of the stream, u for its dimensional weight then u for its composite weight
/// (taken even when the weight is 0, so the stream does not depend on which weights are 0); each nonzero weight w becomes
/// w·(1 + F·u); then each dimension's dimensional weights and the composite weights are divided by their sum, added in
/// catalog order. With F = 0 every draw is the nominal weights unchanged (scores do not depend on the scale of weights).
/// </summary>
public static class WeightDraws
{
    /// <summary>The N perturbed weight sets of <paramref name="settings"/>.</summary>
    /// <param name="nominal">The weights to perturb.</param>
    /// <param name="settings">N, F and the seed.</param>
    /// <returns>
    /// Draw d (index d − 1) has the nominal set's catalog and version, and the id <c>{nominal id}~draw{d}</c>.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<WeightSet> Create(WeightSet nominal, SensitivitySettings settings)
    {
        Preconditions.NotNull(nominal);
        Preconditions.NotNull(settings);
        var catalog = nominal.Catalog;
        var count = nominal.Weights.Count;
        var random = new Xoshiro256StarStar(settings.Seed);
        var dimensional = new double[count];
        var composite = new double[count];
        var draws = new WeightSet[settings.Draws];
        var entries = new MeasureWeight[count];
        for (var d = 0; d < draws.Length; d++)
        {
            for (var i = 0; i < count; i++)
            {
                var weight = nominal.Weights[i];
                dimensional[i] = Perturb(weight.Dimensional, random.NextSigned(), settings.Noise);
                composite[i] = Perturb(weight.Composite, random.NextSigned(), settings.Noise);
            }

            if (settings.Noise > 0)
            {
                Rescale(catalog, dimensional, composite);
            }

            for (var i = 0; i < count; i++)
            {
                entries[i] = new MeasureWeight(nominal.Weights[i].MeasureCode, dimensional[i], composite[i]);
            }

            draws[d] = WeightSet.Create(catalog, DrawId(nominal, d + 1), nominal.Version, entries, nominal.Description);
        }

        return Array.AsReadOnly(draws);
    }

    /// <summary>The id of draw <paramref name="draw"/> (from 1) of <paramref name="nominal"/>.</summary>
    internal static string DrawId(WeightSet nominal, int draw) => nominal.Id + "~draw" + draw.ToString(CultureInfo.InvariantCulture);

    private static double Perturb(double weight, double u, double noise) => weight == 0 ? 0 : weight * (1 + (noise * u));

    private static void Rescale(Catalog catalog, double[] dimensional, double[] composite)
    {
        var measures = catalog.Measures;
        var sums = new double[3];
        var compositeSum = 0.0;
        for (var i = 0; i < measures.Count; i++)
        {
            sums[(int)measures[i].Dimension] += dimensional[i];
            compositeSum += composite[i];
        }

        for (var i = 0; i < measures.Count; i++)
        {
            var sum = sums[(int)measures[i].Dimension];
            dimensional[i] = sum > 0 ? dimensional[i] / sum : dimensional[i];
            composite[i] = compositeSum > 0 ? composite[i] / compositeSum : composite[i];
        }
    }
}
