using System;
using System.Collections.Generic;
using System.Linq;
using ReintegrationScoring.Tests.Support;

namespace ReintegrationScoring.Tests.Generators;

/// <summary>
/// Weight entries broken by mutations, with the problems reference section 6 says they have, derived from the final
/// entries alone: unknown codes; catalog measures with no entry or several; for each measure's first entry, negative or
/// non-finite weights (which then count as 0); and every dimension or composite sum (exact, rounded once) more than 1e-6
/// away from 1, or, when rescaling is asked for, every sum that is 0 instead.
/// </summary>
public sealed class InvalidWeightCase
{
    private InvalidWeightCase(Catalog catalog, IReadOnlyList<MeasureWeight> entries, IReadOnlyList<WeightMutation> mutations)
    {
        Catalog = catalog;
        Entries = entries;
        Mutations = mutations;
        Expected = ExpectedProblems(catalog, entries, rescale: false);
        ExpectedWhenRescaled = ExpectedProblems(catalog, entries, rescale: true);
    }

    public Catalog Catalog { get; }

    public IReadOnlyList<MeasureWeight> Entries { get; }

    public IReadOnlyList<WeightMutation> Mutations { get; }

    /// <summary>The problems without normalisation.</summary>
    public IReadOnlyList<ExpectedWeightProblem> Expected { get; }

    /// <summary>The problems with <see cref="WeightNormalization.RescaleToOne"/>: sums need not be 1, only positive.</summary>
    public IReadOnlyList<ExpectedWeightProblem> ExpectedWhenRescaled { get; }

    public static InvalidWeightCase Create(Catalog catalog, IReadOnlyList<MeasureWeight> valid, IReadOnlyList<WeightMutation> mutations)
    {
        var entries = valid.ToList();
        foreach (var mutation in mutations)
        {
            Apply(catalog, entries, mutation);
        }

        return new InvalidWeightCase(catalog, entries, mutations);
    }

    public override string ToString() => $"{Catalog} with {string.Join("; ", Mutations)}";

    private static void Apply(Catalog catalog, List<MeasureWeight> entries, WeightMutation mutation)
    {
        var first = entries.FindIndex(e => e.MeasureCode == mutation.Target);
        switch (mutation.Kind)
        {
            case WeightMutationKind.Remove:
                entries.RemoveAll(e => e.MeasureCode == mutation.Target);
                break;
            case WeightMutationKind.Duplicate:
                entries.Add(first >= 0 ? entries[first] with { Dimensional = 0.25 } : new MeasureWeight(mutation.Target, 0, 0));
                break;
            case WeightMutationKind.AddUnknown:
                entries.Add(new MeasureWeight(mutation.Target, 0.1, 0.1));
                break;
            case WeightMutationKind.BadDimensional when first >= 0:
                entries[first] = entries[first] with { Dimensional = mutation.Value };
                break;
            case WeightMutationKind.BadComposite when first >= 0:
                entries[first] = entries[first] with { Composite = mutation.Value };
                break;
            case WeightMutationKind.ScaleDimension when Dimensions.TryParse(mutation.Target, out var dimension):
                for (var i = 0; i < entries.Count; i++)
                {
                    if (catalog.TryGetMeasure(entries[i].MeasureCode, out var measure) && measure.Dimension == dimension)
                    {
                        entries[i] = entries[i] with { Dimensional = entries[i].Dimensional * mutation.Value };
                    }
                }

                break;
            case WeightMutationKind.ScaleComposite:
                for (var i = 0; i < entries.Count; i++)
                {
                    entries[i] = entries[i] with { Composite = entries[i].Composite * mutation.Value };
                }

                break;
        }
    }

    private static List<ExpectedWeightProblem> ExpectedProblems(Catalog catalog, IReadOnlyList<MeasureWeight> entries, bool rescale)
    {
        var expected = new List<ExpectedWeightProblem>();
        var count = catalog.Measures.Count;
        var dimensional = new double[count];
        var composite = new double[count];
        var seen = new bool[count];
        foreach (var entry in entries)
        {
            var index = catalog.IndexOf(entry.MeasureCode);
            if (index < 0)
            {
                expected.Add(new(WeightSetProblemKind.UnknownMeasure, entry.MeasureCode, null, null));
                continue;
            }

            if (seen[index])
            {
                expected.Add(new(WeightSetProblemKind.DuplicateMeasure, entry.MeasureCode, null, null));
                continue;
            }

            seen[index] = true;
            dimensional[index] = Checked(entry.Dimensional, entry.MeasureCode, WeightSetProblemKind.InvalidDimensionalWeight, expected);
            composite[index] = Checked(entry.Composite, entry.MeasureCode, WeightSetProblemKind.InvalidCompositeWeight, expected);
        }

        for (var i = 0; i < count; i++)
        {
            if (!seen[i])
            {
                expected.Add(new(WeightSetProblemKind.MissingMeasure, catalog.Measures[i].Code, null, null));
            }
        }

        foreach (var dimension in Dimensions.All)
        {
            var sum = ExactRounding.Sum(dimensional.Where((_, i) => catalog.Measures[i].Dimension == dimension).ToArray()).ToNearestDouble();
            if (rescale ? sum <= 0 : Math.Abs(sum - 1) > WeightSet.SumTolerance)
            {
                expected.Add(new(rescale ? WeightSetProblemKind.ZeroSum : WeightSetProblemKind.DimensionSumNotOne, null, dimension, sum));
            }
        }

        var compositeSum = ExactRounding.Sum(composite).ToNearestDouble();
        if (rescale ? compositeSum <= 0 : Math.Abs(compositeSum - 1) > WeightSet.SumTolerance)
        {
            expected.Add(new(rescale ? WeightSetProblemKind.ZeroSum : WeightSetProblemKind.CompositeSumNotOne, null, null, compositeSum));
        }

        return expected;
    }

    private static double Checked(double value, string code, WeightSetProblemKind kind, List<ExpectedWeightProblem> expected)
    {
        if (double.IsFinite(value) && value >= 0)
        {
            return value;
        }

        expected.Add(new(kind, code, null, value));
        return 0;
    }
}
