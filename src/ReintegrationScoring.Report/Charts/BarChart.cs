using System;
using System.Collections.Generic;

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
        var plotBottom = Top + (RowHeight * Math.Max(1, rows.Count));
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
            var rowTop = Top + (RowHeight * r);
            svg.Text(Left, rowTop + 14, row.Label, TextAnchor.Start, "label");
            var start = 0.0;
            for (var s = 0; s < row.Segments.Count; s++)
            {
                var segment = row.Segments[s];
                if (segment > 0)
                {
                    svg.Rect(x[start], rowTop + 18, x[start + segment] - x[start], BarHeight, "bar", styles[s].AreaFill);
                }

                start += segment;
            }

            svg.Text(x[start] + 6, rowTop + 18 + BarHeight - 3, row.ValueText, TextAnchor.Start, "value");
        }

        return svg.Close();
    }
}
