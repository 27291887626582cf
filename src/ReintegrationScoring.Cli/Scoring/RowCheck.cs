using ReintegrationScoring.Cli.Output;

namespace ReintegrationScoring.Cli.Scoring;

/// <summary>
/// Reads one row of a batch as every command that reads surveys does: the field count, the respondent id, the round
/// and each measure's answer, into reused buffers, with the problems written as <c>column: reason</c> (joined by
/// <c>; </c>) and never a cell's value. <c>rss score</c> writes the problems in its detail column; the analysis
/// commands report them with the row's line. Nothing is allocated per row.
/// </summary>
internal sealed class RowCheck
{
    private readonly InputColumns _columns;
    private readonly AnswerLookup[] _lookups;
    private readonly string[] _codes;

    public RowCheck(Catalog catalog, InputColumns columns, AnswerLookup[] lookups)
    {
        _columns = columns;
        _lookups = lookups;
        _codes = new string[catalog.Measures.Count];
        for (var i = 0; i < _codes.Length; i++)
        {
            _codes[i] = catalog.Measures[i].Code;
        }

        Answers = new Answer[_codes.Length];
        Problems = new AnswerProblem[_codes.Length];
    }

    /// <summary>The last row's answers, one per catalog measure (meaningful where <see cref="Problems"/> says none).</summary>
    public Answer[] Answers { get; }

    /// <summary>Per measure, what was wrong with the last row's cell.</summary>
    public AnswerProblem[] Problems { get; }

    /// <summary>The last row's problems, <c>column: reason; …</c>; empty for a valid row. Callers may append to it.</summary>
    public TextBuffer Detail { get; } = new();

    /// <summary>Whether the last row had as many fields as the header.</summary>
    public bool FieldsMatch { get; private set; }

    /// <summary>Whether the last row's round cell was a round.</summary>
    public bool RoundValid { get; private set; }

    /// <summary>The last row's round, when <see cref="RoundValid"/>.</summary>
    public MonitoringRound Round { get; private set; }

    /// <summary>Reads the data row <paramref name="row"/> of <paramref name="batch"/>.</summary>
    /// <returns>Whether the row is valid: the right shape, an id, a round and only valid answers.</returns>
    public bool Read(RowBatch batch, int row)
    {
        Detail.Clear();
        var shape = batch.ShapeProblem(row);
        if (shape is not null)
        {
            Detail.Append(shape);
        }

        var count = batch.FieldCount(row);
        FieldsMatch = count == _columns.Count;
        if (!FieldsMatch)
        {
            AddProblem("row", $"{count} field{(count == 1 ? string.Empty : "s")} where the header has {_columns.Count}");
        }

        var id = batch.Cell(row, 0);
        if (FieldsMatch && id.IsEmpty)
        {
            AddProblem(InputColumns.RespondentIdColumn, "empty");
        }

        var roundCell = batch.Cell(row, 1);
        RoundValid = _columns.TryParseRound(roundCell, out var round);
        Round = round;
        if (FieldsMatch && !RoundValid)
        {
            AddProblem(InputColumns.RoundColumn, roundCell.IsEmpty ? "empty" : "not initial, intermediate or final");
        }

        var answersValid = FieldsMatch && ReadAnswers(batch, row);
        return answersValid && !id.IsEmpty && RoundValid && shape is null;
    }

    /// <summary>Adds <c>column: reason</c> to <see cref="Detail"/>.</summary>
    public void AddProblem(string column, string reason)
    {
        if (Detail.Length > 0)
        {
            Detail.Append("; ");
        }

        Detail.Append(column);
        Detail.Append(": ");
        Detail.Append(reason);
    }

    /// <returns>Whether every measure cell is a valid answer; problems are added to the detail.</returns>
    private bool ReadAnswers(RowBatch batch, int row)
    {
        var valid = true;
        for (var i = 0; i < Answers.Length; i++)
        {
            var length = batch.CellLength(row, 2 + i);
            if (length == 0)
            {
                Answers[i] = Answer.Absent;
                Problems[i] = AnswerProblem.None;
                continue;
            }

            var problem = _lookups[i].Read(batch.CellWindow(row, 2 + i), length, out Answers[i]);
            Problems[i] = problem;
            if (problem != AnswerProblem.None)
            {
                valid = false;
                AddProblem(_codes[i], problem == AnswerProblem.NotApplicableNotAllowed
                    ? "not_applicable is not allowed for this measure"
                    : "not an answer option of this measure");
            }
        }

        return valid;
    }
}
