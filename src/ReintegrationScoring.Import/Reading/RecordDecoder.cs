using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring.Import;

/// <summary>Turns a table's rows into <see cref="SurveyRecord"/>s by its layout; the same rules as <c>rss score</c>.</summary>
internal sealed class RecordDecoder
{
    private static readonly IReadOnlyList<SurveyRecordProblem> NoProblems = Array.Empty<SurveyRecordProblem>();

    private readonly Catalog _catalog;
    private readonly SurveyLayout _layout;
    private readonly bool _checksFieldCount;
    private readonly (string Name, int Column)[] _attributes;

    public RecordDecoder(TableSource source, SurveyReadOptions options, string name)
    {
        _catalog = options.Catalog;
        _layout = source.Layout;
        _checksFieldCount = source.ChecksFieldCount;
        _attributes = AttributeColumns(_layout, options.AttributeColumns, name);
    }

    /// <summary>The columns kept as attributes: those asked for (under the names given), or every other column.</summary>
    /// <exception cref="SurveyReadException">An asked-for column is not in the header.</exception>
    public static (string Name, int Column)[] AttributeColumns(SurveyLayout layout, IReadOnlyList<string>? wanted, string name)
    {
        if (wanted is null)
        {
            return layout.Others.Select(c => (layout.Names[c], c)).Where(p => p.Item1.Length > 0)
                .GroupBy(p => p.Item1, StringComparer.OrdinalIgnoreCase).Select(g => g.First()).ToArray();
        }

        var unknown = wanted.Where(w => !layout.Names.Contains(w.Trim(), StringComparer.OrdinalIgnoreCase)).ToList();
        if (unknown.Count > 0)
        {
            throw new SurveyReadException(unknown.Select(u => $"{name}: no column named {MessageText.Quote(u.Trim())} in the header").ToList());
        }

        return wanted.Select(w => (w.Trim(), Array.FindIndex(layout.Names, n => n.Equals(w.Trim(), StringComparison.OrdinalIgnoreCase)))).ToArray();
    }

    public SurveyRecord Decode(TableRow row)
    {
        var cells = row.Cells;
        var problems = new List<SurveyRecordProblem>();
        if (row.Problems is { } shape)
        {
            problems.AddRange(shape);
        }

        var fieldsMatch = !_checksFieldCount || cells.Length == _layout.Names.Length;
        if (!fieldsMatch)
        {
            problems.Add(new SurveyRecordProblem("row", $"{cells.Length} field{(cells.Length == 1 ? string.Empty : "s")} where the header has {_layout.Names.Length}"));
        }

        var id = Cell(cells, _layout.RespondentId);
        if (fieldsMatch && id.Length == 0)
        {
            problems.Add(new SurveyRecordProblem(FormNames.RespondentId, "empty"));
        }

        var roundCell = Cell(cells, _layout.Round);
        MonitoringRound? round = TryRound(roundCell, out var parsed) ? parsed : null;
        if (fieldsMatch && round is null)
        {
            problems.Add(new SurveyRecordProblem(FormNames.Round, roundCell.Length == 0 ? "empty" : "not initial, intermediate or final"));
        }

        var answers = new Answer[_catalog.Measures.Count];
        if (fieldsMatch)
        {
            for (var i = 0; i < answers.Length; i++)
            {
                var problem = ReadAnswer(i, Cell(cells, _layout.Measures[i]), out answers[i]);
                if (problem != AnswerProblem.None)
                {
                    problems.Add(new SurveyRecordProblem(_catalog.Measures[i].Code, problem == AnswerProblem.NotApplicableNotAllowed
                        ? "not_applicable is not allowed for this measure"
                        : "not an answer option of this measure"));
                }
            }
        }

        var date = ParseDate(Cell(cells, _layout.SurveyDate));
        var attributes = new Dictionary<string, string>(_attributes.Length, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, column) in _attributes)
        {
            attributes[name] = Cell(cells, column);
        }

        var response = problems.Count == 0 ? SurveyResponse.FromAnswers(_catalog, new RespondentId(id), round!.Value, answers, date) : null;
        return new SurveyRecord(row.LineNumber, id, round, date, response, problems.Count == 0 ? NoProblems : problems, attributes);
    }

    /// <summary>Reads a trimmed answer cell: empty is absent; a mapped value or label stands for its key.</summary>
    public AnswerProblem ReadAnswer(int measure, string cell, out Answer answer)
    {
        if (cell.Length == 0)
        {
            answer = Answer.Absent;
            return AnswerProblem.None;
        }

        var text = _layout.AnswerAliases[measure].TryGetValue(cell, out var key) ? key : cell;
        _ = _catalog.Measures[measure].TryParseAnswer(text, out answer, out var problem);
        return problem;
    }

    private static string Cell(string[] cells, int column) => column >= 0 && column < cells.Length ? (cells[column] ?? string.Empty).Trim() : string.Empty;

    /// <summary>A date as <c>yyyy-MM-dd</c> (a time after it ignored, as exports add) or an Excel serial date; otherwise none.</summary>
    private static DateTime? ParseDate(string cell)
    {
        if (cell.Length >= 10 && DateTime.TryParseExact(cell[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        return double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial >= 1 && serial < 2958466
            ? DateTime.FromOADate(Math.Floor(serial))
            : null;
    }

    private bool TryRound(string cell, out MonitoringRound round)
    {
        foreach (var candidate in MonitoringRounds.All)
        {
            if (cell.Equals(candidate.ToCode(), StringComparison.OrdinalIgnoreCase))
            {
                round = candidate;
                return true;
            }
        }

        return _layout.RoundAliases.TryGetValue(cell, out round);
    }
}
