using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using ReintegrationScoring.Import;

namespace ReintegrationScoring.Cli.Scoring;

/// <summary>
/// An input's data rows one at a time, read exactly as <c>rss score</c> reads them (the same row sources, columns,
/// record splitting, answer lookups, checks and line numbers), for the commands that analyse surveys rather than
/// write one line per row. Blank lines are skipped; every other row is valid or carries its problems. Read on the
/// calling thread with <see cref="MoveNext"/> and <see cref="Current"/>, or on every core with <see cref="Select"/>.
/// </summary>
internal sealed class SurveyRows : IDisposable
{
    private readonly IRowSource _source;
    private readonly string _inputName;
    private readonly Catalog _catalog;
    private readonly int[] _fields;
    private readonly CancellationToken _cancellation;
    private RowBatch? _batch;
    private int _row;

    private SurveyRows(IRowSource source, string inputName, Catalog catalog, InputColumns columns, CancellationToken cancellation)
    {
        _source = source;
        _inputName = inputName;
        _catalog = catalog;
        Columns = columns;
        _fields = columns.Fields;
        _cancellation = cancellation;
        Current = new SurveyRow(catalog, columns);
    }

    public InputColumns Columns { get; }

    /// <summary>The row <see cref="MoveNext"/> moved to; overwritten by the next.</summary>
    public SurveyRow Current { get; }

    /// <summary>Where the optional column is among the extra ones (see <see cref="SurveyRow.Kept"/>), or -1 when the header lacks it.</summary>
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

    /// <summary>Moves <see cref="Current"/> to the next data row.</summary>
    /// <returns>False at the end of the input.</returns>
    /// <exception cref="CliException">A row is not in the encoding or opens a quote that never closes, or the input cannot be read on.</exception>
    public bool MoveNext()
    {
        _batch ??= NewBatch();
        while (true)
        {
            if (++_row >= _batch.Count)
            {
                if (!Fill(_batch))
                {
                    return false;
                }

                _row = 0;
            }

            if (Current.Read(_batch, _row))
            {
                return true;
            }
        }
    }

    /// <summary>
    /// Every data row turned into a <typeparamref name="T"/> on every core (<see cref="OrderedBatches"/>), handed back in
    /// input order. Each thread calls <paramref name="newMap"/> once for its own map, so a map may keep buffers.
    /// </summary>
    /// <typeparam name="T">What a row becomes.</typeparam>
    /// <param name="newMap">Creates one thread's map from a row (valid or not) to its result.</param>
    /// <param name="workers">Threads that map rows besides the reader and the caller.</param>
    /// <returns>One result per data row, in input order.</returns>
    /// <exception cref="CliException">A row is not in the encoding or opens a quote that never closes, or the input cannot be read on.</exception>
    public IEnumerable<T> Select<T>(Func<Func<SurveyRow, T>> newMap, int workers)
    {
        var batches = OrderedBatches.Run(
            workers,
            () => new MappedBatch<T>(NewBatch()),
            mapped => Fill(mapped.Rows),
            () =>
            {
                var row = new SurveyRow(_catalog, Columns);
                var map = newMap();
                return mapped => mapped.Map(row, map);
            },
            _cancellation);
        foreach (var mapped in batches)
        {
            foreach (var result in mapped.Results)
            {
                yield return result;
            }
        }
    }

    public void Dispose() => _source.Dispose();

    private RowBatch NewBatch() => new(_fields.Length, explain: false);

    private bool Fill(RowBatch batch)
    {
        _cancellation.ThrowIfCancellationRequested();
        try
        {
            if (!_source.Fill(batch, _fields))
            {
                return false;
            }
        }
        catch (SurveyReadException e)
        {
            throw new CliException(e.Problems, e);
        }

        BatchWriter.Refuse(batch, _inputName, Columns);
        return true;
    }

    /// <summary>A batch of rows and what its data rows became.</summary>
    private sealed class MappedBatch<T>(RowBatch rows)
    {
        public RowBatch Rows { get; } = rows;

        public List<T> Results { get; } = new(RowBatch.RowCapacity);

        public void Map(SurveyRow row, Func<SurveyRow, T> map)
        {
            Results.Clear();
            for (var i = 0; i < Rows.Count; i++)
            {
                if (row.Read(Rows, i))
                {
                    Results.Add(map(row));
                }
            }
        }
    }
}
