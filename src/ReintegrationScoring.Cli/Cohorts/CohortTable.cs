using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using ReintegrationScoring.Analysis.Cohorts;
using ReintegrationScoring.Cli.Output;

namespace ReintegrationScoring.Cli.Cohorts;

/// <summary>
/// A table of cohort figures and what produced it, written as CSV (the header is the documented contract), JSON (the
/// same cells by column name, numbers as numbers, empty cells null, plus the provenance) or Markdown (a provenance
/// line and a table). Numbers are written as <c>rss score</c> writes them (the shortest round-trip text).
/// </summary>
internal sealed class CohortTable
{
    private static readonly System.Buffers.SearchValues<char> NeedQuotes = System.Buffers.SearchValues.Create(",\"\n\r");
    private readonly List<Cell[]> _rows = new();
    private readonly NumberTexts _numbers = new();

    public CohortTable(IReadOnlyList<string> columns, CohortProvenance provenance)
    {
        Columns = columns;
        Provenance = provenance;
    }

    public IReadOnlyList<string> Columns { get; }

    public CohortProvenance Provenance { get; }

    /// <summary>Extra named counts for the JSON and Markdown forms (e.g. respondents left out).</summary>
    public List<(string Name, string Value)> Notes { get; } = new();

    public static Cell Text(string value) => new(value, false);

    public Cell Number(double? value) => value is { } v ? new Cell(_numbers.Format(v), true) : Cell.Empty;

    public static Cell Count(int value) => new(value.ToString(System.Globalization.CultureInfo.InvariantCulture), true);

    public void Add(params Cell[] row) => _rows.Add(row);

    public void Write(TextWriter writer, CohortFormat format, FormulaPolicy formulas)
    {
        switch (format)
        {
            case CohortFormat.Json:
                WriteJson(writer);
                break;
            case CohortFormat.Markdown:
                WriteMarkdown(writer);
                break;
            default:
                WriteCsv(writer, formulas);
                break;
        }
    }

    private static string CsvField(string text, FormulaPolicy formulas)
    {
        if (formulas == FormulaPolicy.Neutralize && text.Length > 0 && "=+-@\t\r".Contains(text[0]))
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny(NeedQuotes) < 0 && text.Trim().Length == text.Length
            ? text
            : "\"" + text.Replace("\"", "\"\"") + "\"";
    }

    private void WriteCsv(TextWriter writer, FormulaPolicy formulas)
    {
        var line = new StringBuilder();
        foreach (var cells in Header())
        {
            line.Clear();
            for (var i = 0; i < cells.Count; i++)
            {
                line.Append(i == 0 ? string.Empty : ",").Append(CsvField(cells[i].Value ?? string.Empty, cells[i].IsNumber ? FormulaPolicy.Keep : formulas));
            }

            writer.Write(line.ToString());
            writer.Write('\n');
        }
    }

    private IEnumerable<IReadOnlyList<Cell>> Header()
    {
        var header = new Cell[Columns.Count];
        for (var i = 0; i < header.Length; i++)
        {
            header[i] = new Cell(Columns[i], false);
        }

        yield return header;
        foreach (var row in _rows)
        {
            yield return row;
        }
    }

    private void WriteJson(TextWriter writer)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartObject("provenance");
            json.WriteString("catalog", Provenance.CatalogId);
            json.WriteString("catalogVersion", Provenance.CatalogVersion);
            json.WriteString("weightSet", Provenance.WeightSetId);
            json.WriteString("weightSetVersion", Provenance.WeightSetVersion);
            json.WriteString("missing", Provenance.Options.MissingAnswerPolicy.ToCode());
            json.WritePropertyName("minCoverage");
            json.WriteRawValue(_numbers.Format(Provenance.Options.MinimumCoverage));
            json.WritePropertyName("threshold");
            if (Provenance.Threshold is { } t)
            {
                json.WriteRawValue(_numbers.Format(t));
            }
            else
            {
                json.WriteNullValue();
            }

            json.WriteEndObject();
            foreach (var (name, value) in Notes)
            {
                json.WritePropertyName(name);
                json.WriteRawValue(value);
            }

            json.WriteStartArray("rows");
            foreach (var row in _rows)
            {
                json.WriteStartObject();
                for (var i = 0; i < Columns.Count; i++)
                {
                    json.WritePropertyName(Columns[i]);
                    if (row[i].Value is null)
                    {
                        json.WriteNullValue();
                    }
                    else if (row[i].IsNumber)
                    {
                        json.WriteRawValue(row[i].Value!);
                    }
                    else
                    {
                        json.WriteStringValue(row[i].Value);
                    }
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.Write(Encoding.UTF8.GetString(buffer.ToArray()));
        writer.Write('\n');
    }

    private void WriteMarkdown(TextWriter writer)
    {
        writer.Write($"Scored with catalog {Provenance.CatalogId} {Provenance.CatalogVersion}, weight set {Provenance.WeightSetId} {Provenance.WeightSetVersion}, missing answers {Provenance.Options.MissingAnswerPolicy.ToCode()}");
        if (Provenance.Options.MissingAnswerPolicy == MissingAnswerPolicy.Renormalize)
        {
            writer.Write($" (min coverage {_numbers.Format(Provenance.Options.MinimumCoverage)})");
        }

        writer.Write(Provenance.Threshold is { } t ? $", threshold {_numbers.Format(t)}" : ", no threshold");
        foreach (var (name, value) in Notes)
        {
            writer.Write($", {name} {value}");
        }

        writer.Write(".\n\n");
        var first = true;
        foreach (var cells in Header())
        {
            writer.Write('|');
            foreach (var cell in cells)
            {
                writer.Write($" {(cell.Value ?? string.Empty).Replace("|", "\\|")} |");
            }

            writer.Write('\n');
            if (first)
            {
                writer.Write('|');
                foreach (var cell in cells)
                {
                    _ = cell;
                    writer.Write("---|");
                }

                writer.Write('\n');
                first = false;
            }
        }
    }

    /// <summary>A cell: its text (null when empty) and whether it is a number.</summary>
    internal readonly record struct Cell(string? Value, bool IsNumber)
    {
        public static Cell Empty => new(null, false);
    }
}
