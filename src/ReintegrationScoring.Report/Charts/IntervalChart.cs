using System;
using System.Collections.Generic;
using System.Linq;

namespace ReintegrationScoring.Report.Charts;

/// <summary>
/// A dot-and-whisker chart: one row per label, one marker per series with its interval as a line. The height grows
/// with the rows, so 2 or 40 groups stay legible; long labels are shortened (the table beside has them whole).
/// </summary>
internal static class IntervalChart
{
    private const double Width = 640;
    private const double Right = 16;
    private const double Top = 24;
    private const double Bottom = 44;
    private const double CharWidth = 7;
    private const double PointSpacing = 10;

    public static string Render(
        string id,
        string title,
        string description,
        IReadOnlyList<IntervalRow> rows,
        LinearScale domain,
        string axisTitle,
        Func<double, string> tick,
        double? referenceLine = null,
        string kind = "interval",
        bool integerTicks = false)
    {
        var longest = rows.Count == 0 ? 0 : rows.Max(r => r.Label.Length);
        var left = Math.Clamp((longest * CharWidth) + 14, 48, 230);
        var pointsPerRow = rows.Count == 0 ? 1 : Math.Max(1, rows.Max(r => r.Points.Count));
        var rowHeight = 10 + (PointSpacing * pointsPerRow);
        var plotBottom = Top + (rowHeight * Math.Max(1, rows.Count));
        var height = plotBottom + Bottom;
        var svg = new SvgBuilder(id, Width, height, title, description, kind);
        var x = new LinearScale(domain.DomainLow, domain.DomainHigh, left, Width - Right);
        // Tick labels above and below: with 40 groups the chart is taller than a screen.
        foreach (var value in integerTicks ? IntegerTicks(domain) : x.Ticks())
        {
            svg.Line(x[value], Top, x[value], plotBottom, "grid");
            svg.Text(x[value], plotBottom + 16, tick(value), TextAnchor.Middle, "tick");
            svg.Text(x[value], Top - 8, tick(value), TextAnchor.Middle, "tick");
        }

        if (referenceLine is { } reference && reference >= domain.DomainLow && reference <= domain.DomainHigh)
        {
            svg.Line(x[reference], Top, x[reference], plotBottom, "reference");
        }

        svg.Line(left, plotBottom, Width - Right, plotBottom, "axis");
        svg.Text((left + Width - Right) / 2, plotBottom + 36, axisTitle, TextAnchor.Middle, "axis-title");
        var maxChars = (int)((left - 14) / CharWidth);
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var rowTop = Top + (rowHeight * r);
            if (r % 2 == 1)
            {
                svg.Rect(left, rowTop, Width - Right - left, rowHeight, "band");
            }

            svg.Text(left - 8, rowTop + (rowHeight / 2) + 4, Shorten(row.Label, maxChars), TextAnchor.End, "label");
            for (var p = 0; p < row.Points.Count; p++)
            {
                var point = row.Points[p];
                var cy = rowTop + 5 + (PointSpacing * (p + 0.5)) + ((pointsPerRow - row.Points.Count) * PointSpacing / 2);
                if (point.Low is { } low && point.High is { } high)
                {
                    svg.Line(x[low], cy, x[high], cy, "interval");
                    svg.Line(x[low], cy - 3, x[low], cy + 3, "interval");
                    svg.Line(x[high], cy - 3, x[high], cy + 3, "interval");
                }

                if (point.Reference is { } nominal)
                {
                    svg.Marker(MarkerShape.Diamond, x[nominal], cy, 13, "none", "nominal");
                }

                if (point.Value is { } value)
                {
                    svg.Marker(point.Style.Marker, x[value], cy, 10, point.Style.Colour, "point");
                }
            }
        }

        return svg.Close();
    }

    private static IEnumerable<double> IntegerTicks(LinearScale domain)
    {
        var first = Math.Ceiling(domain.DomainLow);
        var last = Math.Floor(domain.DomainHigh);
        var step = Math.Max(1, Math.Ceiling((last - first + 1) / 12));
        for (var value = first; value <= last; value += step)
        {
            yield return value;
        }
    }

    private static string Shorten(string label, int maxChars) =>
        label.Length <= maxChars || maxChars < 2 ? label : string.Concat(label.AsSpan(0, maxChars - 1), "…");
}
