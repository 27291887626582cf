using System.Collections.Generic;
using System.Text;
using ReintegrationScoring.Report.Charts;
using ReintegrationScoring.Report.Text;

namespace ReintegrationScoring.Report.Html;

/// <summary>
/// A data table: a caption, column headers, and rows whose first cell heads the row. Numeric cells carry their exact
/// value in <c>data-value</c> (invariant, round-trip), so a reader's tool or a test can take the figures back.
/// </summary>
internal sealed class HtmlTable
{
    private readonly StringBuilder _html = new();
    public HtmlTable(string id, string caption, IReadOnlyList<string> headers)
    {
        _html.Append("<div class=\"table-wrap\"><table data-table=\"").Append(id).Append("\"><caption>").Append(SvgBuilder.Escape(caption))
            .Append("</caption><thead><tr>");
        foreach (var header in headers)
        {
            _html.Append("<th scope=\"col\">").Append(SvgBuilder.Escape(header)).Append("</th>");
        }

        _html.Append("</tr></thead><tbody>");
    }

    public HtmlTable Row(params Cell[] cells)
    {
        _html.Append("<tr>");
        for (var i = 0; i < cells.Length; i++)
        {
            var cell = cells[i];
            var tag = i == 0 ? "th scope=\"row\"" : "td";
            _html.Append('<').Append(tag);
            if (cell.Raw is not null)
            {
                _html.Append(" class=\"num\" data-value=\"").Append(cell.Raw).Append('"');
            }

            _html.Append('>').Append(SvgBuilder.Escape(cell.Text)).Append("</").Append(i == 0 ? "th" : "td").Append('>');
        }

        _html.Append("</tr>");
        return this;
    }

    public override string ToString() => _html.ToString() + "</tbody></table></div>";

    /// <summary>A table cell: its text as shown and, for numbers, the exact value.</summary>
    internal readonly record struct Cell(string Text, string? Raw)
    {
        public static implicit operator Cell(string text) => new(text, null);

        public static Cell Number(string text, double? value) => new(text, ReportFormat.Raw(value));

        public static Cell Count(string text, long value) => new(text, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
