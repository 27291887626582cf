using System;
using System.Collections.Generic;
using System.IO;
using System.Globalization;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ReintegrationScoring.Cli.Tests.Exports;

/// <summary>
/// Writes one canonical survey table (header and rows of cells) as the tools write their exports, from their documented
/// formats: KoboToolbox, ODK Central, Excel, XLSX, JSON Lines, and a programme's own form with a mapping file.
/// </summary>
internal static class ExportStyles
{
    private static readonly Catalog Catalog = RssCatalog.Default;

    private static readonly string[] KoboMetadataBefore = { "start", "end", "today", "deviceid" };

    private static readonly string[] KoboMetadataAfter =
        { "meta/instanceID", "_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status", "_submitted_by", "__version__", "_tags", "_index" };

    private static readonly string[] OdkMetadataAfter =
        { "meta-instanceID", "KEY", "SubmitterID", "SubmitterName", "AttachmentsPresent", "AttachmentsExpected", "Status", "ReviewState", "DeviceID", "Edits", "FormVersion" };

    private static readonly string[] RoundLabelsFr =
        { "Suivi initial (peu après le retour)", "Suivi intermédiaire (6 à 9 mois après l'arrivée)", "Suivi final (12 à 18 mois après l'arrivée)" };

    /// <summary>(a) KoboToolbox, "XML values and headers": ';', every cell quoted, CRLF, UTF-8 with BOM, group paths with '/', metadata, an HXL row.</summary>
    public static byte[] KoboXml(List<string[]> table)
    {
        var header = table[0];
        var names = KoboMetadataBefore.Concat(header.Select(GroupPath('/'))).Concat(KoboMetadataAfter).ToArray();
        var rows = new List<string[]> { names, names.Select(n => n.StartsWith('_') ? string.Empty : "#" + n.Replace('/', '_')).ToArray() };
        var i = 0;
        foreach (var row in table.Skip(1))
        {
            i++;
            rows.Add(new[] { "2026-03-01T10:00:00.000+01:00", "2026-03-01T10:20:00.000+01:00", "2026-03-01", "collect:abc" }
                .Concat(row)
                .Concat(new[] { $"uuid:{i}", i.ToString(CultureInfo.InvariantCulture), $"u{i}", "2026-03-02T08:00:00", string.Empty, "[]", "submitted_via_web", string.Empty, "vAbc", "[]", i.ToString(CultureInfo.InvariantCulture) })
                .ToArray());
        }

        return Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Csv(rows, ';', "\r\n", quoteAll: true))).ToArray();
    }

    /// <summary>(b) KoboToolbox, labels in French: headers "group label/question label", answers and rounds as labels.</summary>
    public static byte[] KoboFrenchLabels(List<string[]> table)
    {
        var header = table[0];
        var measures = header.Select(h => Catalog.Measures.FirstOrDefault(m => m.Code == h)).ToArray();
        var names = header.Select((h, c) => measures[c] is { } m
            ? Catalog.Dimensions.First(d => d.Dimension == m.Dimension).Label.Get("fr") + "/" + m.Label.Get("fr")
            : h switch
            {
                "respondent_id" => "Identifiant du répondant",
                "round" => "Visite de suivi",
                "survey_date" => "Date de l'entretien",
                _ => h,
            }).ToArray();
        var rows = new List<string[]> { names };
        foreach (var row in table.Skip(1))
        {
            rows.Add(row.Select((cell, c) => measures[c] is { } m ? AnswerLabel(m, cell) : header[c] == "round" ? RoundLabel(cell) : cell).ToArray());
        }

        return Encoding.UTF8.GetBytes(Csv(rows, ';', "\r\n", quoteAll: true));
    }

    /// <summary>(c) ODK Central: ',', group paths with '-', its metadata, quoting only where needed.</summary>
    public static byte[] OdkCentral(List<string[]> table)
    {
        var names = new[] { "SubmissionDate" }.Concat(table[0].Select(GroupPath('-'))).Concat(OdkMetadataAfter).ToArray();
        var rows = new List<string[]> { names };
        var i = 0;
        foreach (var row in table.Skip(1))
        {
            i++;
            rows.Add(new[] { "2026-03-02T08:00:00.000Z" }.Concat(row)
                .Concat(new[] { $"uuid:{i}", $"uuid:{i}", "5", "Enumerator, A", "0", "0", string.Empty, "approved", "collect:x", "0", "1.0" }).ToArray());
        }

        return Encoding.UTF8.GetBytes(Csv(rows, ',', "\n", quoteAll: false));
    }

    /// <summary>(d) Excel "CSV (separator: semicolon)" in Windows-1252, CRLF, with an accented attribute column.</summary>
    public static byte[] ExcelSemicolon1252(List<string[]> table)
    {
        var rows = new List<string[]> { table[0].Concat(new[] { "région" }).ToArray() };
        rows.AddRange(table.Skip(1).Select((r, i) => r.Concat(new[] { i % 2 == 0 ? "Thiès" : "Kédougou" }).ToArray()));
        return System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(Csv(rows, ';', "\r\n", quoteAll: false));
    }

    /// <summary>(e) An XLSX workbook: the table on the first sheet, shared strings, and an empty second sheet.</summary>
    public static byte[] Xlsx(List<string[]> table)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            var sharedTable = new SharedStringTable();
            var data = new SheetData();
            for (var r = 0; r < table.Count; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < table[r].Length; c++)
                {
                    var text = table[r][c];
                    if (text.Length == 0)
                    {
                        continue;
                    }

                    if (!index.TryGetValue(text, out var at))
                    {
                        at = index.Count;
                        index[text] = at;
                        sharedTable.AppendChild(new SharedStringItem(new Text(text)));
                    }

                    row.AppendChild(new Cell { CellReference = ColumnName(c) + (r + 1), DataType = CellValues.SharedString, CellValue = new CellValue(at.ToString(CultureInfo.InvariantCulture)) });
                }

                data.AppendChild(row);
            }

            strings.SharedStringTable = sharedTable;
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(data);
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            sheets.AppendChild(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "cohort" });
        }

        return buffer.ToArray();
    }

    /// <summary>(f) JSON Lines in the Json package's survey-response format (answers as given, empty cells null).</summary>
    public static byte[] JsonLines(List<string[]> table)
    {
        var header = table[0];
        var text = new StringBuilder();
        foreach (var row in table.Skip(1))
        {
            text.Append("{\"respondent_id\":").Append(Json(row[Array.IndexOf(header, "respondent_id")]))
                .Append(",\"round\":").Append(Json(row[Array.IndexOf(header, "round")]));
            var date = Array.IndexOf(header, "survey_date");
            if (date >= 0 && row[date].Length > 0)
            {
                text.Append(",\"survey_date\":").Append(Json(row[date]));
            }

            text.Append(",\"answers\":{");
            text.AppendJoin(',', Catalog.Measures.Select(m => Json(m.Code) + ":" + (row[Array.IndexOf(header, m.Code)] is { Length: > 0 } cell ? Json(cell) : "null")));
            text.Append("}}\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>(g) A programme's own form: its own column names and answer codes, rounds as visit names, and its mapping file.</summary>
    public static (byte[] Export, string Mapping) ForeignForm(List<string[]> table)
    {
        var header = table[0];
        var names = header.Select(h => h switch
        {
            "respondent_id" => "case_number",
            "round" => "visit",
            "survey_date" => "interview_date",
            _ when Catalog.Measures.Any(m => m.Code == h) => "q" + (Catalog.Measures.ToList().FindIndex(m => m.Code == h) + 1),
            _ => h,
        }).ToArray();
        var visits = new Dictionary<string, string> { ["initial"] = "baseline", ["intermediate"] = "midline", ["final"] = "endline" };
        var rows = new List<string[]> { names };
        foreach (var row in table.Skip(1))
        {
            rows.Add(row.Select((cell, c) =>
                Catalog.Measures.FirstOrDefault(m => m.Code == header[c]) is { } m ? ForeignAnswer(m, cell)
                : header[c] == "round" && visits.TryGetValue(cell, out var visit) ? visit
                : cell).ToArray());
        }

        var mapping = new StringBuilder("{\n  \"columns\": {\n    \"case_number\": \"respondent_id\",\n    \"visit\": \"round\",\n    \"interview_date\": \"survey_date\"");
        foreach (var (measure, i) in Catalog.Measures.Select((m, i) => (m, i)))
        {
            mapping.Append(CultureInfo.InvariantCulture, $",\n    \"q{i + 1}\": \"{measure.Code}\"");
        }

        mapping.Append("\n  },\n  \"values\": {");
        mapping.AppendJoin(',', Catalog.Measures.Select(m =>
            $"\n    \"{m.Code}\": {{ " + string.Join(", ", m.AnswerKeys.Where(k => m.IsValid(k.Value)).Select(k => $"\"{ForeignAnswer(m, k.Key)}\": \"{k.Key}\"")) + " }"));
        mapping.Append("\n  },\n  \"rounds\": { \"baseline\": \"initial\", \"midline\": \"intermediate\", \"endline\": \"final\" }\n}\n");
        return (Encoding.UTF8.GetBytes(Csv(rows, ',', "\n", quoteAll: false)), mapping.ToString());
    }

    /// <summary>The foreign form's code for an answer: options numbered from 1, the special answers 97–99; other text kept.</summary>
    private static string ForeignAnswer(Measure measure, string cell)
    {
        var index = measure.Scale.IndexOf(cell);
        return index >= 0 ? (index + 1).ToString(CultureInfo.InvariantCulture) : cell switch
        {
            Answer.NotApplicableKey => "97",
            Answer.DontKnowKey => "98",
            Answer.RefusedKey => "99",
            _ => cell,
        };
    }

    private static string AnswerLabel(Measure measure, string cell)
    {
        var index = measure.Scale.IndexOf(cell);
        return index >= 0 ? measure.Scale.Options[index].Label.Get("fr") : cell switch
        {
            Answer.NotApplicableKey => "Sans objet",
            Answer.DontKnowKey => "Ne sait pas",
            Answer.RefusedKey => "Refuse de répondre",
            _ => cell,
        };
    }

    private static string RoundLabel(string cell) =>
        MonitoringRounds.All.FirstOrDefault(r => r.ToCode() == cell) is var round && cell is "initial" or "intermediate" or "final" ? RoundLabelsFr[(int)round] : cell;

    private static Func<string, string> GroupPath(char separator) => name =>
        Catalog.Measures.FirstOrDefault(m => m.Code == name) is { } m ? m.Dimension.ToCode() + separator + name : name;

    private static string Json(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    private static string ColumnName(int index)
    {
        var name = string.Empty;
        for (index++; index > 0; index = (index - 1) / 26)
        {
            name = (char)('A' + ((index - 1) % 26)) + name;
        }

        return name;
    }

    private static string Csv(IEnumerable<string[]> rows, char delimiter, string newLine, bool quoteAll)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.AppendJoin(delimiter, row.Select(cell => quoteAll || cell.IndexOfAny(new[] { delimiter, '"', '\n', '\r' }) >= 0
                ? "\"" + cell.Replace("\"", "\"\"") + "\""
                : cell));
            text.Append(newLine);
        }

        return text.ToString();
    }
}
