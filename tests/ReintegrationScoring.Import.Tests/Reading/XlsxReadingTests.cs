using System;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Xunit;

namespace ReintegrationScoring.Import.Tests.Reading;

public sealed class XlsxReadingTests
{
    [Fact]
    public void Read_AnswersInARepeatSheet_IsRefusedSayingWhy()
    {
        var workbook = Workbook(("survey", new[] { new[] { "_id", "start", "end" }, new[] { "1", "x", "y" } }), ("household_repeat", new[] { new[] { "_index", "ECO_SATISFACTION" } }));

        var e = Assert.Throws<SurveyReadException>(() => SurveyReader.Read(new MemoryStream(workbook), "export.xlsx", new SurveyReadOptions(RssCatalog.Default)).ToList());

        Assert.StartsWith("export.xlsx: sheet 'survey', row 1: missing columns: respondent_id, round, ", e.Problems[0], StringComparison.Ordinal);
        Assert.Equal("export.xlsx: the answers must be in the first sheet; this workbook also has sheet 'household_repeat' (KoboToolbox writes one per repeat group): export the main table, or a form without repeat groups", e.Problems[1]);
    }

    [Fact]
    public void Read_FirstSheet_InlineAndSparseCells()
    {
        var header = new[] { "respondent_id", "round" }.Concat(RssCatalog.Default.Measures.Select(m => m.Code)).Append("country").ToArray();
        var row = new[] { "R1", "final" }.Concat(RssCatalog.Default.Measures.Select(m => m.Scale.Options[0].Key)).Append(string.Empty).ToArray();
        var workbook = Workbook(("cohort", new[] { header, row }));

        var record = Assert.Single(SurveyReader.Read(new MemoryStream(workbook), "x.xlsx", new SurveyReadOptions(RssCatalog.Default)));

        Assert.True(record.IsValid);
        Assert.Equal(2L, record.LineNumber);
        Assert.Equal(string.Empty, record.Attributes["country"]);
    }

    private static byte[] Workbook(params (string Name, string[][] Rows)[] sheets)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var list = workbook.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var (name, rows) in sheets)
            {
                var data = new SheetData();
                for (var r = 0; r < rows.Length; r++)
                {
                    var line = new Row { RowIndex = (uint)(r + 1) };
                    for (var c = 0; c < rows[r].Length; c++)
                    {
                        if (rows[r][c].Length > 0)
                        {
                            line.AppendChild(new Cell { CellReference = Column(c) + (r + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), DataType = CellValues.InlineString, InlineString = new InlineString(new Text(rows[r][c])) });
                        }
                    }

                    data.AppendChild(line);
                }

                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = new Worksheet(data);
                list.AppendChild(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = name });
            }
        }

        return buffer.ToArray();
    }

    private static string Column(int index) => index < 26 ? ((char)('A' + index)).ToString() : Column((index / 26) - 1) + (char)('A' + (index % 26));
}
