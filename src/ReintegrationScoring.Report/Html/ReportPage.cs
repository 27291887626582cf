using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ReintegrationScoring.Report.Charts;
using ReintegrationScoring.Report.Text;

namespace ReintegrationScoring.Report.Html;

/// <summary>
/// Writes the page: one HTML document with its style sheet and charts inline, no script and no reference to anything
/// outside the file. One partial file per section.
/// </summary>
internal sealed partial class ReportPage
{
    private readonly CohortReport _report;
    private readonly ReportFormat _format;
    private readonly StringBuilder _html = new();
    private int _figures;

    private ReportPage(CohortReport report, ReportLanguage language)
    {
        _report = report;
        _format = ReportFormat.For(language);
    }

    private static IReadOnlyList<ScoreKind> Scores { get; } = new[] { ScoreKind.Economic, ScoreKind.Social, ScoreKind.Psychosocial, ScoreKind.Composite };

    public static string Write(CohortReport report, ReportLanguage language) => new ReportPage(report, language).Build();

    private string Build()
    {
        var title = _report.Provenance.Title ?? T(ReportTexts.DefaultTitle);
        _html.Append("<!DOCTYPE html><html lang=\"").Append(_format.Tag).Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(Escape(title)).Append("</title><style>").Append(ReportStyles.Css).Append("</style></head><body>")
            .Append(SeriesStyle.Definitions())
            .Append("<header><h1>").Append(Escape(title)).Append("</h1>");
        AppendContents();
        _html.Append("</header><main>");
        AppendProvenance();
        AppendQuality();
        AppendScores();
        AppendGroups();
        AppendProgress();
        AppendNeeds();
        AppendRobustness();
        _html.Append("</main><footer><p>").Append(Escape(T(ReportTexts.Footer))).Append("</p></footer></body></html>");
        return _html.ToString();
    }

    private void AppendContents()
    {
        _html.Append("<nav aria-label=\"").Append(Escape(T(ReportTexts.Contents))).Append("\"><ol>");
        foreach (var (id, heading) in Sections())
        {
            _html.Append("<li><a href=\"#").Append(id).Append("\">").Append(Escape(T(heading))).Append("</a></li>");
        }

        _html.Append("</ol></nav>");
    }

    private static IEnumerable<(string Id, LocalizedText Heading)> Sections()
    {
        yield return ("provenance", ReportTexts.ProvenanceHeading);
        yield return ("quality", ReportTexts.QualityHeading);
        yield return ("scores", ReportTexts.ScoresHeading);
        yield return ("groups", ReportTexts.GroupsHeading);
        yield return ("progress", ReportTexts.ProgressHeading);
        yield return ("needs", ReportTexts.NeedsHeading);
        yield return ("robustness", ReportTexts.RobustnessHeading);
    }

    private void OpenSection(string id, LocalizedText heading) =>
        _html.Append("<section id=\"").Append(id).Append("\" aria-labelledby=\"").Append(id).Append("-h\"><h2 id=\"").Append(id).Append("-h\">")
            .Append(Escape(T(heading))).Append("</h2>");

    private void CloseSection() => _html.Append("</section>");

    private void Paragraph(string text, string? cssClass = null)
    {
        _html.Append(cssClass is null ? "<p>" : $"<p class=\"{cssClass}\">").Append(Escape(text)).Append("</p>");
    }

    /// <summary>A figure: caption, chart, legend, and the chart's data as a table right below it.</summary>
    private void Figure(string kind, string caption, Func<string, string> chart, IReadOnlyList<(string Swatch, string Label)> legend, HtmlTable table)
    {
        var id = "fig" + (++_figures).ToString(CultureInfo.InvariantCulture);
        _html.Append("<figure id=\"").Append(id).Append("\" data-figure=\"").Append(kind).Append("\"><figcaption>").Append(Escape(caption)).Append("</figcaption>");
        if (legend.Count > 0)
        {
            _html.Append("<ul class=\"legend\" aria-label=\"").Append(Escape(T(ReportTexts.Legend))).Append("\">");
            foreach (var (swatch, label) in legend)
            {
                _html.Append("<li>").Append(swatch).Append(Escape(label)).Append("</li>");
            }

            _html.Append("</ul>");
        }

        _html.Append("<div class=\"chart-wrap\">").Append(chart(id + "-c")).Append("</div>").Append(table).Append("</figure>");
    }

    private string ChartDescription(string caption) => caption + " " + T(ReportTexts.TableBelow);

    private string T(LocalizedText text) => _format.Text(text);

    private string T(LocalizedText text, params string[] values) => string.Format(CultureInfo.InvariantCulture, _format.Text(text), values);

    private static string Escape(string text) => SvgBuilder.Escape(text);

    private string RoundLabel(MonitoringRound round) => T(round switch
    {
        MonitoringRound.Initial => ReportTexts.Initial,
        MonitoringRound.Intermediate => ReportTexts.Intermediate,
        _ => ReportTexts.Final,
    });

    private string DimensionLabel(Dimension dimension) =>
        T(_report.Provenance.Dimensions.FirstOrDefault(d => d.Dimension == dimension)?.Label ?? DimensionDefinition.Default(dimension).Label);

    private string ScoreLabel(ScoreKind score) => score == ScoreKind.Composite ? T(ReportTexts.Composite) : DimensionLabel((Dimension)score);

    private string GroupLabel(string group) => group.Length == 0 ? T(ReportTexts.EmptyGroup) : group;

    private static SeriesStyle RoundStyle(MonitoringRound round) => SeriesStyle.Of((int)round);

    private string Fraction(double value) => _format.Percent(value);

    private static IReadOnlyList<(string Swatch, string Label)> NoLegend { get; } = Array.Empty<(string, string)>();

    private static List<(string Swatch, string Label)> AreaLegend(IEnumerable<SeriesStyle> styles, IEnumerable<string> labels) =>
        styles.Zip(labels).Select(x => (Swatch: x.First.AreaSwatch(), Label: x.Second)).ToList();

    private static List<(string Swatch, string Label)> MarkerLegend(IEnumerable<SeriesStyle> styles, IEnumerable<string> labels) =>
        styles.Zip(labels).Select(x => (Swatch: x.First.MarkerSwatch(), Label: x.Second)).ToList();
}
