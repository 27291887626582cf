using System;
using System.Collections.Generic;
using System.IO;

namespace ReintegrationScoring.Import;

/// <summary>
/// A survey table being read: its header mapped to the catalog (<see cref="Layout"/>), then its data rows in order,
/// one at a time (blank rows and a row of HXL hashtags after the header left out).
/// </summary>
internal abstract class TableSource : IDisposable
{
    /// <summary>The header, mapped; complete (<see cref="SurveyLayout.IsComplete"/>) once opened.</summary>
    public abstract SurveyLayout Layout { get; }

    /// <summary>Whether rows may hold fewer or more cells than the header (CSV) — then a ragged row is an error row.</summary>
    public virtual bool ChecksFieldCount => false;

    /// <summary>Opens <paramref name="stream"/> in the options' format (<see cref="SurveyInputFormat.Auto"/>: by <paramref name="name"/>'s extension).</summary>
    /// <exception cref="SurveyReadException">The table cannot be read: see each source.</exception>
    public static TableSource Open(Stream stream, string name, SurveyReadOptions options) =>
        FormatOf(options.Format, name) switch
        {
            SurveyInputFormat.Xlsx => XlsxTableSource.OpenWorkbook(stream, name, options),
            SurveyInputFormat.Json => new JsonTableSource(stream, name, options, lines: false),
            SurveyInputFormat.JsonLines => new JsonTableSource(stream, name, options, lines: true),
            _ => new CsvTableSource(stream, name, options),
        };

    /// <summary>The format <paramref name="format"/> stands for, going by the name's extension for <see cref="SurveyInputFormat.Auto"/>.</summary>
    public static SurveyInputFormat FormatOf(SurveyInputFormat format, string name)
    {
        if (format != SurveyInputFormat.Auto)
        {
            return format;
        }

        var extension = Path.GetExtension(name ?? string.Empty).ToLowerInvariant();
        return extension switch
        {
            ".xlsx" => SurveyInputFormat.Xlsx,
            ".json" => SurveyInputFormat.Json,
            ".jsonl" or ".ndjson" => SurveyInputFormat.JsonLines,
            _ => SurveyInputFormat.Csv,
        };
    }

    /// <summary>Whether every non-empty cell starts with '#' (and one does): KoboToolbox's optional HXL row.</summary>
    public static bool IsHashtagRow(IReadOnlyList<string> cells)
    {
        var any = false;
        foreach (var cell in cells)
        {
            var text = cell.AsSpan().Trim();
            if (text.IsEmpty)
            {
                continue;
            }

            if (text[0] != '#')
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>Reads the next data row.</summary>
    /// <returns>The row, or null at the end.</returns>
    /// <exception cref="SurveyReadException">The rest of the input cannot be read (an unterminated quote, text not in the encoding in a column read).</exception>
    public abstract TableRow? Next();

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }
}
