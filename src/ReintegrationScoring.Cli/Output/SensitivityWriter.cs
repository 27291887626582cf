using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using ReintegrationScoring.Analysis.Sensitivity;

namespace ReintegrationScoring.Cli.Output;

/// <summary>
/// Writes the figures of <c>rss sensitivity</c>: CSV (the table alone), JSON and Markdown (the table, the stability of
/// the ranks and the provenance), and the drawn weight sets as CSV. Numbers as <c>rss score</c> writes them
/// (<see cref="NumberText"/>); a figure that does not exist is an empty cell, or null in JSON.
/// </summary>
internal static class SensitivityWriter
{
    public const string DrawsHeader = "draw,measure,dimensional,composite";

    private static readonly string[] FigureNames =
        { "mean", "mean_p05", "mean_median", "mean_p95", "rank", "rank_p05", "rank_median", "rank_p95", "top_share" };

    /// <summary>The CSV header for grouping by <paramref name="groupBy"/> (the names as given).</summary>
    public static string CsvHeader(IReadOnlyList<string> groupBy)
    {
        var line = new TextBuffer();
        line.Append("round");
        foreach (var name in groupBy)
        {
            line.Append(',');
            line.AppendField(name);
        }

        line.Append(",score,");
        line.Append(string.Join(",", FigureNames));
        return line.ToString();
    }

    public static void WriteCsv(TextWriter writer, SensitivityResult result, FormulaPolicy formulas)
    {
        writer.Write(CsvHeader(result.Request.GroupBy));
        writer.Write('\n');
        var line = new TextBuffer();
        foreach (var row in result.Rows)
        {
            line.Clear();
            line.Append(row.Round.ToCode());
            foreach (var value in row.Group.Values)
            {
                line.Append(',');
                line.AppendField(value, formulas);
            }

            line.Append(',');
            line.Append(row.Score.ToCode());
            foreach (var figure in Figures(row))
            {
                line.Append(',');
                if (figure is { } number)
                {
                    line.Append(NumberText.Format(number));
                }
            }

            line.Append('\n');
            line.WriteTo(writer);
        }
    }

    public static void WriteDraws(TextWriter writer, IReadOnlyList<WeightSet> draws)
    {
        writer.Write(DrawsHeader);
        writer.Write('\n');
        var line = new TextBuffer();
        for (var d = 0; d < draws.Count; d++)
        {
            var draw = (d + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            foreach (var weight in draws[d].Weights)
            {
                line.Clear();
                line.Append(draw);
                line.Append(',');
                line.Append(weight.MeasureCode);
                line.Append(',');
                line.Append(NumberText.Format(weight.Dimensional));
                line.Append(',');
                line.Append(NumberText.Format(weight.Composite));
                line.Append('\n');
                line.WriteTo(writer);
            }
        }
    }

    public static void WriteJson(TextWriter writer, SensitivityResult result, SensitivityRunFacts facts)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            var request = result.Request;
            json.WriteStartObject();
            json.WriteStartObject("provenance");
            json.WriteString("weight_set", request.WeightSet.Id);
            json.WriteString("weight_set_version", request.WeightSet.Version);
            json.WriteString("missing", request.Options.MissingAnswerPolicy.ToCode());
            Number(json, "min_coverage", request.Options.MinimumCoverage);
            json.WriteNumber("draws", request.Settings.Draws);
            Number(json, "noise", request.Settings.Noise);
            json.WriteNumber("seed", request.Settings.Seed);
            json.WriteString("generator", "xoshiro256** seeded by SplitMix64");
            if (request.Round is { } round)
            {
                json.WriteString("round", round.ToCode());
            }
            else
            {
                json.WriteNull("round");
            }

            json.WriteStartArray("by");
            foreach (var name in request.GroupBy)
            {
                json.WriteStringValue(name);
            }

            json.WriteEndArray();
            json.WriteNumber("rows", facts.Rows);
            json.WriteNumber("surveys", result.Surveys);
            json.WriteNumber("error_rows", facts.ErrorRows);
            json.WriteEndObject();

            json.WriteStartArray("rows");
            foreach (var row in result.Rows)
            {
                json.WriteStartObject();
                json.WriteString("round", row.Round.ToCode());
                json.WriteStartObject("group");
                for (var i = 0; i < request.GroupBy.Count; i++)
                {
                    json.WriteString(request.GroupBy[i], row.Group.Values[i]);
                }

                json.WriteEndObject();
                json.WriteString("score", row.Score.ToCode());
                json.WriteNumber("surveys", row.Surveys);
                var figures = Figures(row).ToArray();
                for (var f = 0; f < FigureNames.Length; f++)
                {
                    Number(json, FigureNames[f], figures[f]);
                }

                json.WriteNumber("computed_draws", row.ComputedDraws);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("stability");
            foreach (var stability in result.Stability)
            {
                json.WriteStartObject();
                json.WriteString("round", stability.Round.ToCode());
                json.WriteString("score", stability.Score.ToCode());
                json.WriteNumber("ranked_groups", stability.RankedGroups);
                Number(json, "mean_absolute_rank_shift", stability.MeanAbsoluteRankShift);
                Number(json, "spearman_median", stability.SpearmanMedian);
                Number(json, "spearman_p05", stability.SpearmanP05);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        writer.Write('\n');
    }

    public static void WriteMarkdown(TextWriter writer, SensitivityResult result, SensitivityRunFacts facts)
    {
        var request = result.Request;
        writer.Write("# Weight sensitivity\n\n");
        writer.Write($"Weights `{request.WeightSet.Id}` version {request.WeightSet.Version}, missing answers `{request.Options.MissingAnswerPolicy.ToCode()}`");
        if (request.Options.MissingAnswerPolicy == MissingAnswerPolicy.Renormalize)
        {
            writer.Write($" (minimum coverage {NumberText.Format(request.Options.MinimumCoverage)})");
        }

        writer.Write($"; {request.Settings.Draws} draws, noise ±{NumberText.Format(request.Settings.Noise * 100)} %, seed {request.Settings.Seed}");
        writer.Write($" (xoshiro256** seeded by SplitMix64); {result.Surveys} surveys analysed, {facts.ErrorRows} error rows");
        writer.Write(request.Round is { } round ? $"; round {round.ToCode()} only.\n\n" : ".\n\n");
        writer.Write("| round |");
        foreach (var name in request.GroupBy)
        {
            writer.Write($" {Cell(name)} |");
        }

        writer.Write(" score | " + string.Join(" | ", FigureNames) + " |\n|---|");
        writer.Write(string.Concat(Enumerable.Repeat("---|", request.GroupBy.Count)));
        writer.Write("---|" + string.Concat(Enumerable.Repeat("---:|", FigureNames.Length)) + "\n");
        foreach (var row in result.Rows)
        {
            writer.Write($"| {row.Round.ToCode()} |");
            foreach (var value in row.Group.Values)
            {
                writer.Write($" {Cell(value)} |");
            }

            writer.Write($" {row.Score.ToCode()} |");
            foreach (var figure in Figures(row))
            {
                writer.Write($" {(figure is { } number ? NumberText.Format(number) : string.Empty)} |");
            }

            writer.Write('\n');
        }

        writer.Write("\n## Stability of the ranks\n\n| round | score | ranked groups | mean absolute rank shift | Spearman median | Spearman p05 |\n|---|---|---:|---:|---:|---:|\n");
        foreach (var s in result.Stability)
        {
            writer.Write($"| {s.Round.ToCode()} | {s.Score.ToCode()} | {s.RankedGroups} | {Text(s.MeanAbsoluteRankShift)} | {Text(s.SpearmanMedian)} | {Text(s.SpearmanP05)} |\n");
        }
    }

    private static IEnumerable<double?> Figures(SensitivityRow row)
    {
        yield return row.Mean;
        yield return row.MeanP05;
        yield return row.MeanMedian;
        yield return row.MeanP95;
        yield return row.Rank;
        yield return row.RankP05;
        yield return row.RankMedian;
        yield return row.RankP95;
        yield return row.TopShare;
    }

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        json.WritePropertyName(name);
        if (value is { } number)
        {
            json.WriteRawValue(NumberText.Format(number));
        }
        else
        {
            json.WriteNullValue();
        }
    }

    private static string Text(double? value) => value is { } number ? NumberText.Format(number) : string.Empty;

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}

/// <summary>What the reader counted, for the provenance.</summary>
internal sealed record SensitivityRunFacts(long Rows, long ErrorRows);
