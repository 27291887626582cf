using System;
using System.Linq;
using nietras.SeparatedValues;

namespace ReintegrationScoring.Import;

/// <summary>A CSV (any of the three delimiters and encodings) read with Sep, one row at a time.</summary>
internal sealed class CsvTableSource : TableSource
{
    private readonly string _name;
    private readonly CsvOpening _opening;
    private readonly SepReader _reader;
    private readonly int[] _read;
    private readonly string _notText;
    private bool _first = true;

    public CsvTableSource(System.IO.Stream stream, string name, SurveyReadOptions options)
    {
        _name = name;
        _opening = CsvOpening.Open(stream, name, options, Vocabulary.Of(options.Catalog));
        _reader = Sep.New(_opening.Delimiter).Reader(o => o with { HasHeader = false, DisableColCountCheck = true, Unescape = true }).From(_opening.Rest);
        var layout = _opening.Layout;
        _read = new[] { layout.RespondentId, layout.Round, layout.SurveyDate }.Concat(layout.Measures).Where(c => c >= 0).ToArray();
        _notText = CsvOpening.NotTextReason(options.Encoding);
    }

    public override SurveyLayout Layout => _opening.Layout;

    public override bool ChecksFieldCount => true;

    public override TableRow? Next()
    {
        while (_reader.MoveNext())
        {
            var row = _reader.Current;
            var raw = row.Span;

            // Counted from the end of the row, as rss score does: Sep's LineNumberFrom can be off for the last row of its buffer.
            var line = row.LineNumberToExcl - 1 - LineBreaks.Count(raw) + _opening.HeaderLines;
            if (raw.IsEmpty)
            {
                continue;
            }

            var cells = new string[row.ColCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = row[i].ToString();
            }

            if ((raw.Count('"') & 1) != 0)
            {
                throw new SurveyReadException(new[] { $"{_name}: line {line}: unterminated quoted field (a quote opens but never closes)" });
            }

            if (raw.Contains(TextEncodings.Replacement) && _read.Any(c => c < cells.Length && cells[c].Contains(TextEncodings.Replacement, StringComparison.Ordinal)))
            {
                throw new SurveyReadException(new[] { $"{_name}: line {line}: {_notText}" });
            }

            if (_first)
            {
                _first = false;
                if (IsHashtagRow(cells))
                {
                    continue;
                }
            }

            return new TableRow(line, cells);
        }

        return null;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _reader.Dispose();
            _opening.Rest.Dispose();
        }

        base.Dispose(disposing);
    }
}
