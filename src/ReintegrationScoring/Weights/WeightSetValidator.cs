using System;
using System.Collections.Generic;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring;

/// <summary>
/// Checks a weight set against its catalog and collects every problem (reference section 6), so that a caller sees all
/// offending measures and sums, with their actual values, at once.
/// </summary>
internal sealed class WeightSetValidator
{
    private readonly Catalog _catalog;
    private readonly List<WeightSetProblem> _problems = new();
    private readonly bool[] _seen;

    public WeightSetValidator(Catalog catalog, string? id, string? version, IEnumerable<MeasureWeight> weights, WeightNormalization normalization)
    {
        _catalog = catalog;
        var count = catalog.Measures.Count;
        Dimensional = new double[count];
        Composite = new double[count];
        _seen = new bool[count];

        if (string.IsNullOrWhiteSpace(id))
        {
            Add(WeightSetProblemKind.BlankId, null, null, null, "The weight set id is empty.");
        }

        if (string.IsNullOrWhiteSpace(version))
        {
            Add(WeightSetProblemKind.BlankVersion, null, null, null, "The weight set version is empty.");
        }

        foreach (var weight in weights)
        {
            CheckEntry(weight);
        }

        CheckMissing();

        // Asking for rescaling means the sums need not be 1: only a zero sum is then a problem, whatever else is wrong.
        if (normalization == WeightNormalization.RescaleToOne)
        {
            Rescale();
        }
        else
        {
            CheckSums();
        }
    }

    public IReadOnlyList<WeightSetProblem> Problems => _problems;

    public double[] Dimensional { get; }

    public double[] Composite { get; }

    private void CheckEntry(MeasureWeight weight)
    {
        var index = weight.MeasureCode is null ? -1 : _catalog.IndexOf(weight.MeasureCode);
        if (index < 0)
        {
            var code = weight.MeasureCode ?? string.Empty;
            Add(WeightSetProblemKind.UnknownMeasure, weight.MeasureCode, null, null, $"Measure '{code}' is not in catalog '{_catalog.Id}' {_catalog.Version}.");
            return;
        }

        var canonical = _catalog.Measures[index].Code;
        if (_seen[index])
        {
            Add(WeightSetProblemKind.DuplicateMeasure, canonical, null, null, $"Measure '{canonical}' is listed more than once.");
            return;
        }

        _seen[index] = true;
        Dimensional[index] = CheckWeight(weight.Dimensional, canonical, WeightSetProblemKind.InvalidDimensionalWeight, "dimensional");
        Composite[index] = CheckWeight(weight.Composite, canonical, WeightSetProblemKind.InvalidCompositeWeight, "composite");
    }

    private double CheckWeight(double value, string code, WeightSetProblemKind kind, string which)
    {
        if (Preconditions.IsFinite(value) && value >= 0)
        {
            return value;
        }

        var reason = Preconditions.IsFinite(value) ? "is negative" : "is not a finite number";
        Add(kind, code, null, value, $"Measure '{code}': {which} weight {Invariant.Format(value)} {reason}; weights are finite and at least 0.");
        return 0;
    }

    private void CheckMissing()
    {
        for (var i = 0; i < _seen.Length; i++)
        {
            if (!_seen[i])
            {
                var code = _catalog.Measures[i].Code;
                Add(WeightSetProblemKind.MissingMeasure, code, null, null, $"Measure '{code}' has no weights; every catalog measure needs exactly one entry.");
            }
        }
    }

    private void CheckSums()
    {
        foreach (var dimension in Dimensions.All)
        {
            var sum = DimensionSum(dimension);
            if (Math.Abs(sum - 1.0) > WeightSet.SumTolerance)
            {
                Add(WeightSetProblemKind.DimensionSumNotOne, null, dimension, sum, $"Dimension '{dimension.ToCode()}': dimensional weights sum to {Invariant.Format(sum)}; they must sum to 1 (± {Invariant.Format(WeightSet.SumTolerance)}).");
            }
        }

        var composite = Sum(Composite);
        if (Math.Abs(composite - 1.0) > WeightSet.SumTolerance)
        {
            Add(WeightSetProblemKind.CompositeSumNotOne, null, null, composite, $"Composite weights sum to {Invariant.Format(composite)}; they must sum to 1 (± {Invariant.Format(WeightSet.SumTolerance)}).");
        }
    }

    private void Rescale()
    {
        foreach (var dimension in Dimensions.All)
        {
            var sum = DimensionSum(dimension);
            if (sum <= 0)
            {
                Add(WeightSetProblemKind.ZeroSum, null, dimension, sum, $"Dimension '{dimension.ToCode()}': dimensional weights sum to 0; they cannot be rescaled to 1.");
                continue;
            }

            for (var i = 0; i < Dimensional.Length; i++)
            {
                if (_catalog.Measures[i].Dimension == dimension)
                {
                    Dimensional[i] /= sum;
                }
            }
        }

        var composite = Sum(Composite);
        if (composite <= 0)
        {
            Add(WeightSetProblemKind.ZeroSum, null, null, composite, "Composite weights sum to 0; they cannot be rescaled to 1.");
            return;
        }

        for (var i = 0; i < Composite.Length; i++)
        {
            Composite[i] /= composite;
        }
    }

    private double DimensionSum(Dimension dimension)
    {
        var sum = 0.0;
        for (var i = 0; i < Dimensional.Length; i++)
        {
            if (_catalog.Measures[i].Dimension == dimension)
            {
                sum += Dimensional[i];
            }
        }

        return sum;
    }

    private static double Sum(double[] values)
    {
        var sum = 0.0;
        foreach (var value in values)
        {
            sum += value;
        }

        return sum;
    }

    private void Add(WeightSetProblemKind kind, string? code, Dimension? dimension, double? actual, string message) =>
        _problems.Add(new WeightSetProblem(kind, code, dimension, actual, message));
}
