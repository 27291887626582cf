using System.Net;
using System.Text;
using ReintegrationScoring.Report.Text;

namespace ReintegrationScoring.Report.Charts;

/// <summary>
/// Writes one inline SVG element: a viewBox (so it scales with the page and the printed column), a title and a
/// description for screen readers, and plain shapes. Coordinates are in viewBox units.
/// </summary>
internal sealed class SvgBuilder
{
    private readonly StringBuilder _svg = new();

    public SvgBuilder(string id, double width, double height, string title, string description, string kind)
    {
        Width = width;
        Height = height;
        _svg.Append("<svg class=\"chart\" data-chart=\"").Append(kind)
            .Append("\" viewBox=\"0 0 ").Append(ReportFormat.Svg(width)).Append(' ').Append(ReportFormat.Svg(height))
            .Append("\" role=\"img\" aria-labelledby=\"").Append(id).Append("-t ").Append(id).Append("-d\">")
            .Append("<title id=\"").Append(id).Append("-t\">").Append(Escape(title)).Append("</title>")
            .Append("<desc id=\"").Append(id).Append("-d\">").Append(Escape(description)).Append("</desc>");
    }

    public double Width { get; }

    public double Height { get; }

    public static string Escape(string text) => WebUtility.HtmlEncode(text);

    public void Line(double x1, double y1, double x2, double y2, string cssClass) =>
        _svg.Append("<line class=\"").Append(cssClass).Append("\" x1=\"").Append(ReportFormat.Svg(x1)).Append("\" y1=\"").Append(ReportFormat.Svg(y1))
            .Append("\" x2=\"").Append(ReportFormat.Svg(x2)).Append("\" y2=\"").Append(ReportFormat.Svg(y2)).Append("\"/>");

    public void Rect(double x, double y, double width, double height, string cssClass, string? fill = null)
    {
        _svg.Append("<rect class=\"").Append(cssClass).Append("\" x=\"").Append(ReportFormat.Svg(x)).Append("\" y=\"").Append(ReportFormat.Svg(y))
            .Append("\" width=\"").Append(ReportFormat.Svg(width < 0 ? 0 : width)).Append("\" height=\"").Append(ReportFormat.Svg(height < 0 ? 0 : height)).Append('"');
        if (fill is not null)
        {
            _svg.Append(" fill=\"").Append(fill).Append('"');
        }

        _svg.Append("/>");
    }

    public void Marker(MarkerShape shape, double x, double y, double size, string fill, string cssClass)
    {
        var r = size / 2;
        switch (shape)
        {
            case MarkerShape.Circle:
                _svg.Append("<circle class=\"").Append(cssClass).Append("\" cx=\"").Append(ReportFormat.Svg(x)).Append("\" cy=\"").Append(ReportFormat.Svg(y))
                    .Append("\" r=\"").Append(ReportFormat.Svg(r)).Append("\" fill=\"").Append(fill).Append("\"/>");
                break;
            case MarkerShape.Square:
                Rect(x - (r * 0.85), y - (r * 0.85), size * 0.85, size * 0.85, cssClass, fill);
                break;
            case MarkerShape.Triangle:
                Path($"M{ReportFormat.Svg(x)},{ReportFormat.Svg(y - r)}L{ReportFormat.Svg(x + r)},{ReportFormat.Svg(y + (r * 0.8))}L{ReportFormat.Svg(x - r)},{ReportFormat.Svg(y + (r * 0.8))}Z", cssClass, fill);
                break;
            default:
                Path($"M{ReportFormat.Svg(x)},{ReportFormat.Svg(y - r)}L{ReportFormat.Svg(x + r)},{ReportFormat.Svg(y)}L{ReportFormat.Svg(x)},{ReportFormat.Svg(y + r)}L{ReportFormat.Svg(x - r)},{ReportFormat.Svg(y)}Z", cssClass, fill);
                break;
        }
    }

    public void Path(string data, string cssClass, string? fill = null)
    {
        _svg.Append("<path class=\"").Append(cssClass).Append("\" d=\"").Append(data).Append('"');
        if (fill is not null)
        {
            _svg.Append(" fill=\"").Append(fill).Append('"');
        }

        _svg.Append("/>");
    }

    public void Text(double x, double y, string text, TextAnchor anchor = TextAnchor.Start, string cssClass = "label")
    {
        _svg.Append("<text class=\"").Append(cssClass).Append("\" x=\"").Append(ReportFormat.Svg(x)).Append("\" y=\"").Append(ReportFormat.Svg(y)).Append('"');
        if (anchor != TextAnchor.Start)
        {
            _svg.Append(" text-anchor=\"").Append(anchor == TextAnchor.Middle ? "middle" : "end").Append('"');
        }

        _svg.Append('>').Append(Escape(text)).Append("</text>");
    }

    public string Close() => _svg.Append("</svg>").ToString();
}
