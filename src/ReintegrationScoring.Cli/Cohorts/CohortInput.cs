using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using nietras.SeparatedValues;
using ReintegrationScoring.Analysis.Cohorts;
using ReintegrationScoring.Cli.Scoring;
using ReintegrationScoring.Import;

namespace ReintegrationScoring.Cli.Cohorts;

/// <summary>
/// The one place the cohort commands read their input: the header mapped once, then every data row, in input order, as
/// a scored <see cref="CohortSurvey"/> carrying the chosen attribute columns, or as an error row. Today it reads the
/// canonical UTF-8 comma-separated export with the pieces <c>rss score</c> uses (<see cref="InputColumns"/>,
/// <see cref="CsvCell"/>, <see cref="RoundCodes"/>); other delimiters, encodings and workbooks belong behind this seam.
/// </summary>
internal sealed class CohortInput : IDisposable
{
    public const string SurveyDateColumn = "survey_date";

    private readonly StreamReader _text;
    private readonly SepReader _reader;
    private readonly string _inputName;
    private readonly ScoringEngine _engine;
    private readonly InputColumns _columns;
    private readonly (string Name, int Column)[] _attributes;
    private readonly int _surveyDate;
    private readonly AnswerLookup[] _lookups;
    private char[] _window = new char[256];

    private CohortInput(StreamReader text, SepReader reader, string inputName, ScoringEngine engine, InputColumns columns, (string, int)[] attributes, int surveyDate)
    {
        _lookups = engine.Catalog.Measures.Select(m => new AnswerLookup(m)).ToArray();
        _text = text;
        _reader = reader;
        _inputName = inputName;
        _engine = engine;
        _columns = columns;
        _attributes = attributes;
        _surveyDate = surveyDate;
    }

    /// <summary>Reads the header of <paramref name="input"/>.</summary>
    /// <param name="input">The opened input.</param>
    /// <param name="inputName">Its name, for messages.</param>
    /// <param name="engine">Scores every row.</param>
    /// <param name="attributes">The attribute columns to carry, as the user wrote them (matched ignoring case).</param>
    /// <exception cref="CliException">The input is empty, a required column is missing, or an attribute column does not exist.</exception>
    public static CohortInput Open(Stream input, string inputName, ScoringEngine engine, IReadOnlyList<string> attributes)
    {
        var text = new StreamReader(input, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, 1 << 16, leaveOpen: true);
        var reader = Sep.New(',').Reader(o => o with { HasHeader = false, DisableColCountCheck = true }).From(text);
        try
        {
            if (!reader.MoveNext())
            {
                throw new CliException($"{inputName}: the file is empty; expected a header row with respondent_id, round and the measure codes");
            }

            var header = reader.Current;
            var names = new string[header.ColCount];
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = CsvCell.ToText(header[i].Span).TrimStart('\uFEFF').Trim();
            }

            var columns = InputColumns.FromHeader(names, engine.Catalog, $"{inputName}: line 1");
            var unknown = attributes.Where(a => !names.Contains(a.Trim(), StringComparer.OrdinalIgnoreCase)).ToList();
            if (unknown.Count > 0)
            {
                throw new CliException($"{inputName}: line 1: no column named {string.Join(", ", unknown)} (--by); the header has {string.Join(", ", names.Where(n => !engine.Catalog.Measures.Any(m => string.Equals(m.Code, n, StringComparison.OrdinalIgnoreCase))))} besides the measure codes");
            }

            var mapped = attributes.Select(a => (a.Trim(), Array.FindIndex(names, n => string.Equals(n, a.Trim(), StringComparison.OrdinalIgnoreCase)))).ToArray();
            var surveyDate = Array.FindIndex(names, n => string.Equals(n, SurveyDateColumn, StringComparison.OrdinalIgnoreCase));
            return new CohortInput(text, reader, inputName, engine, columns, mapped, surveyDate);
        }
        catch
        {
            reader.Dispose();
            text.Dispose();
            throw;
        }
    }

    /// <summary>The data rows, in input order; blank lines are skipped.</summary>
    /// <param name="cancellation">Stops the reading between rows.</param>
    /// <returns>One entry per non-blank data row.</returns>
    public IEnumerable<CohortRow> Rows(CancellationToken cancellation = default)
    {
        while (_reader.MoveNext())
        {
            cancellation.ThrowIfCancellationRequested();
            var row = _reader.Current;
            // Counted from the end of the row, as rss score does: Sep's LineNumberFrom can be off for the last row of its buffer.
            var line = row.LineNumberToExcl - 1 - LineBreaks.Count(row.Span);
            if (row.Span.IsEmpty)
            {
                continue;
            }

            if (row.ColCount != _columns.Count)
            {
                yield return CohortRow.Error(line, $"#{Math.Min(row.ColCount, _columns.Count) + 1}", $"the row has {row.ColCount} fields; the header has {_columns.Count}");
                continue;
            }

            yield return Read(line, row);
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        _text.Dispose();
    }

    private CohortRow Read(long line, SepReader.Row row)
    {
        var id = CsvCell.ToText(row[_columns.RespondentId].Span);
        if (id.Length == 0)
        {
            return CohortRow.Error(line, InputColumns.RespondentIdColumn, "the respondent id is empty");
        }

        if (!RoundCodes.TryParse(CsvCell.ToText(row[_columns.Round].Span), out var round))
        {
            return CohortRow.Error(line, InputColumns.RoundColumn, "the round is not one of initial, intermediate, final");
        }

        DateTime? date = null;
        var dateText = _surveyDate >= 0 ? CsvCell.ToText(row[_surveyDate].Span) : string.Empty;
        if (dateText.Length > 0)
        {
            if (!DateTime.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return CohortRow.Error(line, SurveyDateColumn, "the survey date is not a date written yyyy-mm-dd");
            }

            date = parsed;
        }

        var measures = _engine.Catalog.Measures;
        var answers = new Answer[measures.Count];
        for (var m = 0; m < answers.Length; m++)
        {
            var length = Window(row[_columns.Measures[m]].Span);
            if (length > 0)
            {
                var problem = _lookups[m].Read(_window, length, out answers[m]);
                if (problem != AnswerProblem.None)
                {
                    return CohortRow.Error(line, measures[m].Code, $"the answer is not valid for the measure ({problem})");
                }
            }
        }

        var response = SurveyResponse.FromAnswers(_engine.Catalog, new RespondentId(id), round, answers, date);
        var attributes = new Dictionary<string, string>(_attributes.Length, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, column) in _attributes)
        {
            attributes[name] = CsvCell.ToText(row[column].Span);
        }

        return CohortRow.Scored(line, new CohortSurvey(_engine.Score(response), attributes));
    }

    // Puts the cleaned cell at the start of the window, followed by at least AnswerLookup.Window characters; its length.
    private int Window(ReadOnlySpan<char> raw)
    {
        var trimmed = raw.Trim();
        if (_window.Length < trimmed.Length + AnswerLookup.Window)
        {
            _window = new char[trimmed.Length + AnswerLookup.Window];
        }

        if (CsvCell.IsQuoted(trimmed))
        {
            return CsvCell.Unquote(trimmed, _window);
        }

        trimmed.CopyTo(_window);
        return trimmed.Length;
    }
}
