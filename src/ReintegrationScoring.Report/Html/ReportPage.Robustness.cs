using System;
using System.Linq;
using ReintegrationScoring.Report.Charts;
using ReintegrationScoring.Report.Text;

namespace ReintegrationScoring.Report.Html;

/// <summary>Section 7: group ranks under weight uncertainty, one chart per round and score.</summary>
internal sealed partial class ReportPage
{
    private void AppendRobustness()
    {
        OpenSection("robustness", ReportTexts.RobustnessHeading);
        if (_report.Robustness is not { } robustness)
        {
            Paragraph(T(ReportTexts.NoRobustness));
            CloseSection();
            return;
        }

        Paragraph(T(ReportTexts.RobustnessHowToRead, _format.Percent(robustness.Noise), _format.Count(robustness.Draws)));
        foreach (var block in robustness.Ranks.GroupBy(r => (r.Round, r.Score)).OrderBy(b => b.Key.Round).ThenBy(b => b.Key.Score))
        {
            var ranks = block
                .OrderBy(r => r.RankMedian ?? double.PositiveInfinity)
                .ThenBy(r => r.NominalRank ?? int.MaxValue)
                .ThenBy(r => r.Group, StringComparer.Ordinal)
                .ToList();
            var style = SeriesStyle.Of(0);
            var rows = ranks.Select(r => new IntervalRow(GroupLabel(r.Group), new[] { new IntervalPoint(r.RankP05, r.RankMedian, r.RankP95, style, r.NominalRank) })).ToList();
            var groups = Math.Max(2, ranks.Count);
            var caption = T(ReportTexts.RankCaption, ScoreLabel(block.Key.Score), RoundLabel(block.Key.Round).ToLowerInvariant(), robustness.Attribute);
            var table = new HtmlTable(
                "ranks-" + block.Key.Round.ToCode() + "-" + block.Key.Score.ToCode(),
                T(ReportTexts.DataTable),
                new[] { T(ReportTexts.Group), T(ReportTexts.NominalRank), T(ReportTexts.RankMedian), T(ReportTexts.RankP05), T(ReportTexts.RankP95), T(ReportTexts.TopShare) });
            foreach (var r in ranks)
            {
                table.Row(
                    GroupLabel(r.Group),
                    HtmlTable.Cell.Number(r.NominalRank?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, r.NominalRank),
                    HtmlTable.Cell.Number(_format.Rank(r.RankMedian), r.RankMedian),
                    HtmlTable.Cell.Number(_format.Rank(r.RankP05), r.RankP05),
                    HtmlTable.Cell.Number(_format.Rank(r.RankP95), r.RankP95),
                    HtmlTable.Cell.Number(_format.Percent(r.TopShare), r.TopShare));
            }

            Figure(
                "ranks",
                caption,
                id => IntervalChart.Render(id, caption, ChartDescription(caption), rows, new LinearScale(0.5, groups + 0.5, 0, 1), T(ReportTexts.Rank), v => _format.Number(v, 0), kind: "ranks", integerTicks: true),
                new[] { (style.MarkerSwatch(), T(ReportTexts.RankMedian)), (SeriesStyle.NominalSwatch(), T(ReportTexts.NominalRank)) },
                table);
        }

        CloseSection();
    }
}
