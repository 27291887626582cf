using System.IO;
using System.Linq;
using ReintegrationScoring.Import;

namespace ReintegrationScoring.Cli.Scoring;

/// <summary>The rows of a table the Import package reads as text (XLSX first sheet, JSON array, JSON Lines).</summary>
internal sealed class TableRows : IRowSource
{
    private readonly TableSource _source;

    public TableRows(Stream input, string inputName, SurveyReadOptions options) => _source = TableSource.Open(input, inputName, options);

    public SurveyLayout Layout => _source.Layout;

    public bool Fill(RowBatch batch, int[] fields)
    {
        batch.Clear();
        var width = _source.Layout.Names.Length;
        while (!batch.IsFull && _source.Next() is { } row)
        {
            var shape = row.Problems is { Count: > 0 } problems ? string.Join("; ", problems.Select(p => p.ToString())) : null;
            batch.AddCells(row.Cells, (int)row.LineNumber, fields, _source.ChecksFieldCount ? row.Cells.Length : width, shape);
        }

        return batch.Count > 0;
    }

    public void Dispose() => _source.Dispose();
}
