using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ReintegrationScoring.Analysis.Cohorts;
using ReintegrationScoring.Analysis.Progress;
using ReintegrationScoring.Analysis.Quality;
using ReintegrationScoring.Analysis.Sensitivity;
using ReintegrationScoring.Analysis.Summary;

namespace ReintegrationScoring.Report;

/// <summary>
/// Builds a <see cref="CohortReport"/> in one pass over a cohort: every survey goes to the analysis builders (summary
/// of the whole cohort and by each attribute, progress between each pair of rounds, retention, answer quality, weight
/// sensitivity by the first attribute), and <see cref="Build"/> maps their results onto the page's model. Every figure comes from the analysis
/// package; this class only counts rows and the weakest dimension of each survey, and copies. The summaries, and the
/// answer quality with the sensitivity patterns, are fed on two worker threads, a batch at a time, while the caller's
/// thread feeds the rest; <see cref="Build"/> builds the summaries and progress while the weights are drawn. The caller
/// must still not share the builder between threads (not thread-safe).
/// </summary>
public sealed class CohortReportBuilder
{
    private static readonly (MonitoringRound From, MonitoringRound To)[] RoundPairs =
    {
        (MonitoringRound.Initial, MonitoringRound.Intermediate),
        (MonitoringRound.Intermediate, MonitoringRound.Final),
        (MonitoringRound.Initial, MonitoringRound.Final),
    };

    // Surveys go in batches to two workers, one for the summaries, one for the answer quality and the sensitivity
    // patterns, while the caller's thread keeps the respondent index and the counts.
    private const int BatchSize = 4096;

    private readonly ScoringEngine _engine;
    private readonly CohortReportSettings _settings;
    private readonly SummaryBuilder _cohort;
    private readonly SummaryBuilder[] _groups;
    private readonly RoundPairsProgress _progress;
    private readonly AnswerQualityBuilder _quality = new();
    private readonly SensitivityAccumulator? _sensitivity;
    private readonly long[,] _weakest = new long[3, 3];
    private long _complete;
    private long _incomplete;
    private long _errors;
    private Entry[] _batch = new Entry[BatchSize];
    private Entry[] _spare = new Entry[BatchSize];
    private int _batched;
    private Task _workers = Task.CompletedTask;
    private readonly CohortProvenance _scoring;

    // Each worker's own: the summaries' and the tally's single-attribute keys.
    private readonly Dictionary<GroupKey, GroupKey[]> _summaryKeys = new();
    private readonly Dictionary<GroupKey, GroupKey[]> _tallyKeys = new();

    /// <summary>Creates a builder for surveys scored by <paramref name="engine"/>.</summary>
    /// <param name="engine">The engine that scored the surveys: its catalog names the measures and dimensions; its weight set and options are shown.</param>
    /// <param name="settings">The input's name, the time, the attributes and the threshold.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An attribute name is blank or given twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is not in [0, 1].</exception>
    public CohortReportBuilder(ScoringEngine engine, CohortReportSettings settings)
    {
        _engine = engine ?? throw new ArgumentNullException(nameof(engine));
        _settings = settings ?? throw new ArgumentNullException(nameof(settings));
        _scoring = CohortProvenance.Of(engine);
        _cohort = new SummaryBuilder(Array.Empty<string>(), settings.Threshold);
        _groups = settings.Attributes.Select(a => new SummaryBuilder(new[] { a })).ToArray();
        _progress = new RoundPairsProgress(RoundPairs, Array.Empty<string>());
        if (settings.Sensitivity is { } sensitivity && settings.Attributes.Count > 0)
        {
            _sensitivity = new SensitivityAccumulator(new SensitivityRequest(engine.WeightSet, engine.Options, new[] { settings.Attributes[0] }, null, sensitivity));
        }
    }

    /// <summary>Adds a survey read without error.</summary>
    /// <param name="survey">The survey, scored by the builder's engine.</param>
    /// <exception cref="ArgumentNullException"><paramref name="survey"/> is null.</exception>
    /// <exception cref="ArgumentException">The survey was scored with another catalog, weight set or options.</exception>
    public void Add(CohortSurvey survey)
    {
        ArgumentNullException.ThrowIfNull(survey);
        if (!_scoring.Produced(survey.Result))
        {
            throw new ArgumentException("The survey was scored with another catalog, weight set or options than the report's.", nameof(survey));
        }

        Add(survey.RespondentId, survey.Round, GroupKey.Of(survey, _settings.Attributes), survey.Result.Scores, survey.Result.Response.Answers);
    }

    /// <summary>
    /// Adds a survey read without error, given by its parts, for readers that stream rows without building
    /// <see cref="CohortSurvey"/> objects; the page is the one <see cref="Add(CohortSurvey)"/> gives for the same surveys.
    /// </summary>
    /// <param name="respondentId">The respondent.</param>
    /// <param name="round">The survey's round.</param>
    /// <param name="group">The survey's values of the settings' attributes, in their order.</param>
    /// <param name="scores">The survey's scores, computed by the builder's engine.</param>
    /// <param name="answers">One answer per catalog measure, in catalog order; kept until <see cref="Build"/>, so not to be changed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="group"/> or <paramref name="answers"/> is null.</exception>
    /// <exception cref="ArgumentException">The respondent id is <c>default</c>, the group has not one value per attribute, or not one answer per measure.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="round"/> is not a monitoring round.</exception>
    public void Add(RespondentId respondentId, MonitoringRound round, GroupKey group, in ScoreSet scores, IReadOnlyList<Answer> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (answers.Count != _engine.Catalog.Measures.Count)
        {
            throw new ArgumentException($"{answers.Count} answers where the catalog has {_engine.Catalog.Measures.Count} measures.", nameof(answers));
        }

        ArgumentNullException.ThrowIfNull(group);
        if (group.Values.Count != _settings.Attributes.Count)
        {
            throw new ArgumentException("The group must have one value per attribute of the settings.", nameof(group));
        }

        // The respondent index checks the id and round first, so a bad survey reaches no builder.
        _progress.Add(_engine, respondentId, round, GroupKey.All, scores);

        _batch[_batched++] = new Entry(round, group, scores, answers);
        if (_batched == BatchSize)
        {
            HandOver();
        }

        if (scores.IsComplete)
        {
            _complete++;
        }
        else
        {
            _incomplete++;
        }

        if (scores.WeakestDimension is { } weakest)
        {
            _weakest[(int)round, (int)weakest]++;
        }
    }

    /// <summary>Counts a row that could not be read or scored: it is left out of every figure, and the page says how many.</summary>
    public void AddErrorRow() => _errors++;

    /// <summary>The report of the surveys added so far; runs the weight-sensitivity analysis when the settings ask for it.</summary>
    /// <param name="progress">Receives the draws done, for a long sensitivity analysis; may be null.</param>
    /// <param name="cancellationToken">Stops the sensitivity analysis.</param>
    /// <returns>The page's model.</returns>
    /// <exception cref="OperationCanceledException">The analysis was cancelled.</exception>
    public CohortReport Build(IProgress<SensitivityProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        Drain();

        // The builders are independent: the summaries and progress are built while the weights are drawn.
        var cohortSummary = Task.Run(_cohort.Build, cancellationToken);
        var groupSummaryTasks = _groups.Select(g => Task.Run(g.Build, cancellationToken)).ToArray();
        var pairs = Task.Run(() => (Reports: _progress.Build(), Retention: _progress.Retention()), cancellationToken);
        var robustness = _sensitivity is null ? null : Robustness(_sensitivity.Analyze(progress, cancellationToken));
        var catalog = _engine.Catalog;
        var cohort = cohortSummary.GetAwaiter().GetResult();
        var groupSummaries = groupSummaryTasks.Select(t => t.GetAwaiter().GetResult()).ToArray();
        var (progressReports, retentionReport) = pairs.GetAwaiter().GetResult();
        var provenance = new ReportProvenance(
            _settings.Title,
            _settings.InputFileName,
            _settings.GeneratedAt,
            _complete,
            _incomplete,
            _errors,
            catalog.Id,
            catalog.Version,
            catalog.Dimensions,
            _engine.WeightSet.Id,
            _engine.WeightSet.Version,
            string.Equals(_engine.WeightSet.Id, BuiltInWeightSets.EqualByIndicatorId, StringComparison.OrdinalIgnoreCase),
            _engine.Options.MissingAnswerPolicy,
            _settings.Threshold);

        var distributions = cohort.Rows
            .Select(r => new ScoreDistribution(
                r.Round,
                r.Score,
                r.Statistics.Count,
                r.Statistics.Minimum,
                r.Statistics.FirstQuartile,
                r.Statistics.Median,
                r.Statistics.ThirdQuartile,
                r.Statistics.Maximum,
                r.Statistics.Mean))
            .ToList();

        var groups = _settings.Attributes
            .Select((attribute, i) => new GroupComparison(
                attribute,
                groupSummaries[i].Rows
                    .Select(r => new GroupMean(r.Group.Values[0], r.Round, r.Score, r.Statistics.Count, r.Statistics.Mean, r.Statistics.ConfidenceLow, r.Statistics.ConfidenceHigh))
                    .ToList()))
            .ToList();

        var changes = progressReports
            .Where(p => p.Pairs > 0)
            .SelectMany(p => p.Rows.Select(r => new ProgressFigure(
                p.From,
                p.To,
                r.Score,
                r.Pairs,
                r.MeanChange,
                r.ConfidenceLow,
                r.ConfidenceHigh,
                r.ShareImproved,
                r.ShareDeclined,
                r.ShareUnchanged)))
            .ToList();

        var retention = MonitoringRounds.All
            .Select(round => round == retentionReport.BaseRound
                ? new RetentionStep(round, retentionReport.BaseRespondents)
                : new RetentionStep(round, retentionReport.Rows.FirstOrDefault(r => r.Round == round)?.FromBase ?? 0))
            .ToList();

        var weakest = MonitoringRounds.All
            .Where(round => cohort.Rows.Any(r => r.Round == round))
            .SelectMany(round => Dimensions.All.Select(d => new WeakestDimensionCount(round, d, _weakest[(int)round, (int)d])))
            .ToList();

        var below = _settings.Threshold is null
            ? new List<BelowThresholdShare>()
            : cohort.Rows
                .Where(r => r.Round == MonitoringRound.Initial)
                .Select(r => new BelowThresholdShare(r.Score, r.Statistics.Count, r.Statistics.ShareBelow))
                .ToList();

        var initialToFinal = progressReports[2];
        var exclusions = new List<Exclusion>
        {
            new(ExclusionReason.ErrorRow, _errors),
            new(ExclusionReason.ScoreNotComputed, _incomplete),
            new(ExclusionReason.DuplicateInRound, initialToFinal.SurveyedMoreThanOnce),
            new(ExclusionReason.NotSeenInBothRounds, initialToFinal.NotSurveyedAtFrom + initialToFinal.NotSurveyedAtTo),
        };

        return new CohortReport(provenance, Quality(catalog, exclusions), distributions, groups, changes, retention, weakest, below, robustness);
    }

    /// <summary>The ranks of the composite score: the page shows one chart per round.</summary>
    private static Robustness Robustness(SensitivityResult result) => new(
        result.Request.GroupBy[0],
        result.Request.Settings.Draws,
        result.Request.Settings.Noise,
        result.Request.Settings.Seed,
        result.Rows
            .Where(r => r.Score == ScoreKind.Composite)
            .Select(r => new GroupRank(r.Group.Values[0], r.Round, r.Score, r.Rank, r.RankP05, r.RankMedian, r.RankP95, r.TopShare))
            .ToList());

    private DataQuality Quality(Catalog catalog, List<Exclusion> exclusions)
    {
        var report = _quality.Build();
        var measures = report.Measures
            .Select(m => new MeasureQuality(
                m.MeasureCode,
                catalog.Measures.First(c => string.Equals(c.Code, m.MeasureCode, StringComparison.OrdinalIgnoreCase)).Label,
                m.Dimension,
                m.Surveys,
                m.Share(m.Absent) ?? 0,
                m.Share(m.DontKnow) ?? 0,
                m.Share(m.Refused) ?? 0,
                m.Share(m.NotApplicable) ?? 0))
            .ToList();
        return new DataQuality(measures, exclusions);
    }

    /// <summary>Waits for the workers, then hands them the full batch.</summary>
    private void HandOver()
    {
        _workers.GetAwaiter().GetResult();
        var batch = _batch;
        var count = _batched;
        (_batch, _spare) = (_spare, _batch);
        _batched = 0;
        _workers = Task.WhenAll(Task.Run(() => Summarize(batch, count)), Task.Run(() => Tally(batch, count)));
    }

    /// <summary>Waits for the workers and adds what is left of the batch, so every survey is in every builder.</summary>
    private void Drain()
    {
        _workers.GetAwaiter().GetResult();
        Summarize(_batch, _batched);
        Tally(_batch, _batched);
        Array.Clear(_batch, 0, _batched);
        _batched = 0;
    }

    private void Summarize(Entry[] batch, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var entry = batch[i];
            _cohort.Add(_engine, entry.Round, GroupKey.All, entry.Scores);
            var keys = SingleKeys(_summaryKeys, entry.Group);
            for (var g = 0; g < _groups.Length; g++)
            {
                _groups[g].Add(_engine, entry.Round, keys[g], entry.Scores);
            }
        }
    }

    private void Tally(Entry[] batch, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var entry = batch[i];
            _quality.Add(_engine, entry.Answers);
            if (_sensitivity is not null)
            {
                _sensitivity.Add(entry.Round, SingleKeys(_tallyKeys, entry.Group)[0], entry.Answers);
            }
        }
    }

    /// <summary>The key of each attribute alone (what a builder grouping by that attribute sees), made once per group.</summary>
    private static GroupKey[] SingleKeys(Dictionary<GroupKey, GroupKey[]> known, GroupKey group)
    {
        if (!known.TryGetValue(group, out var keys))
        {
            keys = group.Values.Select(v => GroupKey.FromValues(new[] { v })).ToArray();
            known.Add(group, keys);
        }

        return keys;
    }

    /// <summary>A survey waiting in a batch for the workers.</summary>
    private readonly record struct Entry(MonitoringRound Round, GroupKey Group, ScoreSet Scores, IReadOnlyList<Answer> Answers);
}
