using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace ReintegrationScoring.Tests.Generators;

/// <summary>
/// Generators of weight entries and weight sets. Valid entries are raw non-negative numbers (zeros included) divided
/// by their sums, so they meet reference section 6 up to rounding; invalid ones are valid entries with mutations.
/// </summary>
public static class WeightGenerators
{
    /// <summary>A raw weight: sometimes 0, otherwise an arbitrary positive number on a fine grid.</summary>
    public static Gen<double> RawWeight { get; } = Gen.Frequency(
        (1, Gen.Constant(0.0)),
        (5, Gen.Choose(1, 1_000_000).Select(i => i / 1000.0)));

    /// <summary>Entries (one per measure, catalog order) whose dimension sums and composite sum are 1 up to rounding.</summary>
    public static Gen<MeasureWeight[]> ValidEntries(Catalog catalog) =>
        from dimensional in Gen.ArrayOf(RawWeight, catalog.Measures.Count)
        from composite in Gen.ArrayOf(RawWeight, catalog.Measures.Count)
        select Normalized(catalog, dimensional, composite);

    /// <summary>Valid entries for any catalog, shuffled.</summary>
    public static Gen<ValidWeightEntries> ValidCase { get; } =
        from catalog in CatalogGenerators.AnyCatalog
        from entries in ValidEntries(catalog)
        from shuffled in Gen.Shuffle(entries)
        select new ValidWeightEntries(catalog, shuffled);

    /// <summary>A valid weight set: generated entries, or the built-in equal-by-indicator method.</summary>
    public static Gen<WeightSet> WeightSet(Catalog catalog) => Gen.Frequency(
        (1, Gen.Fresh(() => ReintegrationScoring.WeightSet.EqualByIndicator(catalog))),
        (3, ValidEntries(catalog).Select(entries => ReintegrationScoring.WeightSet.Create(catalog, "generated", "1", entries))));

    /// <summary>Valid entries with one or more mutations, each of which the validator must report.</summary>
    public static Gen<InvalidWeightCase> InvalidCase { get; } =
        from catalog in CatalogGenerators.AnyCatalog
        from entries in ValidEntries(catalog)
        from mutations in Gen.NonEmptyListOf(Mutation(catalog)).Select(list => list.Take(4).ToArray())
        let invalid = InvalidWeightCase.Create(catalog, entries, mutations)
        where invalid.Expected.Count > 0
        select invalid;

    private static Gen<WeightMutation> Mutation(Catalog catalog)
    {
        var codes = catalog.Measures.Select(m => m.Code).ToArray();
        var badValues = Gen.Elements(-0.5, -1e-9, double.NaN, double.PositiveInfinity, double.NegativeInfinity);
        return Gen.OneOf(
            Gen.Elements(codes).Select(code => new WeightMutation(WeightMutationKind.Remove, code, 0)),
            Gen.Elements(codes).Select(code => new WeightMutation(WeightMutationKind.Duplicate, code, 0)),
            Gen.Choose(0, 99).Select(i => new WeightMutation(WeightMutationKind.AddUnknown, "ZZ_UNKNOWN_" + i, 0)),
            Gen.Elements(codes).SelectMany(code => badValues.Select(v => new WeightMutation(WeightMutationKind.BadDimensional, code, v))),
            Gen.Elements(codes).SelectMany(code => badValues.Select(v => new WeightMutation(WeightMutationKind.BadComposite, code, v))),
            Gen.Elements(0.5, 1.5, 2.0).SelectMany(f => Gen.Elements(Dimensions.All.ToArray()).Select(d => new WeightMutation(WeightMutationKind.ScaleDimension, d.ToCode(), f))),
            Gen.Elements(0.5, 1.5, 2.0).Select(f => new WeightMutation(WeightMutationKind.ScaleComposite, "composite", f)));
    }

    private static MeasureWeight[] Normalized(Catalog catalog, double[] dimensional, double[] composite)
    {
        var measures = catalog.Measures;

        // Every dimension, and the composite, needs some positive weight to be rescaled to 1.
        foreach (var dimension in Dimensions.All)
        {
            var first = IndexOfFirst(measures, dimension);
            if (Enumerable.Range(0, measures.Count).Where(i => measures[i].Dimension == dimension).All(i => dimensional[i] == 0))
            {
                dimensional[first] = 1;
            }
        }

        if (composite.All(w => w == 0))
        {
            composite[0] = 1;
        }

        var dimensionSums = Dimensions.All.Select(d => Enumerable.Range(0, measures.Count).Where(i => measures[i].Dimension == d).Sum(i => dimensional[i])).ToArray();
        var compositeSum = composite.Sum();
        return measures
            .Select((m, i) => new MeasureWeight(m.Code, dimensional[i] / dimensionSums[(int)m.Dimension], composite[i] / compositeSum))
            .ToArray();
    }

    private static int IndexOfFirst(IReadOnlyList<Measure> measures, Dimension dimension)
    {
        for (var i = 0; i < measures.Count; i++)
        {
            if (measures[i].Dimension == dimension)
            {
                return i;
            }
        }

        throw new InvalidOperationException("Every catalog has every dimension.");
    }
}
