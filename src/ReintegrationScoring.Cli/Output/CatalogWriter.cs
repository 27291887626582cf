using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace ReintegrationScoring.Cli.Output;

/// <summary>Writes the measure catalog as CSV (one row per measure and option) or a Markdown table (JSON: <c>InstrumentJson</c>).</summary>
internal static class CatalogWriter
{
    public const string CsvHeader = "measure,dimension,indicator,option,points";

    /// <summary>One row per measure and scored option in catalog order; <c>not_applicable</c>, where allowed, with empty points.</summary>
    public static void WriteCsv(TextWriter writer, Catalog catalog)
    {
        var line = new TextBuffer();
        writer.Write(CsvHeader);
        writer.Write('\n');
        foreach (var measure in catalog.Measures)
        {
            foreach (var option in measure.Scale.Options)
            {
                Row(writer, line, measure, option.Key, option.Points);
            }

            if (measure.AllowsNotApplicable)
            {
                Row(writer, line, measure, Answer.NotApplicableKey, null);
            }
        }
    }

    /// <summary>A table with one line per measure: labels of the dimension, indicator, question and options in <paramref name="language"/>.</summary>
    public static void WriteMarkdown(TextWriter writer, Catalog catalog, string language)
    {
        var french = language == LocalizedText.FrenchTag;
        writer.Write($"# {Cell(catalog.Title.Get(language))}\n\n");
        writer.Write(french
            ? $"Catalogue `{catalog.Id}` version {catalog.Version} : {catalog.Measures.Count} mesures.\n\n"
            : $"Catalog `{catalog.Id}` version {catalog.Version}: {catalog.Measures.Count} measures.\n\n");
        writer.Write(french
            ? "| Mesure | Dimension | Indicateur | Question | Options (points) |\n"
            : "| Measure | Dimension | Indicator | Question | Options (points) |\n");
        writer.Write("|---|---|---|---|---|\n");
        var options = new StringBuilder();
        foreach (var measure in catalog.Measures)
        {
            options.Clear();
            foreach (var option in measure.Scale.Options)
            {
                options.Append(options.Length == 0 ? string.Empty : "; ")
                    .Append(CultureInfo.InvariantCulture, $"`{option.Key}` {option.Label.Get(language)} ({option.Points.ToString("R", CultureInfo.InvariantCulture)})");
            }

            if (measure.AllowsNotApplicable)
            {
                options.Append(french ? "; `not_applicable` sans objet" : "; `not_applicable` does not apply");
            }

            writer.Write($"| `{measure.Code}` | {Cell(catalog.GetDimension(measure.Dimension).Label.Get(language))} | {Cell(measure.Indicator.Label.Get(language))} | {Cell(measure.Label.Get(language))} | {Cell(options.ToString())} |\n");
        }
    }

    private static void Row(TextWriter writer, TextBuffer line, Measure measure, string option, double? points)
    {
        line.Clear();
        line.Append(measure.Code);
        line.Append(',');
        line.Append(measure.Dimension.ToCode());
        line.Append(',');
        line.Append(measure.Indicator.Code);
        line.Append(',');
        line.AppendField(option);
        line.Append(',');
        if (points is { } p)
        {
            line.AppendRoundTrip(p);
        }

        line.Append('\n');
        line.WriteTo(writer);
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
