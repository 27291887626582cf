using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ReintegrationScoring.Import;

/// <summary>
/// The first sheet of an Excel workbook, read row by row with the Open XML SDK's forward-only reader (one row in
/// memory at a time, plus the shared strings). A workbook whose first sheet lacks the survey columns while it has
/// other sheets (KoboToolbox puts each repeat group in a sheet of its own) is refused with that explanation.
/// </summary>
internal sealed class XlsxTableSource : TableSource
{
    private readonly Stream? _copy;
    private readonly SpreadsheetDocument _document;
    private readonly OpenXmlReader _reader;
    private readonly List<string> _sharedStrings;
    private SurveyLayout _layout = null!;
    private bool _first = true;

    private XlsxTableSource(Stream? copy, SpreadsheetDocument document, OpenXmlReader reader, List<string> sharedStrings)
    {
        _copy = copy;
        _document = document;
        _reader = reader;
        _sharedStrings = sharedStrings;
    }

    public override SurveyLayout Layout => _layout;

    /// <exception cref="SurveyReadException">Not a workbook, no sheet, or the first sheet's header lacks survey columns.</exception>
    public static XlsxTableSource OpenWorkbook(Stream stream, string name, SurveyReadOptions options)
    {
        // A zip needs seeking: standard input is copied to a temporary file first.
        Stream? copy = null;
        if (!stream.CanSeek)
        {
            copy = new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
            stream.CopyTo(copy);
            copy.Position = 0;
        }

        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(copy ?? stream, isEditable: false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException)
        {
            copy?.Dispose();
            throw new SurveyReadException(new[] { $"{name}: not an Excel workbook (.xlsx) that can be read" }, e);
        }

        var source = (XlsxTableSource?)null;
        try
        {
            var workbook = document.WorkbookPart;
            var sheets = workbook?.Workbook.Sheets?.Elements<Sheet>().ToList() ?? new List<Sheet>();
            if (workbook is null || sheets.Count == 0 || sheets[0].Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart first)
            {
                throw new SurveyReadException(new[] { $"{name}: the workbook has no worksheet" });
            }

            source = new XlsxTableSource(copy, document, OpenXmlReader.Create(first), SharedStrings(workbook));
            var header = source.NextCells() ?? throw new SurveyReadException(new[] { $"{name}: sheet '{sheets[0].Name}' is empty; expected a header row" });
            source._layout = SurveyLayout.Resolve(header.Cells, options, Vocabulary.Of(options.Catalog));
            if (!source._layout.IsComplete)
            {
                var problems = source._layout.Problems($"{name}: sheet '{sheets[0].Name}', row {header.LineNumber}").ToList();
                if (sheets.Count > 1)
                {
                    problems.Add($"{name}: the answers must be in the first sheet; this workbook also has sheet{(sheets.Count > 2 ? "s" : string.Empty)} {string.Join(", ", sheets.Skip(1).Select(s => $"'{s.Name}'"))} (KoboToolbox writes one per repeat group): export the main table, or a form without repeat groups");
                }

                throw new SurveyReadException(problems);
            }

            return source;
        }
        catch
        {
            if (source is not null)
            {
                source.Dispose();
            }
            else
            {
                document.Dispose();
                copy?.Dispose();
            }

            throw;
        }
    }

    public override TableRow? Next()
    {
        var first = _first;
        _first = false;
        while (NextCells() is { } row)
        {
            if (first && IsHashtagRow(row.Cells))
            {
                first = false;
                continue;
            }

            return row;
        }

        return null;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _reader.Dispose();
            _document.Dispose();
            _copy?.Dispose();
        }

        base.Dispose(disposing);
    }

    private static List<string> SharedStrings(WorkbookPart workbook)
    {
        var strings = new List<string>();
        if (workbook.SharedStringTablePart is not { } part)
        {
            return strings;
        }

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                var item = (SharedStringItem)reader.LoadCurrentElement()!;
                strings.Add(item.Text?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text)));
            }
        }

        return strings;
    }

    /// <summary>The next row holding any text, cells placed by their column letters.</summary>
    private TableRow? NextCells()
    {
        while (_reader.Read())
        {
            if (_reader.ElementType != typeof(Row) || !_reader.IsStartElement)
            {
                continue;
            }

            var row = (Row)_reader.LoadCurrentElement()!;
            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
                while (cells.Count < column)
                {
                    cells.Add(string.Empty);
                }

                var text = TextOf(cell);
                if (column < cells.Count)
                {
                    cells[column] = text;
                }
                else
                {
                    cells.Add(text);
                }
            }

            if (cells.Any(c => c.Length > 0))
            {
                return new TableRow(row.RowIndex?.Value ?? 0, cells.ToArray());
            }
        }

        return null;
    }

    private string TextOf(Cell cell)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return cell.InlineString?.Text?.Text ?? cell.InlineString?.InnerText ?? string.Empty;
        }

        var value = cell.CellValue?.Text ?? string.Empty;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(value, out var index) && index >= 0 && index < _sharedStrings.Count ? _sharedStrings[index] : string.Empty;
        }

        return type == CellValues.Boolean ? (value == "1" ? "TRUE" : "FALSE") : value;
    }

    /// <summary>The zero-based column of a reference such as <c>AB12</c>.</summary>
    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }

            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return Math.Max(0, index - 1);
    }
}
