using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using ReintegrationScoring.Analysis.Cohorts;
using ReintegrationScoring.Cli.Scoring;

namespace ReintegrationScoring.Cli.Commands;

/// <summary>
/// <c>rss sensitivity</c>'s view of its input: the valid rows' round, group and answers, read by
/// <see cref="SurveyRows"/> as <c>rss score</c> reads them (any input kind, the same reading options, errors and line
/// numbers). Error rows are counted, the first few described by line and problems, never by content.
/// </summary>
internal sealed class SensitivityInput
{
    /// <summary>How many error rows are described one by one; the rest are counted.</summary>
    public const int DescribedErrors = 10;

    private readonly ScoringEngine _engine;
    private readonly IReadOnlyList<string> _attributes;
    private readonly ScoreInput _settings;
    private readonly List<string> _errors = new();

    public SensitivityInput(ScoringEngine engine, IReadOnlyList<string> attributes, ScoreInput? settings = null)
    {
        _engine = engine;
        _attributes = attributes;
        _settings = (settings ?? ScoreInput.Default) with { Keep = attributes };
    }

    /// <summary>Data rows read (blank lines aside).</summary>
    public long Rows { get; private set; }

    /// <summary>Rows that could not be scored.</summary>
    public long ErrorRows { get; private set; }

    /// <summary>The first <see cref="DescribedErrors"/> error rows: <c>line N: column: reason</c>.</summary>
    public IReadOnlyList<string> Errors => _errors;

    /// <summary>The valid rows of <paramref name="input"/> as scored surveys carrying the --by attributes (the slow path, for tests).</summary>
    /// <exception cref="CliException">The input cannot be read, or its header lacks a required or a --by column.</exception>
    public IEnumerable<CohortSurvey> Read(Stream input, string inputName, CancellationToken cancellation)
    {
        foreach (var row in ReadRows(input, inputName, cancellation))
        {
            var attributes = new Dictionary<string, string>(_attributes.Count, StringComparer.OrdinalIgnoreCase);
            for (var a = 0; a < _attributes.Count; a++)
            {
                attributes[_attributes[a].Trim()] = row.Group.Values[a];
            }

            var response = SurveyResponse.FromAnswers(_engine.Catalog, new RespondentId(row.RespondentId), row.Round, row.Answers);
            yield return new CohortSurvey(_engine.Score(response), attributes);
        }
    }

    /// <summary>
    /// The valid rows of <paramref name="input"/>, read into one reused <see cref="InputRow"/>: for callers that feed an
    /// accumulator directly, without building a scored survey per row (the tool's fast path: a row of a group already
    /// seen allocates nothing).
    /// </summary>
    /// <exception cref="CliException">The input cannot be read, or its header lacks a required or a --by column.</exception>
    public IEnumerable<InputRow> ReadRows(Stream input, string inputName, CancellationToken cancellation)
    {
        using var rows = SurveyRows.Open(input, inputName, _engine.Catalog, _settings, "--by", cancellation: cancellation);
        var groups = new KeptCombinations<GroupKey>(_attributes.Count, GroupKey.FromValues);
        var current = new InputRow(rows.Current);
        while (rows.MoveNext())
        {
            Rows++;
            if (!rows.Current.IsValid)
            {
                ErrorRows++;
                if (_errors.Count < DescribedErrors)
                {
                    _errors.Add($"line {rows.Current.Line}: {rows.Current.Problems}");
                }

                continue;
            }

            current.Group = groups.Of(rows.Current);
            yield return current;
        }
    }

    /// <summary>One valid row: overwritten by the next, so read it before moving on.</summary>
    internal sealed class InputRow
    {
        private readonly SurveyRow _rows;

        public InputRow(SurveyRow rows) => _rows = rows;

        /// <summary>The respondent id (allocated on each call: for the slow path only).</summary>
        public string RespondentId => _rows.RespondentId.ToString();

        public MonitoringRound Round => _rows.Round;

        /// <summary>One answer per catalog measure, in catalog order.</summary>
        public Answer[] Answers => _rows.Answers;

        /// <summary>The row's group: its --by values, in --by order.</summary>
        public GroupKey Group { get; set; } = GroupKey.All;

        /// <summary>The --by values, trimmed and unquoted, in --by order.</summary>
        public IReadOnlyList<string> Attributes => Group.Values;
    }
}
