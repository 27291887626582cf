using System;
using System.Collections.Generic;
using System.Threading;
using ReintegrationScoring.Analysis.Cohorts;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring.Analysis.Sensitivity;

/// <summary>
/// Gathers a cohort, one survey at a time, for an uncertainty analysis of the weights, then analyses it: memory grows with
/// the number of distinct answer patterns per group, not with the surveys, so a caller can stream millions of rows
/// through it. Not thread-safe while adding.
/// </summary>
public sealed class SensitivityAccumulator
{
    /// <summary>
    /// The most (group, score, draw) means an analysis holds: every draw's mean of every group is kept for its
    /// percentiles, so groups × 4 × draws must stay within this (2,500 groups of all rounds at 1000 draws).
    /// </summary>
    public const long MaxFigures = 10_000_000;

    private readonly ScoreLayout _layout;
    private readonly Measure[] _measures;
    private readonly Dictionary<GroupKey, int>[] _groupIds;
    private readonly List<GroupCell> _groups = new();
    private readonly PatternStore _patterns = new();
    private readonly byte[] _states;
    private readonly double[] _points;

    /// <summary>Creates an accumulator for <paramref name="request"/>.</summary>
    /// <param name="request">What to analyse.</param>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public SensitivityAccumulator(SensitivityRequest request)
    {
        Request = Preconditions.NotNull(request);
        var catalog = request.WeightSet.Catalog;
        _layout = new ScoreLayout(catalog);
        _measures = new Measure[catalog.Measures.Count];
        for (var i = 0; i < _measures.Length; i++)
        {
            _measures[i] = catalog.Measures[i];
        }

        _groupIds = new Dictionary<GroupKey, int>[MonitoringRounds.All.Count];
        for (var r = 0; r < _groupIds.Length; r++)
        {
            _groupIds[r] = new Dictionary<GroupKey, int>();
        }

        _states = new byte[_measures.Length];
        _points = new double[_measures.Length];
    }

    /// <summary>What is analysed.</summary>
    public SensitivityRequest Request { get; }

    /// <summary>The surveys added so far (those of other rounds than the request's are not counted).</summary>
    public long Surveys { get; private set; }

    internal ScoreLayout Layout => _layout;

    internal PatternStore Patterns => _patterns;

    internal IReadOnlyList<GroupCell> Groups => _groups;

    /// <summary>Adds a scored survey: its round, its group under the request's attributes, its answers.</summary>
    /// <param name="survey">The survey; skipped when the request names another round.</param>
    /// <exception cref="ArgumentNullException"><paramref name="survey"/> is null.</exception>
    /// <exception cref="ArgumentException">The survey's catalog is not the weight set's.</exception>
    public void Add(CohortSurvey survey)
    {
        Preconditions.NotNull(survey);
        if (Request.Round is { } only && survey.Round != only)
        {
            return;
        }

        var response = survey.Result.Response;
        if (!ReferenceEquals(response.Catalog, Request.WeightSet.Catalog) && !response.Catalog.IsSameInstrument(Request.WeightSet.Catalog))
        {
            throw new ArgumentException("The survey is for another catalog than the weight set's.", nameof(survey));
        }

        Add(survey.Round, GroupKey.Of(survey, Request.GroupBy), response.Answers);
    }

    /// <summary>Adds a survey given by its parts, for callers that stream rows without building survey objects.</summary>
    /// <param name="round">The survey's round; skipped when the request names another.</param>
    /// <param name="group">The survey's group: one value per attribute of the request.</param>
    /// <param name="answers">One answer per catalog measure, in catalog order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="group"/> or <paramref name="answers"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The group does not have one value per attribute, there is not one answer per measure, or an answer is not valid for
    /// its measure (the message names the measure, never the answer).
    /// </exception>
    public void Add(MonitoringRound round, GroupKey group, IReadOnlyList<Answer> answers)
    {
        Preconditions.NotNull(group);
        Preconditions.NotNull(answers);
        if (Request.Round is { } only && round != only)
        {
            return;
        }

        if (group.Values.Count != Request.GroupBy.Count)
        {
            throw new ArgumentException($"The group has {group.Values.Count} values; the request groups by {Request.GroupBy.Count} attributes.", nameof(group));
        }

        if (answers.Count != _measures.Length)
        {
            throw new ArgumentException($"{answers.Count} answers where the catalog has {_measures.Length} measures.", nameof(answers));
        }

        ReadAnswers(answers);
        var groupIndex = GroupIndex(round, group);
        for (var kind = 0; kind < ScoreLayout.Kinds; kind++)
        {
            AddScore(groupIndex, kind);
        }

        Surveys++;
    }

    /// <summary>Draws the weights and computes every figure.</summary>
    /// <param name="progress">Told after each batch of draws; may be called from worker threads.</param>
    /// <param name="cancellationToken">Stops the draws.</param>
    /// <returns>The figures by round, group and score, and the stability of the ranks.</returns>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    /// <exception cref="InvalidOperationException">Groups × 4 × draws exceed <see cref="MaxFigures"/>.</exception>
    public SensitivityResult Analyze(IProgress<SensitivityProgress>? progress = null, CancellationToken cancellationToken = default) =>
        SensitivityRun.Analyze(this, progress, cancellationToken);

    private void ReadAnswers(IReadOnlyList<Answer> answers)
    {
        for (var i = 0; i < _measures.Length; i++)
        {
            var answer = answers[i];
            if (!_measures[i].IsValid(answer))
            {
                throw new ArgumentException($"The answer to measure {_measures[i].Code} is not valid for it.", nameof(answers));
            }

            switch (answer.Kind)
            {
                case AnswerKind.Option:
                    _states[i] = State.Answered;
                    _points[i] = _layout.Points[i][answer.OptionIndex];
                    break;
                case AnswerKind.NotApplicable:
                    _states[i] = State.NotApplicable;
                    break;
                default:
                    _states[i] = State.Missing;
                    break;
            }
        }
    }

    private void AddScore(int groupIndex, int kind)
    {
        var positions = _layout.Positions[kind];
        ulong applicable = 0, answered = 0;
        for (var j = 0; j < positions.Length; j++)
        {
            var state = _states[positions[j]];
            applicable |= state != State.NotApplicable ? 1UL << j : 0;
            answered |= state == State.Answered ? 1UL << j : 0;
        }

        var policy = Request.Options.MissingAnswerPolicy;
        if (applicable == 0 || (policy == MissingAnswerPolicy.Strict && answered != applicable))
        {
            // Not computable under any weights: no applicable measure, or (strict) an answer missing.
            return;
        }

        // Under zero, which measures were answered changes the points only, not the denominator or the status.
        var key = new PatternKey((groupIndex * ScoreLayout.Kinds) + kind, applicable, policy == MissingAnswerPolicy.Zero ? 0 : answered);
        var offset = _patterns.Add(key, positions.Length);
        var sums = _patterns.Points;
        for (var j = 0; j < positions.Length; j++)
        {
            if (_states[positions[j]] == State.Answered)
            {
                sums[offset + j] += _points[positions[j]];
            }
        }
    }

    private int GroupIndex(MonitoringRound round, GroupKey group)
    {
        var ids = _groupIds[(int)round];
        if (!ids.TryGetValue(group, out var index))
        {
            index = _groups.Count;
            ids.Add(group, index);
            _groups.Add(new GroupCell(round, group));
        }

        _groups[index].Surveys++;
        return index;
    }

    private static class State
    {
        public const byte NotApplicable = 0;
        public const byte Missing = 1;
        public const byte Answered = 2;
    }
}
