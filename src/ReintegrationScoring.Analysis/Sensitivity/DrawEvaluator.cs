using System.Collections.Generic;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring.Analysis.Sensitivity;

/// <summary>
/// Every (group, score) mean under one weight vector, from the patterns: per distinct (score, applicable, answered) masks,
/// the status and denominator exactly as the core's score rules decide them; per pattern, its points sums times the
/// weights over that denominator. Read-only after construction; each thread brings its own scratch.
/// </summary>
internal sealed class DrawEvaluator
{
    private readonly ScoreLayout _layout;
    private readonly MissingAnswerPolicy _policy;
    private readonly double _minimumCoverage;
    private readonly PatternStore _patterns;
    private readonly int[] _maskOfPattern;
    private readonly List<PatternKey> _masks = new();

    public DrawEvaluator(ScoreLayout layout, ScoringOptions options, PatternStore patterns, int cells)
    {
        _layout = layout;
        _policy = options.MissingAnswerPolicy;
        _minimumCoverage = options.MinimumCoverage;
        _patterns = patterns;
        Cells = cells;
        var ids = new Dictionary<PatternKey, int>();
        _maskOfPattern = new int[patterns.Count];
        for (var p = 0; p < patterns.Count; p++)
        {
            var key = patterns.Keys[p];
            var mask = new PatternKey(key.Cell % ScoreLayout.Kinds, key.Applicable, key.Answered);
            if (!ids.TryGetValue(mask, out var id))
            {
                id = _masks.Count;
                ids.Add(mask, id);
                _masks.Add(mask);
            }

            _maskOfPattern[p] = id;
        }
    }

    /// <summary>The number of (group, score) cells.</summary>
    public int Cells { get; }

    public Scratch CreateScratch() => new(_masks.Count, Cells);

    /// <summary>Writes each cell's mean under <paramref name="weights"/> (NaN where no survey has a computed score).</summary>
    /// <param name="weights">The weights, flattened by <see cref="ScoreLayout.Flatten"/>.</param>
    /// <param name="means">One entry per cell, from <paramref name="at"/>.</param>
    /// <param name="at">Where the cells start in <paramref name="means"/>.</param>
    /// <param name="scratch">This thread's scratch.</param>
    public void Evaluate(double[] weights, double[] means, int at, Scratch scratch)
    {
        var denominators = scratch.Denominators;
        for (var m = 0; m < _masks.Count; m++)
        {
            denominators[m] = Denominator(_masks[m], weights);
        }

        var sums = scratch.Sums;
        var counts = scratch.Counts;
        System.Array.Clear(sums, 0, sums.Length);
        System.Array.Clear(counts, 0, counts.Length);
        var points = _patterns.Points;
        var keys = _patterns.Keys;
        var offsets = _patterns.Offsets;
        var patternCounts = _patterns.Counts;
        for (var p = 0; p < _maskOfPattern.Length; p++)
        {
            var denominator = denominators[_maskOfPattern[p]];
            if (double.IsNaN(denominator))
            {
                continue;
            }

            var cell = keys[p].Cell;
            var kind = cell % ScoreLayout.Kinds;
            var from = _layout.Offsets[kind];
            var width = _layout.Offsets[kind + 1] - from;
            var offset = offsets[p];
            var dot = 0.0;
            for (var j = 0; j < width; j++)
            {
                dot += points[offset + j] * weights[from + j];
            }

            sums[cell] += dot / denominator;
            counts[cell] += patternCounts[p];
        }

        for (var c = 0; c < Cells; c++)
        {
            means[at + c] = counts[c] > 0 ? sums[c] / counts[c] : double.NaN;
        }
    }

    /// <summary>The denominator of a score with these masks, or NaN when the score is not computed (ScoreRules' decision).</summary>
    private double Denominator(PatternKey mask, double[] weights)
    {
        var kind = mask.Cell;
        var from = _layout.Offsets[kind];
        var width = _layout.Offsets[kind + 1] - from;
        var applicable = default(DoubleDouble);
        var answered = default(DoubleDouble);
        for (var j = 0; j < width; j++)
        {
            var bit = 1UL << j;
            if ((mask.Applicable & bit) != 0)
            {
                applicable = applicable.Plus(weights[from + j]);
            }

            if ((mask.Answered & bit) != 0)
            {
                answered = answered.Plus(weights[from + j]);
            }
        }

        if (!(applicable.Hi > 0))
        {
            return double.NaN;
        }

        if (_policy != MissingAnswerPolicy.Renormalize)
        {
            // Strict keeps only fully answered patterns; zero scores every applicable one.
            return applicable.Value;
        }

        return answered.Hi > 0 && DoubleDouble.Quotient(answered, applicable) >= _minimumCoverage ? answered.Value : double.NaN;
    }

    internal sealed class Scratch
    {
        public Scratch(int masks, int cells)
        {
            Denominators = new double[masks];
            Sums = new double[cells];
            Counts = new long[cells];
        }

        public double[] Denominators { get; }

        public double[] Sums { get; }

        public long[] Counts { get; }
    }
}
