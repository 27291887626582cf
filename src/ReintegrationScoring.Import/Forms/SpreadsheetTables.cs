using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ReintegrationScoring.Import;

/// <summary>
/// Writes tables of text as the sheets of an <c>.xlsx</c> workbook: text cells (inline strings, so no value is ever
/// read as a number or a date), the header row bold and frozen, columns as wide as their text (up to a limit).
/// Relationship ids are fixed (the library draws random ones otherwise) and the package is re-zipped with fixed time
/// stamps: same tables, same bytes.
/// </summary>
internal static class SpreadsheetTables
{
    private const int MinimumWidth = 8;
    private const int MaximumWidth = 60;
    private const uint BoldStyle = 1;
    private const string WorkbookContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    public static void Write(Stream output, IReadOnlyList<(string Name, IReadOnlyList<string[]> Rows)> tables)
    {
        using var package = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(package, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddNewPart<WorkbookPart>(WorkbookContentType, "rIdWorkbook");
            workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles").Stylesheet = Styles();
            var sheets = new Sheets();
            for (var i = 0; i < tables.Count; i++)
            {
                var id = $"rIdSheet{i + 1}";
                workbookPart.AddNewPart<WorksheetPart>(id).Worksheet = Sheet(tables[i].Rows);
                sheets.Append(new Sheet { Id = id, SheetId = (uint)(i + 1), Name = tables[i].Name });
            }

            workbookPart.Workbook = new Workbook(sheets);
        }

        using var normalized = new MemoryStream();
        package.Position = 0;
        DeterministicZip.Copy(package, normalized);
        normalized.Position = 0;
        normalized.CopyTo(output);
    }

    private static Worksheet Sheet(IReadOnlyList<string[]> rows)
    {
        var frozenHeader = new SheetView(new Pane
        {
            VerticalSplit = 1,
            TopLeftCell = "A2",
            ActivePane = PaneValues.BottomLeft,
            State = PaneStateValues.Frozen,
        })
        { WorkbookViewId = 0 };
        var data = new SheetData();
        for (var r = 0; r < rows.Count; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (var c = 0; c < rows[r].Length; c++)
            {
                if (rows[r][c].Length > 0)
                {
                    row.Append(TextCell(ColumnName(c) + (r + 1), rows[r][c], r == 0));
                }
            }

            data.Append(row);
        }

        return new Worksheet(new SheetViews(frozenHeader), Columns(rows), data);
    }

    private static Columns Columns(IReadOnlyList<string[]> rows)
    {
        var columns = new Columns();
        var count = rows.Max(r => r.Length);
        for (var c = 0; c < count; c++)
        {
            var widest = rows.Where(r => c < r.Length).Max(r => r[c].Length);
            columns.Append(new Column
            {
                Min = (uint)(c + 1),
                Max = (uint)(c + 1),
                Width = Math.Clamp(widest + 2, MinimumWidth, MaximumWidth),
                CustomWidth = true,
            });
        }

        return columns;
    }

    private static Cell TextCell(string reference, string text, bool bold)
    {
        var cell = new Cell
        {
            CellReference = reference,
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
        };
        if (bold)
        {
            cell.StyleIndex = BoldStyle;
        }

        return cell;
    }

    /// <summary>The spreadsheet name of a 0-based column: A … Z, AA, AB …</summary>
    internal static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>
    /// The smallest complete stylesheet: the "Normal" style, the default cell format and a bold one (index
    /// <see cref="BoldStyle"/>).
    /// </summary>
    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true })
        { Count = 2 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
}
