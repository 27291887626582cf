using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using ReintegrationScoring.Import;

namespace ReintegrationScoring.Cli.Scoring;

/// <summary>
/// An input's data rows one at a time, read exactly as <c>rss score</c> reads them (the same row sources, columns,
/// record splitting, answer lookups, checks and line numbers), for the commands that analyse surveys rather than
/// write one line per row. Blank lines are skipped; every other row is valid or carries its problems. The current
/// row's cells and answers live in reused buffers: read them before <see cref="MoveNext"/>.
/// </summary>
internal sealed class SurveyRows : IDisposable
{
    private readonly IRowSource _source;
    private readonly string _inputName;
    private readonly int[] _fields;
    private readonly RowBatch _batch;
    private readonly RowCheck _check;
    private readonly int _measures;
    private readonly CancellationToken _cancellation;
    private int _row;

    private SurveyRows(IRowSource source, string inputName, Catalog catalog, InputColumns columns, CancellationToken cancellation)
    {
        _source = source;
        _inputName = inputName;
        Columns = columns;
        _fields = columns.Fields;
        _batch = new RowBatch(_fields.Length, explain: false);
        _check = new RowCheck(catalog, columns, RowSources.Lookups(catalog, columns));
        _measures = catalog.Measures.Count;
        _cancellation = cancellation;
    }

    public InputColumns Columns { get; }

    /// <summary>The current row's line (the header's first line is 1).</summary>
    public int Line => _batch.LineNumber(_row);

    /// <summary>Whether the current row is valid: the right shape, an id, a round and only valid answers.</summary>
    public bool IsValid { get; private set; }

    /// <summary>The current row's problems as <c>rss score</c> writes them in its detail column: <c>column: reason; …</c>.</summary>
    public string Problems => _check.Detail.ToString();

    public ReadOnlySpan<char> RespondentId => _batch.Cell(_row, 0);

    public MonitoringRound Round => _check.Round;

    /// <summary>The current row's answers, one per catalog measure in catalog order.</summary>
    public Answer[] Answers => _check.Answers;

    /// <summary>Where the optional column is among the extra ones (see <see cref="Kept"/>), or -1 when the header lacks it.</summary>
    public int OptionalColumn { get; private init; } = -1;

    /// <summary>
    /// Opens <paramref name="input"/> and maps its header.
    /// </summary>
    /// <param name="input">The input.</param>
    /// <param name="inputName">Its name in messages (and, for <see cref="SurveyInputFormat.Auto"/>, its kind).</param>
    /// <param name="catalog">The measures every row answers.</param>
    /// <param name="settings">How to read it, with the extra columns to carry in <see cref="ScoreInput.Keep"/>.</param>
    /// <param name="keepOption">The option that named the extra columns, for messages (<c>--by</c>).</param>
    /// <param name="optionalColumn">A column carried after the extra ones when the header has it (<c>survey_date</c>), or null.</param>
    /// <param name="cancellation">Stops the reading between batches of rows.</param>
    /// <exception cref="CliException">The header cannot be read or lacks a required or extra column.</exception>
    public static SurveyRows Open(Stream input, string inputName, Catalog catalog, ScoreInput settings, string keepOption, string? optionalColumn = null, CancellationToken cancellation = default)
    {
        var source = RowSources.Open(input, inputName, settings, catalog);
        try
        {
            var keep = new List<string>(settings.Keep ?? Array.Empty<string>());
            var optional = -1;
            if (optionalColumn is not null && Array.Exists(source.Layout.Names, n => string.Equals(n, optionalColumn, StringComparison.OrdinalIgnoreCase)))
            {
                optional = keep.Count;
                keep.Add(optionalColumn);
            }

            var columns = InputColumns.FromLayout(source.Layout, keep, inputName, keepOption);
            return new SurveyRows(source, inputName, catalog, columns, cancellation) { OptionalColumn = optional };
        }
        catch
        {
            source.Dispose();
            throw;
        }
    }

    /// <summary>The <paramref name="index"/>th extra column's cell of the current row, trimmed and unquoted.</summary>
    public ReadOnlySpan<char> Kept(int index) => _batch.Cell(_row, 2 + _measures + index);

    /// <summary>Moves to the next data row.</summary>
    /// <returns>False at the end of the input.</returns>
    /// <exception cref="CliException">A row is not in the encoding or opens a quote that never closes, or the input cannot be read on.</exception>
    public bool MoveNext()
    {
        while (true)
        {
            if (++_row >= _batch.Count && !Fill())
            {
                return false;
            }

            if (_batch.Kind(_row) != RowKind.Blank)
            {
                IsValid = _check.Read(_batch, _row);
                return true;
            }
        }
    }

    public void Dispose() => _source.Dispose();

    private bool Fill()
    {
        _cancellation.ThrowIfCancellationRequested();
        try
        {
            if (!_source.Fill(_batch, _fields))
            {
                return false;
            }
        }
        catch (SurveyReadException e)
        {
            throw new CliException(e.Problems, e);
        }

        BatchWriter.Refuse(_batch, _inputName, Columns);
        _row = 0;
        return true;
    }
}
