using System;

namespace ReintegrationScoring.Cli.Scoring;

/// <summary>
/// One data row of a batch, checked as <c>rss score</c> checks it: valid (the right shape, an id, a round and only
/// valid answers) or with its problems. Reused for row after row: its answers and cells live in buffers that the next
/// row overwrites. One per thread.
/// </summary>
internal sealed class SurveyRow
{
    private readonly RowCheck _check;
    private readonly int _measures;
    private RowBatch? _batch;
    private int _row;

    public SurveyRow(Catalog catalog, InputColumns columns)
    {
        _check = new RowCheck(catalog, columns, RowSources.Lookups(catalog, columns));
        _measures = catalog.Measures.Count;
    }

    /// <summary>The row's line (the header's first line is 1).</summary>
    public int Line => Batch.LineNumber(_row);

    /// <summary>Whether the row is valid: the right shape, an id, a round and only valid answers.</summary>
    public bool IsValid { get; private set; }

    /// <summary>The row's problems as <c>rss score</c> writes them in its detail column: <c>column: reason; …</c>.</summary>
    public string Problems => _check.Detail.ToString();

    public ReadOnlySpan<char> RespondentId => Batch.Cell(_row, 0);

    public MonitoringRound Round => _check.Round;

    /// <summary>The row's answers, one per catalog measure in catalog order.</summary>
    public Answer[] Answers => _check.Answers;

    private RowBatch Batch => _batch ?? throw new InvalidOperationException("No row was read.");

    /// <summary>The <paramref name="index"/>th extra column's cell, trimmed and unquoted.</summary>
    public ReadOnlySpan<char> Kept(int index) => Batch.Cell(_row, 2 + _measures + index);

    /// <summary>Reads row <paramref name="row"/> of <paramref name="batch"/>.</summary>
    /// <returns>False for a blank line, which is not a row of data.</returns>
    public bool Read(RowBatch batch, int row)
    {
        if (batch.Kind(row) == RowKind.Blank)
        {
            return false;
        }

        _batch = batch;
        _row = row;
        IsValid = _check.Read(batch, row);
        return true;
    }
}
