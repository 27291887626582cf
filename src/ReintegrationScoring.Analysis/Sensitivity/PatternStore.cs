using System;
using System.Collections.Generic;

namespace ReintegrationScoring.Analysis.Sensitivity;

/// <summary>
/// The surveys of a cohort reduced to what any draw needs: per pattern (group, score, applicable and answered measures)
/// the number of surveys and, per measure of the score, the sum of their points. A draw's group mean is then
/// Σ over patterns of (Σ_m points_m · w_m) / denominator, over Σ counts: its cost does not grow with the surveys.
/// </summary>
internal sealed class PatternStore
{
    private readonly Dictionary<PatternKey, int> _ids = new();
    private readonly List<PatternKey> _keys = new();
    private readonly List<int> _offsets = new();
    private readonly List<long> _counts = new();
    private double[] _points = new double[1024];
    private int _used;

    public int Count => _keys.Count;

    public IReadOnlyList<PatternKey> Keys => _keys;

    public IReadOnlyList<int> Offsets => _offsets;

    public IReadOnlyList<long> Counts => _counts;

    /// <summary>Every pattern's point sums, from its offset on, one per measure of its score.</summary>
    public double[] Points => _points;

    /// <summary>The pattern of <paramref name="key"/>, created with <paramref name="width"/> zero sums when new; its count is raised by one.</summary>
    /// <returns>The offset of the pattern's point sums.</returns>
    public int Add(PatternKey key, int width)
    {
        if (!_ids.TryGetValue(key, out var id))
        {
            id = _keys.Count;
            _ids.Add(key, id);
            _keys.Add(key);
            _counts.Add(0);
            if (_used + width > _points.Length)
            {
                Array.Resize(ref _points, Math.Max(_points.Length * 2, _used + width));
            }

            _offsets.Add(_used);
            _used += width;
        }

        _counts[id]++;
        return _offsets[id];
    }
}
