using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ReintegrationScoring.Report.Charts;

/// <summary>
/// How one series looks: an Okabe–Ito colour (safe for the common colour-vision deficiencies), a fill pattern and a
/// marker shape, so that series stay distinct in grey print. The patterns are defined once per page (<see cref="Definitions"/>).
/// </summary>
internal sealed class SeriesStyle
{
    private static readonly SeriesStyle[] Styles =
    {
        new(0, "#0072B2", PatternKind.Solid, MarkerShape.Circle),
        new(1, "#E69F00", PatternKind.Diagonal, MarkerShape.Square),
        new(2, "#009E73", PatternKind.Dots, MarkerShape.Triangle),
        new(3, "#CC79A7", PatternKind.Cross, MarkerShape.Diamond),
        new(4, "#D55E00", PatternKind.Horizontal, MarkerShape.Circle),
        new(5, "#56B4E9", PatternKind.Vertical, MarkerShape.Square),
    };

    private SeriesStyle(int index, string colour, PatternKind pattern, MarkerShape marker)
    {
        Index = index;
        Colour = colour;
        Pattern = pattern;
        Marker = marker;
    }

    private enum PatternKind
    {
        Solid,
        Diagonal,
        Dots,
        Cross,
        Horizontal,
        Vertical,
    }

    public static IReadOnlyList<SeriesStyle> All => Styles;

    public int Index { get; }

    public string Colour { get; }

    public MarkerShape Marker { get; }

    /// <summary>The fill of an area (bar, box): the colour, or a pattern over it.</summary>
    public string AreaFill => Pattern == PatternKind.Solid ? Colour : $"url(#rss-p{Index.ToString(CultureInfo.InvariantCulture)})";

    private PatternKind Pattern { get; }

    public static SeriesStyle Of(int index) => Styles[index % Styles.Length];

    /// <summary>The page's one hidden SVG holding the fill patterns every chart refers to.</summary>
    public static string Definitions()
    {
        var svg = new StringBuilder("<svg class=\"defs\" aria-hidden=\"true\" focusable=\"false\" width=\"0\" height=\"0\"><defs>");
        foreach (var style in Styles)
        {
            if (style.Pattern == PatternKind.Solid)
            {
                continue;
            }

            var ink = style.Pattern switch
            {
                PatternKind.Diagonal => "<path d=\"M-1,1L1,-1M0,8L8,0M7,9L9,7\" stroke=\"#000\" stroke-width=\"1.2\"/>",
                PatternKind.Dots => "<circle cx=\"2\" cy=\"2\" r=\"1.3\" fill=\"#000\"/><circle cx=\"6\" cy=\"6\" r=\"1.3\" fill=\"#000\"/>",
                PatternKind.Cross => "<path d=\"M0,0L8,8M8,0L0,8\" stroke=\"#000\" stroke-width=\"0.9\"/>",
                PatternKind.Horizontal => "<path d=\"M0,2H8M0,6H8\" stroke=\"#000\" stroke-width=\"1\"/>",
                _ => "<path d=\"M2,0V8M6,0V8\" stroke=\"#000\" stroke-width=\"1\"/>",
            };
            svg.Append("<pattern id=\"rss-p").Append(style.Index.ToString(CultureInfo.InvariantCulture))
                .Append("\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\"><rect width=\"8\" height=\"8\" fill=\"")
                .Append(style.Colour).Append("\"/>").Append(ink).Append("</pattern>");
        }

        return svg.Append("</defs></svg>").ToString();
    }

    /// <summary>A legend swatch for a series drawn as areas (bars, boxes): its fill.</summary>
    public string AreaSwatch() =>
        SwatchSvg("<rect x=\"1\" y=\"1\" width=\"20\" height=\"12\" fill=\"" + AreaFill + "\" stroke=\"#000\" stroke-width=\"0.6\"/>");

    /// <summary>A legend swatch for a series drawn as markers with an interval: the marker on its whisker.</summary>
    public string MarkerSwatch() =>
        SwatchSvg("<path d=\"M1,7H21\" stroke=\"#000\" stroke-width=\"1.4\"/>" + MarkerSvg(11, 7));

    /// <summary>The legend swatch of the hollow diamond that marks a nominal value.</summary>
    public static string NominalSwatch() =>
        SwatchSvg("<path d=\"M11,1L17,7L11,13L5,7Z\" fill=\"none\" stroke=\"#000\" stroke-width=\"1.5\"/>");

    private static string SwatchSvg(string content) =>
        "<svg class=\"swatch\" viewBox=\"0 0 22 14\" aria-hidden=\"true\" focusable=\"false\">" + content + "</svg>";

    private string MarkerSvg(int x, int y) => Marker switch
    {
        MarkerShape.Circle => $"<circle cx=\"{x}\" cy=\"{y}\" r=\"4.5\" fill=\"{Colour}\" stroke=\"#000\" stroke-width=\"0.8\"/>",
        MarkerShape.Square => $"<rect x=\"{x - 4}\" y=\"{y - 4}\" width=\"8\" height=\"8\" fill=\"{Colour}\" stroke=\"#000\" stroke-width=\"0.8\"/>",
        MarkerShape.Triangle => $"<path d=\"M{x},{y - 5}L{x + 5},{y + 4}L{x - 5},{y + 4}Z\" fill=\"{Colour}\" stroke=\"#000\" stroke-width=\"0.8\"/>",
        _ => $"<path d=\"M{x},{y - 5}L{x + 5},{y}L{x},{y + 5}L{x - 5},{y}Z\" fill=\"{Colour}\" stroke=\"#000\" stroke-width=\"0.8\"/>",
    };
}
