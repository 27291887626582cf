using System;
using System.Collections.Generic;
using System.Linq;

namespace ReintegrationScoring.Report.Charts;

/// <summary>
/// Horizontal bars, stacked when a row has several segments. Each label sits on its own line above its bar, so long
/// catalog labels fit whole at any width.
/// </summary>
internal static class BarChart
{
    private const double Width = 640;
    private const double Left = 22;
    private const double Right = 96;
    private const double Top = 6;
    private const double Bottom = 44;
    private const double RowHeight = 36;
    private const double BarHeight = 16;
    private const double LineHeight = 16;
    private const double CharWidth = 6.9;

    public static string Render(
        string id,
        string title,
        string description,
        IReadOnlyList<BarRow> rows,
        IReadOnlyList<SeriesStyle> styles,
        double max,
        string axisTitle,
        Func<double, string> tick,
        string kind = "bar")
    {
        // Long labels (the catalog's questions) wrap onto a second line rather than run off the chart.
        var maxChars = (int)((Width - Left - 8) / CharWidth);
        var labels = rows.Select(r => Wrap(r.Label, maxChars)).ToList();
        var tops = new double[rows.Count + 1];
        tops[0] = Top;
        for (var r = 0; r < rows.Count; r++)
        {
            tops[r + 1] = tops[r] + RowHeight + (LineHeight * (labels[r].Count - 1));
        }

        var plotBottom = rows.Count == 0 ? Top + RowHeight : tops[rows.Count];
        var svg = new SvgBuilder(id, Width, plotBottom + Bottom, title, description, kind);
        var x = new LinearScale(0, max, Left, Width - Right);
        foreach (var value in x.Ticks())
        {
            svg.Line(x[value], Top, x[value], plotBottom, "grid");
            svg.Text(x[value], plotBottom + 16, tick(value), TextAnchor.Middle, "tick");
        }

        svg.Line(Left, plotBottom, Width - Right, plotBottom, "axis");
        svg.Text((Left + Width - Right) / 2, plotBottom + 36, axisTitle, TextAnchor.Middle, "axis-title");
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var rowTop = tops[r];
            for (var line = 0; line < labels[r].Count; line++)
            {
                svg.Text(Left, rowTop + 14 + (LineHeight * line), labels[r][line], TextAnchor.Start, "label");
            }

            var barTop = rowTop + 18 + (LineHeight * (labels[r].Count - 1));
            var start = 0.0;
            for (var s = 0; s < row.Segments.Count; s++)
            {
                var segment = row.Segments[s];
                if (segment > 0)
                {
                    svg.Rect(x[start], barTop, x[start + segment] - x[start], BarHeight, "bar", styles[s].AreaFill);
                }

                start += segment;
            }

            svg.Text(x[start] + 6, barTop + BarHeight - 3, row.ValueText, TextAnchor.Start, "value");
        }

        return svg.Close();
    }

    /// <summary>The label in at most two lines of <paramref name="maxChars"/>, broken at spaces; the rest shortened with an ellipsis.</summary>
    private static List<string> Wrap(string label, int maxChars)
    {
        if (label.Length <= maxChars)
        {
            return new List<string> { label };
        }

        var split = label.LastIndexOf(' ', maxChars);
        if (split <= 0)
        {
            split = maxChars;
        }

        var rest = label[split..].Trim();
        return new List<string> { label[..split].TrimEnd(), rest.Length <= maxChars ? rest : string.Concat(rest.AsSpan(0, maxChars - 1), "…") };
    }
}
