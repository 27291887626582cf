using System;
using System.Linq;
using ReintegrationScoring.Report.Charts;
using ReintegrationScoring.Report.Text;

namespace ReintegrationScoring.Report.Html;

/// <summary>Section 2: non-answers per measure, and what was left out.</summary>
internal sealed partial class ReportPage
{
    private void AppendQuality()
    {
        var quality = _report.DataQuality;
        OpenSection("quality", ReportTexts.QualityHeading);
        var styles = new[] { SeriesStyle.Of(4), SeriesStyle.Of(1), SeriesStyle.Of(3), SeriesStyle.Of(5) };
        var kinds = new[] { T(ReportTexts.Missing), T(ReportTexts.DontKnow), T(ReportTexts.Refused), T(ReportTexts.NotApplicable) };
        var rows = quality.Measures
            .Select(m => new BarRow(T(m.Label), new[] { m.Missing, m.DontKnow, m.Refused, m.NotApplicable }, Fraction(m.Missing + m.DontKnow + m.Refused + m.NotApplicable)))
            .ToList();
        var largest = rows.Count == 0 ? 0 : rows.Max(r => r.Segments.Sum());
        var (_, max) = LinearScale.Nice(0, Math.Max(largest, 0.01));
        var caption = T(ReportTexts.QualityCaption);
        var table = new HtmlTable(
            "quality",
            T(ReportTexts.DataTable),
            new[] { T(ReportTexts.Measure), T(ReportTexts.Dimension), T(ReportTexts.Surveys) }.Concat(kinds).ToList());
        foreach (var m in quality.Measures)
        {
            table.Row(
                T(m.Label),
                DimensionLabel(m.Dimension),
                HtmlTable.Cell.Count(_format.Count(m.Surveys), m.Surveys),
                HtmlTable.Cell.Number(Fraction(m.Missing), m.Missing),
                HtmlTable.Cell.Number(Fraction(m.DontKnow), m.DontKnow),
                HtmlTable.Cell.Number(Fraction(m.Refused), m.Refused),
                HtmlTable.Cell.Number(Fraction(m.NotApplicable), m.NotApplicable));
        }

        Figure(
            "quality",
            caption,
            id => BarChart.Render(id, caption, ChartDescription(caption), rows, styles, max, T(ReportTexts.ShareOfSurveys), _format.AxisPercent, "quality"),
            AreaLegend(styles, kinds),
            table);

        _html.Append("<h3>").Append(Escape(T(ReportTexts.ExclusionsHeading))).Append("</h3>");
        var exclusions = quality.Exclusions.Where(e => e.Count > 0).ToList();
        if (exclusions.Count == 0)
        {
            Paragraph(T(ReportTexts.NothingExcluded));
        }
        else
        {
            var excluded = new HtmlTable("exclusions", T(ReportTexts.ExclusionsHeading), new[] { T(ReportTexts.Reason), T(ReportTexts.Count) });
            foreach (var e in exclusions)
            {
                excluded.Row(ReasonText(e.Reason), HtmlTable.Cell.Count(_format.Count(e.Count), e.Count));
            }

            _html.Append(excluded);
        }

        CloseSection();
    }

    private string ReasonText(ExclusionReason reason) => T(reason switch
    {
        ExclusionReason.ErrorRow => ReportTexts.ExcludedErrorRow,
        ExclusionReason.ScoreNotComputed => ReportTexts.ExcludedNotComputed,
        ExclusionReason.DuplicateInRound => ReportTexts.ExcludedDuplicate,
        _ => ReportTexts.ExcludedNotSeen,
    });
}
