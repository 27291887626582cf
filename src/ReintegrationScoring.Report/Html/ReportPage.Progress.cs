using System;
using System.Linq;
using ReintegrationScoring.Report.Charts;
using ReintegrationScoring.Report.Text;

namespace ReintegrationScoring.Report.Html;

/// <summary>Section 5: paired change, shares improved/unchanged/declined, and the retention funnel beside them.</summary>
internal sealed partial class ReportPage
{
    private void AppendProgress()
    {
        OpenSection("progress", ReportTexts.ProgressHeading);
        Paragraph(T(ReportTexts.ProgressIntro));
        var figures = _report.Progress.OrderBy(p => p.From).ThenBy(p => p.To).ThenBy(p => p.Score).ToList();
        var pairs = figures.Select(p => (p.From, p.To)).Distinct().ToList();
        if (figures.Count == 0)
        {
            Paragraph(T(ReportTexts.NoPairs));
        }
        else
        {
            AppendChange(figures, pairs);
            AppendShares(figures);
        }

        AppendRetention();
        CloseSection();
    }

    private string PairLabel(MonitoringRound from, MonitoringRound to) => T(ReportTexts.Pair, RoundLabel(from), RoundLabel(to));

    private void AppendChange(System.Collections.Generic.List<ProgressFigure> figures, System.Collections.Generic.List<(MonitoringRound From, MonitoringRound To)> pairs)
    {
        var styleOf = pairs.Select((pair, i) => (pair, style: SeriesStyle.Of(i))).ToDictionary(x => x.pair, x => x.style);
        var rows = Scores
            .Where(s => figures.Any(f => f.Score == s))
            .Select(s => new IntervalRow(
                ScoreLabel(s),
                pairs.Select(pair => figures.FirstOrDefault(f => f.Score == s && (f.From, f.To) == pair) is { } f
                    ? new IntervalPoint(f.CiLow, f.MeanChange, f.CiHigh, styleOf[pair])
                    : new IntervalPoint(null, null, null, styleOf[pair])).ToList()))
            .ToList();
        var values = figures.SelectMany(f => new[] { f.CiLow, f.MeanChange, f.CiHigh }).Where(v => v.HasValue).Select(v => Math.Abs(v!.Value)).DefaultIfEmpty(0.1).Max();
        var (_, extent) = LinearScale.Nice(0, Math.Max(values, 0.01));
        var caption = T(ReportTexts.ChangeCaption);
        var table = new HtmlTable(
            "progress-change",
            T(ReportTexts.DataTable),
            new[] { T(ReportTexts.Visits), T(ReportTexts.Score), T(ReportTexts.Pairs), T(ReportTexts.MeanChange), T(ReportTexts.CiLow), T(ReportTexts.CiHigh) });
        foreach (var f in figures)
        {
            table.Row(
                PairLabel(f.From, f.To),
                ScoreLabel(f.Score),
                HtmlTable.Cell.Count(_format.Count(f.Pairs), f.Pairs),
                HtmlTable.Cell.Number(_format.Change(f.MeanChange), f.MeanChange),
                HtmlTable.Cell.Number(_format.Change(f.CiLow), f.CiLow),
                HtmlTable.Cell.Number(_format.Change(f.CiHigh), f.CiHigh));
        }

        Figure(
            "progress-change",
            caption,
            id => IntervalChart.Render(id, caption, ChartDescription(caption), rows, new LinearScale(-extent, extent, 0, 1), T(ReportTexts.MeanChange), v => _format.Change(v), 0, "change"),
            MarkerLegend(pairs.Select(p => styleOf[p]), pairs.Select(p => PairLabel(p.From, p.To))),
            table);
    }

    private void AppendShares(System.Collections.Generic.List<ProgressFigure> figures)
    {
        var styles = new[] { SeriesStyle.Of(2), SeriesStyle.Of(5), SeriesStyle.Of(4) };
        var names = new[] { T(ReportTexts.Improved), T(ReportTexts.Unchanged), T(ReportTexts.Declined) };
        var rows = figures
            .Select(f => new BarRow(
                PairLabel(f.From, f.To) + " · " + ScoreLabel(f.Score),
                new[] { f.Improved ?? 0, f.Unchanged ?? 0, f.Declined ?? 0 },
                "n = " + _format.Count(f.Pairs)))
            .ToList();
        var caption = T(ReportTexts.SharesCaption);
        var table = new HtmlTable(
            "progress-shares",
            T(ReportTexts.DataTable),
            new[] { T(ReportTexts.Visits), T(ReportTexts.Score), T(ReportTexts.Pairs) }.Concat(names).ToList());
        foreach (var f in figures)
        {
            table.Row(
                PairLabel(f.From, f.To),
                ScoreLabel(f.Score),
                HtmlTable.Cell.Count(_format.Count(f.Pairs), f.Pairs),
                HtmlTable.Cell.Number(_format.Percent(f.Improved), f.Improved),
                HtmlTable.Cell.Number(_format.Percent(f.Unchanged), f.Unchanged),
                HtmlTable.Cell.Number(_format.Percent(f.Declined), f.Declined));
        }

        Figure(
            "progress-shares",
            caption,
            id => BarChart.Render(id, caption, ChartDescription(caption), rows, styles, 1, T(ReportTexts.ShareOfPairs), _format.AxisPercent, "shares"),
            AreaLegend(styles, names),
            table);
    }

    private void AppendRetention()
    {
        var steps = _report.Retention.OrderBy(s => s.Round).ToList();
        if (steps.Count == 0)
        {
            return;
        }

        var first = steps[0].Respondents;
        double? Share(RetentionStep s) => first > 0 ? (double)s.Respondents / first : null;
        var rows = steps
            .Select(s => new BarRow(RoundLabel(s.Round), new double[] { s.Respondents }, _format.Count(s.Respondents) + " (" + _format.Percent(Share(s)) + ")"))
            .ToList();
        var (_, max) = LinearScale.Nice(0, Math.Max(1, first));
        var caption = T(ReportTexts.RetentionCaption);
        var table = new HtmlTable("retention", T(ReportTexts.DataTable), new[] { T(ReportTexts.Round), T(ReportTexts.Respondents), T(ReportTexts.ShareOfFirst) });
        foreach (var s in steps)
        {
            table.Row(RoundLabel(s.Round), HtmlTable.Cell.Count(_format.Count(s.Respondents), s.Respondents), _format.Percent(Share(s)));
        }

        Figure(
            "retention",
            caption,
            id => BarChart.Render(id, caption, ChartDescription(caption), rows, new[] { SeriesStyle.Of(0) }, max, T(ReportTexts.Respondents), v => _format.Number(v, Math.Abs(v % 1) < 1e-9 ? 0 : 1), "retention"),
            NoLegend,
            table);
    }
}
