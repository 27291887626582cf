using System;
using System.Collections.Generic;

namespace ReintegrationScoring.Report.Charts;

/// <summary>Vertical box plots on the score scale [0, 1]: box Q1–Q3, median line, mean diamond, whiskers to min and max, n below.</summary>
internal static class BoxPlotChart
{
    private const double Width = 480;
    private const double Height = 290;
    private const double Left = 46;
    private const double Right = 10;
    private const double Top = 12;
    private const double Bottom = 48;

    public static string Render(string id, string title, string description, IReadOnlyList<BoxItem> items, string noData, Func<double, string> tick)
    {
        var svg = new SvgBuilder(id, Width, Height, title, description, "box");
        var y = new LinearScale(0, 1, Height - Bottom, Top);
        foreach (var value in y.Ticks(4))
        {
            svg.Line(Left, y[value], Width - Right, y[value], "grid");
            svg.Text(Left - 6, y[value] + 4, tick(value), TextAnchor.End, "tick");
        }

        svg.Line(Left, Height - Bottom, Width - Right, Height - Bottom, "axis");
        var slot = (Width - Left - Right) / Math.Max(1, items.Count);
        var boxWidth = Math.Min(64, slot * 0.5);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var centre = Left + (slot * (i + 0.5));
            svg.Text(centre, Height - Bottom + 18, item.Label, TextAnchor.Middle, "label");
            svg.Text(centre, Height - Bottom + 36, item.SubLabel, TextAnchor.Middle, "tick");
            if (item is not { Min: { } min, Q1: { } q1, Median: { } median, Q3: { } q3, Max: { } max })
            {
                svg.Text(centre, y[0.5], noData, TextAnchor.Middle, "tick");
                continue;
            }

            svg.Line(centre, y[min], centre, y[q1], "whisker");
            svg.Line(centre, y[q3], centre, y[max], "whisker");
            svg.Line(centre - (boxWidth / 4), y[min], centre + (boxWidth / 4), y[min], "whisker");
            svg.Line(centre - (boxWidth / 4), y[max], centre + (boxWidth / 4), y[max], "whisker");
            svg.Rect(centre - (boxWidth / 2), y[q3], boxWidth, y[q1] - y[q3], "box", item.Style.AreaFill);
            svg.Line(centre - (boxWidth / 2), y[median], centre + (boxWidth / 2), y[median], "median");
            if (item.Mean is { } mean)
            {
                svg.Marker(MarkerShape.Diamond, centre, y[mean], 12, "#fff", "mean");
            }
        }

        return svg.Close();
    }
}
