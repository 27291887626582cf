using System.Linq;
using ReintegrationScoring.Report.Charts;
using ReintegrationScoring.Report.Text;

namespace ReintegrationScoring.Report.Html;

/// <summary>Section 3: the distribution of each score at each round.</summary>
internal sealed partial class ReportPage
{
    private void AppendScores()
    {
        OpenSection("scores", ReportTexts.ScoresHeading);
        Paragraph(T(ReportTexts.ScoresIntro));
        _html.Append("<div class=\"grid\">");
        foreach (var score in Scores)
        {
            var distributions = _report.Distributions.Where(d => d.Score == score).OrderBy(d => d.Round).ToList();
            if (distributions.Count == 0)
            {
                continue;
            }

            var caption = T(ReportTexts.DistributionCaption, ScoreLabel(score));
            var items = distributions
                .Select(d => new BoxItem(RoundLabel(d.Round), "n = " + _format.Count(d.N), d.Min, d.Q1, d.Median, d.Q3, d.Max, d.Mean, RoundStyle(d.Round)))
                .ToList();
            var table = new HtmlTable(
                "scores-" + score.ToCode(),
                T(ReportTexts.DataTable),
                new[] { T(ReportTexts.Round), T(ReportTexts.N), T(ReportTexts.Min), T(ReportTexts.Q1), T(ReportTexts.Median), T(ReportTexts.Q3), T(ReportTexts.Max), T(ReportTexts.Mean) });
            foreach (var d in distributions)
            {
                table.Row(
                    RoundLabel(d.Round),
                    HtmlTable.Cell.Count(_format.Count(d.N), d.N),
                    ScoreCell(d.Min),
                    ScoreCell(d.Q1),
                    ScoreCell(d.Median),
                    ScoreCell(d.Q3),
                    ScoreCell(d.Max),
                    ScoreCell(d.Mean));
            }

            Figure(
                "scores",
                caption,
                id => BoxPlotChart.Render(id, caption, ChartDescription(caption), items, T(ReportTexts.NoData), v => _format.Number(v, 2)),
                NoLegend,
                table);
        }

        _html.Append("</div>");
        CloseSection();
    }

    private HtmlTable.Cell ScoreCell(double? value) => HtmlTable.Cell.Number(_format.Score(value), value);
}
