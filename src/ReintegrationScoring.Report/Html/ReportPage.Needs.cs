using System;
using System.Linq;
using ReintegrationScoring.Report.Charts;
using ReintegrationScoring.Report.Text;

namespace ReintegrationScoring.Report.Html;

/// <summary>Section 6: how often each dimension is the weakest, and the share below the threshold at the initial visit.</summary>
internal sealed partial class ReportPage
{
    private static readonly Dimension[] DimensionOrder = { Dimension.Economic, Dimension.Social, Dimension.Psychosocial };

    private void AppendNeeds()
    {
        OpenSection("needs", ReportTexts.NeedsHeading);
        AppendWeakest();
        AppendBelowThreshold();
        CloseSection();
    }

    private void AppendWeakest()
    {
        var counts = _report.Weakest;
        if (counts.Count == 0)
        {
            return;
        }

        var styles = DimensionOrder.Select(d => SeriesStyle.Of((int)d)).ToArray();
        var names = DimensionOrder.Select(DimensionLabel).ToArray();
        var rounds = counts.Select(c => c.Round).Distinct().OrderBy(r => r).ToList();
        long Count(MonitoringRound r, Dimension d) => counts.Where(c => c.Round == r && c.Dimension == d).Sum(c => c.Surveys);
        var rows = rounds
            .Select(r => new BarRow(RoundLabel(r), DimensionOrder.Select(d => (double)Count(r, d)).ToList(), "n = " + _format.Count(DimensionOrder.Sum(d => Count(r, d)))))
            .ToList();
        var (_, max) = LinearScale.Nice(0, Math.Max(1, rows.Max(r => r.Segments.Sum())));
        var caption = T(ReportTexts.WeakestCaption);
        var table = new HtmlTable("weakest", T(ReportTexts.DataTable), new[] { T(ReportTexts.Round), T(ReportTexts.Dimension), T(ReportTexts.Surveys) });
        foreach (var r in rounds)
        {
            foreach (var d in DimensionOrder)
            {
                var n = Count(r, d);
                table.Row(RoundLabel(r), DimensionLabel(d), HtmlTable.Cell.Count(_format.Count(n), n));
            }
        }

        Figure(
            "weakest",
            caption,
            id => BarChart.Render(id, caption, ChartDescription(caption), rows, styles, max, T(ReportTexts.Surveys), v => _format.Number(v, Math.Abs(v % 1) < 1e-9 ? 0 : 1), "weakest"),
            AreaLegend(styles, names),
            table);
    }

    private void AppendBelowThreshold()
    {
        if (_report.Provenance.Threshold is not { } threshold || _report.BelowThreshold.Count == 0)
        {
            Paragraph(T(ReportTexts.NoThresholdNote));
            return;
        }

        var shares = _report.BelowThreshold.OrderBy(b => b.Score).ToList();
        var rows = shares.Select(b => new BarRow(ScoreLabel(b.Score), new[] { b.Share ?? 0 }, _format.Percent(b.Share))).ToList();
        var caption = T(ReportTexts.BelowCaption, _format.Score(threshold));
        var table = new HtmlTable("below", T(ReportTexts.DataTable), new[] { T(ReportTexts.Score), T(ReportTexts.Scored), T(ReportTexts.BelowThreshold) });
        foreach (var b in shares)
        {
            table.Row(ScoreLabel(b.Score), HtmlTable.Cell.Count(_format.Count(b.Scored), b.Scored), HtmlTable.Cell.Number(_format.Percent(b.Share), b.Share));
        }

        Figure(
            "below",
            caption,
            id => BarChart.Render(id, caption, ChartDescription(caption), rows, new[] { SeriesStyle.Of(4) }, 1, T(ReportTexts.BelowThreshold), _format.AxisPercent, "below"),
            NoLegend,
            table);
    }
}
