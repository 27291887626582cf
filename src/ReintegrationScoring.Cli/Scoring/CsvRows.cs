using System;
using System.IO;
using nietras.SeparatedValues;
using ReintegrationScoring.Import;

namespace ReintegrationScoring.Cli.Scoring;

/// <summary>
/// A CSV's rows parsed in place by Sep (the fast path): the Import package decodes the text and maps the header,
/// finding the delimiter; rows are copied into batches without allocating. A cell the tool does not read may hold
/// text that is not in the encoding; a cell it reads may not.
/// </summary>
internal sealed class CsvRows : IRowSource
{
    private readonly CsvOpening _opening;
    private readonly SepReader _reader;
    private bool _first = true;

    public CsvRows(Stream input, string inputName, SurveyReadOptions options)
    {
        _opening = CsvOpening.Open(input, inputName, options, Vocabulary.Of(options.Catalog));
        _reader = Sep.New(_opening.Delimiter).Reader(o => o with { HasHeader = false, DisableColCountCheck = true }).From(_opening.Rest);
    }

    public SurveyLayout Layout => _opening.Layout;

    public bool Fill(RowBatch batch, int[] fields)
    {
        batch.Clear();
        while (!batch.IsFull && _reader.MoveNext())
        {
            var row = _reader.Current;
            var raw = row.Span;

            // Counted from the end of the row: Sep's LineNumberFrom can be off for the last row of its buffer.
            var lineNumber = row.LineNumberToExcl - 1 - LineBreaks.Count(raw) + _opening.HeaderLines;
            if (raw.IsEmpty)
            {
                batch.AddMarker(RowKind.Blank, lineNumber, 0);
            }
            else if (raw.IndexOfAny('"', TextEncodings.Replacement) < 0)
            {
                if (!SkipHashtags(row))
                {
                    batch.AddRow(row, lineNumber, fields);
                }
                else
                {
                    batch.AddMarker(RowKind.Blank, lineNumber, 0);
                }
            }
            else if (raw.Contains(TextEncodings.Replacement) && ReadsReplacement(row, fields))
            {
                batch.AddMarker(RowKind.NotUtf8, lineNumber, 0);
            }
            else if ((raw.Count('"') & 1) != 0)
            {
                // Quotes pair up until the end of the file, so only an unterminated quote leaves an odd count.
                batch.AddMarker(RowKind.UnterminatedQuote, lineNumber, row.ColCount - 1);
            }
            else if (SkipHashtags(row))
            {
                batch.AddMarker(RowKind.Blank, lineNumber, 0);
            }
            else
            {
                batch.AddQuotedRow(row, lineNumber, fields);
            }
        }

        return batch.Count > 0;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _opening.Rest.Dispose();
    }

    private static bool ReadsReplacement(SepReader.Row row, int[] fields)
    {
        foreach (var column in fields)
        {
            if (column < row.ColCount && row[column].Span.Contains(TextEncodings.Replacement))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether this is the first data row and it holds only HXL hashtags (KoboToolbox's optional second header row).</summary>
    private bool SkipHashtags(SepReader.Row row)
    {
        if (!_first)
        {
            return false;
        }

        _first = false;
        var cells = new string[row.ColCount];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = CsvCell.ToText(row[i].Span);
        }

        return TableSource.IsHashtagRow(cells);
    }
}
