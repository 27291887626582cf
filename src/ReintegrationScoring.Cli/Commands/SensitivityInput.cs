using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using nietras.SeparatedValues;
using ReintegrationScoring.Analysis.Cohorts;
using ReintegrationScoring.Cli.Scoring;
using ReintegrationScoring.Import;

namespace ReintegrationScoring.Cli.Commands;

/// <summary>
/// Reads a survey CSV (canonical UTF-8, comma-separated, header naming respondent_id, round, every measure code and the
/// --by columns) into scored cohort surveys, streaming, for <c>rss sensitivity</c>. A row that cannot be scored (wrong
/// field count, empty id, unknown round, an invalid answer) is counted as an error row, with its line and the column and
/// reason, never its content. Meant to be replaced by the shared cohort reader.
/// </summary>
internal sealed class SensitivityInput
{
    /// <summary>How many error rows are described one by one; the rest are counted.</summary>
    public const int DescribedErrors = 10;

    private const char Utf8Replacement = '\uFFFD';
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private readonly ScoringEngine _engine;
    private readonly IReadOnlyList<string> _attributes;
    private readonly AnswerLookup[] _lookups;
    private readonly List<string> _errors = new();

    public SensitivityInput(ScoringEngine engine, IReadOnlyList<string> attributes)
    {
        _engine = engine;
        _attributes = attributes;
        _lookups = engine.Catalog.Measures.Select(m => new AnswerLookup(m)).ToArray();
    }

    /// <summary>Data rows read (blank lines aside).</summary>
    public long Rows { get; private set; }

    /// <summary>Rows that could not be scored.</summary>
    public long ErrorRows { get; private set; }

    /// <summary>The first <see cref="DescribedErrors"/> error rows: <c>line N: column: reason</c>.</summary>
    public IReadOnlyList<string> Errors => _errors;

    /// <summary>The valid rows of <paramref name="input"/> as scored surveys carrying the --by attributes.</summary>
    /// <exception cref="CliException">The header lacks a required column or a --by column, or is not UTF-8.</exception>
    public IEnumerable<CohortSurvey> Read(Stream input, string inputName, CancellationToken cancellation)
    {
        foreach (var row in ReadRows(input, inputName, cancellation))
        {
            var attributes = new Dictionary<string, string>(_attributes.Count, StringComparer.OrdinalIgnoreCase);
            for (var a = 0; a < _attributes.Count; a++)
            {
                attributes[_attributes[a]] = row.Attributes[a];
            }

            var response = SurveyResponse.FromAnswers(_engine.Catalog, new RespondentId(row.RespondentId), row.Round, row.Answers);
            yield return new CohortSurvey(_engine.Score(response), attributes);
        }
    }

    /// <summary>
    /// The valid rows of <paramref name="input"/>, read into one reused <see cref="InputRow"/>: for callers that feed an
    /// accumulator directly, without building a scored survey per row (the tool's fast path).
    /// </summary>
    /// <exception cref="CliException">The header lacks a required column or a --by column, or is not UTF-8.</exception>
    public IEnumerable<InputRow> ReadRows(Stream input, string inputName, CancellationToken cancellation)
    {
        using var text = new StreamReader(input, Utf8, detectEncodingFromByteOrderMarks: true, 1 << 16, leaveOpen: true);
        using var reader = Sep.New(',').Reader(o => o with { HasHeader = false, DisableColCountCheck = true }).From(text);
        if (!reader.MoveNext())
        {
            throw new CliException($"{inputName}: the file is empty; expected a header row with respondent_id, round and the measure codes");
        }

        var header = Enumerable.Range(0, reader.Current.ColCount).Select(i => CsvCell.ToText(reader.Current[i].Span)).ToArray();
        if (header.Any(h => h.Contains(Utf8Replacement, StringComparison.Ordinal)))
        {
            throw new CliException($"{inputName}: line 1: {BatchWriter.NotUtf8Reason}");
        }

        var columns = InputColumns.FromHeader(header, _engine.Catalog, $"{inputName}: line 1");
        var attributeColumns = AttributeColumns(header, inputName);
        var answers = new Answer[_lookups.Length];
        var current = new InputRow(answers, new string[attributeColumns.Length]);
        var window = new char[64];
        while (reader.MoveNext())
        {
            var row = reader.Current;
            if (row.Span.IsEmpty)
            {
                continue;
            }

            if ((++Rows & 0x3FFF) == 0)
            {
                cancellation.ThrowIfCancellationRequested();
            }

            var line = row.LineNumberToExcl - 1 - LineBreaks.Count(row.Span);
            var problem = ReadRow(row, columns, answers, ref window, out var id, out var round);
            if (problem is not null)
            {
                Error(line, problem);
                continue;
            }

            for (var a = 0; a < attributeColumns.Length; a++)
            {
                current.Attributes[a] = CsvCell.ToText(row[attributeColumns[a]].Span);
            }

            current.RespondentId = id!;
            current.Round = round;
            yield return current;
        }
    }

    private int[] AttributeColumns(string[] header, string inputName)
    {
        var indices = _attributes.Select(a => Array.FindIndex(header, h => string.Equals(h, a, StringComparison.OrdinalIgnoreCase))).ToArray();
        var missing = _attributes.Where((_, i) => indices[i] < 0).ToList();
        if (missing.Count > 0)
        {
            throw new CliException($"{inputName}: line 1: no column named {string.Join(", ", missing)} (--by)");
        }

        return indices;
    }

    /// <returns>Null when the row is valid, else <c>column: reason</c>.</returns>
    private string? ReadRow(SepReader.Row row, InputColumns columns, Answer[] answers, ref char[] window, out string? id, out MonitoringRound round)
    {
        id = null;
        round = default;
        if (row.Span.Contains(Utf8Replacement))
        {
            return $"row: {BatchWriter.NotUtf8Reason}";
        }

        if (row.ColCount != columns.Count)
        {
            return $"row: {row.ColCount} field{(row.ColCount == 1 ? string.Empty : "s")} where the header has {columns.Count}";
        }

        id = CsvCell.ToText(row[columns.RespondentId].Span);
        if (id.Length == 0)
        {
            return $"{InputColumns.RespondentIdColumn}: empty";
        }

        var roundCell = CsvCell.ToText(row[columns.Round].Span);
        if (!RoundCodes.TryParse(roundCell, out round))
        {
            return $"{InputColumns.RoundColumn}: {(roundCell.Length == 0 ? "empty" : "not initial, intermediate or final")}";
        }

        for (var i = 0; i < answers.Length; i++)
        {
            var cell = row[columns.Measures[i]].Span.Trim();
            if (CsvCell.IsQuoted(cell))
            {
                cell = CsvCell.ToText(cell);
            }

            if (cell.IsEmpty)
            {
                answers[i] = Answer.Absent;
                continue;
            }

            if (window.Length < cell.Length + AnswerLookup.Window)
            {
                window = new char[cell.Length + AnswerLookup.Window];
            }

            cell.CopyTo(window);
            Array.Clear(window, cell.Length, window.Length - cell.Length);
            var problem = _lookups[i].Read(window, cell.Length, out answers[i]);
            if (problem != AnswerProblem.None)
            {
                return $"{_engine.Catalog.Measures[i].Code}: {(problem == AnswerProblem.NotApplicableNotAllowed ? "not_applicable is not allowed for this measure" : "not an answer option of this measure")}";
            }
        }

        return null;
    }

    private void Error(long line, string reason)
    {
        ErrorRows++;
        if (_errors.Count < DescribedErrors)
        {
            _errors.Add($"line {line}: {reason}");
        }
    }

    /// <summary>One valid row: overwritten by the next, so read it before moving on.</summary>
    internal sealed class InputRow
    {
        public InputRow(Answer[] answers, string[] attributes)
        {
            Answers = answers;
            Attributes = attributes;
        }

        public string RespondentId { get; set; } = string.Empty;

        public MonitoringRound Round { get; set; }

        /// <summary>One answer per catalog measure, in catalog order.</summary>
        public Answer[] Answers { get; }

        /// <summary>The --by values, trimmed and unquoted, in --by order.</summary>
        public string[] Attributes { get; }
    }
}
