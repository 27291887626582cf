using System;
using System.Collections.Generic;
using System.Linq;
using ReintegrationScoring.Report.Charts;
using ReintegrationScoring.Report.Text;

namespace ReintegrationScoring.Report.Html;

/// <summary>Section 4: group means with their intervals, one sub-section per attribute, one chart per score.</summary>
internal sealed partial class ReportPage
{
    private void AppendGroups()
    {
        OpenSection("groups", ReportTexts.GroupsHeading);
        if (_report.Groups.Count == 0)
        {
            Paragraph(T(ReportTexts.NoGroups));
        }
        else
        {
            Paragraph(T(ReportTexts.GroupsIntro));
        }

        foreach (var comparison in _report.Groups)
        {
            _html.Append("<h3>").Append(Escape(T(ReportTexts.GroupsByHeading, comparison.Attribute))).Append("</h3>");
            foreach (var score in Scores)
            {
                AppendGroupFigure(comparison, score);
            }
        }

        CloseSection();
    }

    private void AppendGroupFigure(GroupComparison comparison, ScoreKind score)
    {
        var means = comparison.Means.Where(m => m.Score == score).ToList();
        if (means.Count == 0)
        {
            return;
        }

        var rounds = means.Select(m => m.Round).Distinct().OrderBy(r => r).ToList();
        var byGroup = means.GroupBy(m => m.Group, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

        // Sorted by the mean at the earliest round that has one, highest first; groups without any mean last, by name.
        var groups = byGroup.Keys
            .OrderByDescending(g => SortMean(byGroup[g], rounds) ?? double.NegativeInfinity)
            .ThenBy(g => g, StringComparer.Ordinal)
            .ToList();
        var rows = groups
            .Select(g => new IntervalRow(
                GroupLabel(g),
                rounds.Select(r => byGroup[g].FirstOrDefault(m => m.Round == r) is { } m
                    ? new IntervalPoint(m.CiLow, m.Mean, m.CiHigh, RoundStyle(r))
                    : new IntervalPoint(null, null, null, RoundStyle(r))).ToList()))
            .ToList();
        var values = means.SelectMany(m => new[] { m.CiLow, m.Mean, m.CiHigh }).Where(v => v.HasValue).Select(v => v!.Value).ToList();
        var (low, high) = values.Count == 0 ? (0.0, 1.0) : LinearScale.Nice(Math.Min(values.Min(), 1), Math.Max(values.Max(), 0));
        var caption = T(ReportTexts.GroupCaption, ScoreLabel(score), comparison.Attribute);
        var table = new HtmlTable(
            "groups-" + comparison.Attribute + "-" + score.ToCode(),
            T(ReportTexts.DataTable),
            new[] { T(ReportTexts.Group), T(ReportTexts.Round), T(ReportTexts.N), T(ReportTexts.Mean), T(ReportTexts.CiLow), T(ReportTexts.CiHigh) });
        foreach (var group in groups)
        {
            foreach (var m in byGroup[group].OrderBy(m => m.Round))
            {
                table.Row(GroupLabel(group), RoundLabel(m.Round), HtmlTable.Cell.Count(_format.Count(m.N), m.N), ScoreCell(m.Mean), ScoreCell(m.CiLow), ScoreCell(m.CiHigh));
            }
        }

        Figure(
            "groups",
            caption,
            id => IntervalChart.Render(id, caption, ChartDescription(caption), rows, new LinearScale(low, high, 0, 1), T(ReportTexts.Mean), v => _format.Number(v, 2), kind: "groups"),
            MarkerLegend(rounds.Select(RoundStyle), rounds.Select(RoundLabel)),
            table);
    }

    private static double? SortMean(List<GroupMean> means, IReadOnlyList<MonitoringRound> rounds)
    {
        foreach (var round in rounds)
        {
            if (means.FirstOrDefault(m => m.Round == round)?.Mean is { } mean)
            {
                return mean;
            }
        }

        return null;
    }
}
