using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ReintegrationScoring.Analysis.Cohorts;
using ReintegrationScoring.Analysis.Statistics;

namespace ReintegrationScoring.Analysis.Sensitivity;

/// <summary>
/// Runs an analysis: the nominal means, every draw's means (in parallel; each draw's sums run in a fixed order, so the
/// results do not depend on the threads), then ranks, percentiles and stability figures.
/// </summary>
internal static class SensitivityRun
{
    private const int DrawsPerBatch = 16;

    public static SensitivityResult Analyze(SensitivityAccumulator accumulator, IProgress<SensitivityProgress>? progress, CancellationToken cancellationToken)
    {
        var request = accumulator.Request;
        var layout = accumulator.Layout;
        var groups = accumulator.Groups;
        var cells = groups.Count * ScoreLayout.Kinds;
        if ((long)cells * request.Settings.Draws > SensitivityAccumulator.MaxFigures)
        {
            throw new InvalidOperationException(FormattableString.Invariant(
                $"{groups.Count} groups × {ScoreLayout.Kinds} scores × {request.Settings.Draws} draws exceed the {SensitivityAccumulator.MaxFigures:N0} figures an analysis holds; group by fewer columns or use fewer draws."));
        }

        var draws = WeightDraws.Create(request.WeightSet, request.Settings);
        var evaluator = new DrawEvaluator(layout, request.Options, accumulator.Patterns, cells);
        var nominal = new double[cells];
        evaluator.Evaluate(layout.Flatten(request.WeightSet), nominal, 0, evaluator.CreateScratch());
        var means = EvaluateDraws(evaluator, layout, draws, progress, cancellationToken);

        var rows = new List<SensitivityRow>();
        var stability = new List<RankStability>();
        foreach (var round in MonitoringRounds.All)
        {
            var members = Enumerable.Range(0, groups.Count).Where(g => groups[g].Round == round).OrderBy(g => groups[g].Key, GroupKey.Order).ToArray();
            if (members.Length == 0)
            {
                continue;
            }

            var roundRows = new SensitivityRow[members.Length, ScoreLayout.Kinds];
            for (var kind = 0; kind < ScoreLayout.Kinds; kind++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var figures = Figures(members, kind, nominal, means, draws.Count, cells);
                for (var g = 0; g < members.Length; g++)
                {
                    var group = groups[members[g]];
                    roundRows[g, kind] = figures.Row(g, new SensitivityRow(round, group.Key, (ScoreKind)kind, group.Surveys));
                }

                stability.Add(figures.Stability(new RankStability(round, (ScoreKind)kind, figures.NominalRanked)));
            }

            for (var g = 0; g < members.Length; g++)
            {
                for (var kind = 0; kind < ScoreLayout.Kinds; kind++)
                {
                    rows.Add(roundRows[g, kind]);
                }
            }
        }

        return new SensitivityResult(request, accumulator.Surveys, draws, rows.AsReadOnly(), stability.AsReadOnly());
    }

    /// <summary>Every draw's cell means, draw d at d × cells.</summary>
    private static double[] EvaluateDraws(DrawEvaluator evaluator, ScoreLayout layout, IReadOnlyList<WeightSet> draws, IProgress<SensitivityProgress>? progress, CancellationToken cancellationToken)
    {
        var cells = evaluator.Cells;
        var means = new double[checked(draws.Count * cells)];
        var batches = (draws.Count + DrawsPerBatch - 1) / DrawsPerBatch;
        var done = 0;
        var options = new ParallelOptions { CancellationToken = cancellationToken };
        Parallel.For(
            0,
            batches,
            options,
            evaluator.CreateScratch,
            (batch, _, scratch) =>
            {
                var end = Math.Min(draws.Count, (batch + 1) * DrawsPerBatch);
                for (var d = batch * DrawsPerBatch; d < end; d++)
                {
                    evaluator.Evaluate(layout.Flatten(draws[d]), means, d * cells, scratch);
                }

                var completed = Interlocked.Add(ref done, end - (batch * DrawsPerBatch));
                progress?.Report(new SensitivityProgress(completed, draws.Count));
                cancellationToken.ThrowIfCancellationRequested();
                return scratch;
            },
            _ => { });
        return means;
    }

    private static RoundFigures Figures(int[] members, int kind, double[] nominal, double[] means, int drawCount, int cells)
    {
        var count = members.Length;
        var figures = new RoundFigures(count, drawCount);
        var order = new int[count];
        for (var g = 0; g < count; g++)
        {
            figures.Nominal[g] = nominal[(members[g] * ScoreLayout.Kinds) + kind];
        }

        Ranks.Competition(figures.Nominal, figures.NominalRanks, order);
        var values = new double[count];
        var ranks = new int[count];
        for (var d = 0; d < drawCount; d++)
        {
            for (var g = 0; g < count; g++)
            {
                values[g] = means[(d * cells) + (members[g] * ScoreLayout.Kinds) + kind];
            }

            Ranks.Competition(values, ranks, order);
            figures.AddDraw(values, ranks);
        }

        return figures;
    }

    /// <summary>The draws of one round and score, gathered group by group.</summary>
    private sealed class RoundFigures
    {
        private readonly List<double>[] _means;
        private readonly List<double>[] _ranks;
        private readonly int[] _firsts;
        private readonly List<double> _spearman = new();
        private readonly int _drawCount;
        private double _shiftSum;
        private long _shiftCount;

        public RoundFigures(int groups, int drawCount)
        {
            _drawCount = drawCount;
            Nominal = new double[groups];
            NominalRanks = new int[groups];
            _means = Enumerable.Range(0, groups).Select(_ => new List<double>(drawCount)).ToArray();
            _ranks = Enumerable.Range(0, groups).Select(_ => new List<double>(drawCount)).ToArray();
            _firsts = new int[groups];
        }

        public double[] Nominal { get; }

        public int[] NominalRanks { get; }

        public int NominalRanked => NominalRanks.Count(r => r > 0);

        public void AddDraw(double[] values, int[] ranks)
        {
            for (var g = 0; g < values.Length; g++)
            {
                if (ranks[g] == 0)
                {
                    continue;
                }

                _means[g].Add(values[g]);
                _ranks[g].Add(ranks[g]);
                _firsts[g] += ranks[g] == 1 ? 1 : 0;
                if (NominalRanks[g] > 0)
                {
                    _shiftSum += Math.Abs(ranks[g] - NominalRanks[g]);
                    _shiftCount++;
                }
            }

            var rho = Ranks.Spearman(Nominal, values);
            if (!double.IsNaN(rho))
            {
                _spearman.Add(rho);
            }
        }

        public SensitivityRow Row(int g, SensitivityRow row)
        {
            row.ComputedDraws = _means[g].Count;
            if (NominalRanks[g] == 0)
            {
                return row;
            }

            row.Mean = Nominal[g];
            row.Rank = NominalRanks[g];
            row.TopShare = (double)_firsts[g] / _drawCount;
            if (_means[g].Count > 0)
            {
                _means[g].Sort();
                _ranks[g].Sort();
                row.MeanP05 = Quantiles.Type7(_means[g], 0.05);
                row.MeanMedian = Quantiles.Type7(_means[g], 0.5);
                row.MeanP95 = Quantiles.Type7(_means[g], 0.95);
                row.RankP05 = Quantiles.Type7(_ranks[g], 0.05);
                row.RankMedian = Quantiles.Type7(_ranks[g], 0.5);
                row.RankP95 = Quantiles.Type7(_ranks[g], 0.95);
            }

            return row;
        }

        public RankStability Stability(RankStability stability)
        {
            if (NominalRanked < 2)
            {
                return stability;
            }

            stability.MeanAbsoluteRankShift = _shiftCount > 0 ? _shiftSum / _shiftCount : null;
            if (_spearman.Count > 0)
            {
                _spearman.Sort();
                stability.SpearmanMedian = Quantiles.Type7(_spearman, 0.5);
                stability.SpearmanP05 = Quantiles.Type7(_spearman, 0.05);
            }

            return stability;
        }
    }
}
