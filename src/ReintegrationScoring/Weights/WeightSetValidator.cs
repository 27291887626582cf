using System;
using System.Collections.Generic;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring;

/// <summary>
/// Checks a weight set against its catalog and collects every problem (reference section 6), so that a caller sees all
/// offending measures and sums, with their actual values, at once.
/// </summary>
/// <remarks>
/// Sums of weights are formed in twice a double's precision (<see cref="DoubleDouble"/>) and rounded once, as the scoring
/// engine forms them: a reported sum is the exact sum of the given doubles, to the nearest double (1.4 for 1 + 4 × 0.1,
/// where a naive sum gives 1.4000000000000004). Messages write it as every file does (<see cref="NumberText"/>): 0.15 +
/// 0.08 reads 0.22999999999999998, the exact sum of the doubles nearest those decimals, which
/// <see cref="WeightSetProblem.Actual"/> holds. Rescaling divides each weight by the exact sum, rounding once.
/// </remarks>
internal sealed class WeightSetValidator
{
    /// <summary>Sums from here on are first scaled down by <see cref="ScaleDown"/>, so that they cannot overflow.</summary>
    private static readonly double LargeSum = PowerOfTwo(900);

    /// <summary>A power of two, so scaling by it changes no quotient of weights and loses nothing above 2^-874.</summary>
    private static readonly double ScaleDown = PowerOfTwo(-200);

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
            Add(WeightSetProblemKind.UnknownMeasure, weight.MeasureCode, null, null, $"Measure {MessageText.Quote(code)} is not in catalog {MessageText.Quote(_catalog.Id)} {MessageText.Escape(_catalog.Version)}.");
            return;
        }

        var canonical = _catalog.Measures[index].Code;
        if (_seen[index])
        {
            Add(WeightSetProblemKind.DuplicateMeasure, canonical, null, null, $"Measure {MessageText.Quote(canonical)} is listed more than once.");
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
        Add(kind, code, null, value, $"Measure {MessageText.Quote(code)}: {which} weight {NumberText.Format(value)} {reason}; weights are finite and at least 0.");
        return 0;
    }

    private void CheckMissing()
    {
        for (var i = 0; i < _seen.Length; i++)
        {
            if (!_seen[i])
            {
                var code = _catalog.Measures[i].Code;
                Add(WeightSetProblemKind.MissingMeasure, code, null, null, $"Measure {MessageText.Quote(code)} has no weights; every catalog measure needs exactly one entry.");
            }
        }
    }

    private void CheckSums()
    {
        foreach (var dimension in Dimensions.All)
        {
            var sum = Rounded(Sum(Dimensional, dimension, 1));
            if (Math.Abs(sum - 1.0) > WeightSet.SumTolerance)
            {
                Add(WeightSetProblemKind.DimensionSumNotOne, null, dimension, sum, $"Dimension {MessageText.Quote(dimension.ToCode())}: dimensional weights sum to {NumberText.Format(sum)}; they must sum to 1 (± {WeightSet.SumToleranceText}).");
            }
        }

        var composite = Rounded(Sum(Composite, null, 1));
        if (Math.Abs(composite - 1.0) > WeightSet.SumTolerance)
        {
            Add(WeightSetProblemKind.CompositeSumNotOne, null, null, composite, $"Composite weights sum to {NumberText.Format(composite)}; they must sum to 1 (± {WeightSet.SumToleranceText}).");
        }
    }

    private void Rescale()
    {
        foreach (var dimension in Dimensions.All)
        {
            if (!Rescale(Dimensional, dimension))
            {
                Add(WeightSetProblemKind.ZeroSum, null, dimension, 0.0, $"Dimension {MessageText.Quote(dimension.ToCode())}: dimensional weights sum to 0; they cannot be rescaled to 1.");
            }
        }

        if (!Rescale(Composite, null))
        {
            Add(WeightSetProblemKind.ZeroSum, null, null, 0.0, "Composite weights sum to 0; they cannot be rescaled to 1.");
        }
    }

    /// <summary>Divides the weights of <paramref name="dimension"/> (all when null) by their sum; false when it is 0.</summary>
    private bool Rescale(double[] weights, Dimension? dimension)
    {
        var scale = Sum(weights, dimension, 1).Hi >= LargeSum ? ScaleDown : 1;
        var sum = Sum(weights, dimension, scale);
        if (!(sum.Hi > 0))
        {
            return false;
        }

        for (var i = 0; i < weights.Length; i++)
        {
            if (InGroup(i, dimension))
            {
                weights[i] = DoubleDouble.Quotient(new DoubleDouble(weights[i] * scale, 0), sum);
            }
        }

        return true;
    }

    /// <summary>The weights of <paramref name="dimension"/> (all when null), each times <paramref name="scale"/>, summed in catalog order.</summary>
    private DoubleDouble Sum(double[] weights, Dimension? dimension, double scale)
    {
        var sum = default(DoubleDouble);
        for (var i = 0; i < weights.Length; i++)
        {
            if (InGroup(i, dimension))
            {
                sum = sum.Plus(weights[i] * scale);
            }
        }

        return sum;
    }

    private bool InGroup(int measureIndex, Dimension? dimension) => dimension is null || _catalog.Measures[measureIndex].Dimension == dimension;

    /// <summary>The sum rounded once; infinite when it overflows (where the low part is meaningless).</summary>
    private static double Rounded(DoubleDouble sum) => double.IsInfinity(sum.Hi) ? sum.Hi : sum.Value;

    private static double PowerOfTwo(int exponent) => BitConverter.Int64BitsToDouble((long)(exponent + 1023) << 52);

    private void Add(WeightSetProblemKind kind, string? code, Dimension? dimension, double? actual, string message) =>
        _problems.Add(new WeightSetProblem(kind, code, dimension, actual, message));
}
