using System.Collections.Generic;
using System.Globalization;
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
    private readonly StringBuilder _rows = new();
    private readonly string _id;
    private readonly string _caption;
    private readonly IReadOnlyList<string> _headers;
    private readonly bool[] _numeric;
    private bool _first = true;

    public HtmlTable(string id, string caption, IReadOnlyList<string> headers)
    {
        _id = id;
        _caption = caption;
        _headers = headers;
        _numeric = new bool[headers.Count];
    }

    public HtmlTable Row(params Cell[] cells)
    {
        _rows.Append("<tr>");
        for (var i = 0; i < cells.Length; i++)
        {
            var cell = cells[i];
            if (_first && i < _numeric.Length)
            {
                _numeric[i] = cell.Raw is not null;
            }

            var tag = i == 0 ? "th" : "td";
            _rows.Append('<').Append(tag);
            if (i == 0)
            {
                _rows.Append(" scope=\"row\"");
            }

            if (cell.Raw is not null)
            {
                _rows.Append(" class=\"num\" data-value=\"").Append(cell.Raw).Append('"');
            }

            _rows.Append('>').Append(SvgBuilder.Escape(cell.Text)).Append("</").Append(tag).Append('>');
        }

        _first = false;
        _rows.Append("</tr>");
        return this;
    }

    public override string ToString()
    {
        var html = new StringBuilder("<div class=\"table-wrap\"><table data-table=\"").Append(SvgBuilder.Escape(_id)).Append("\"><caption>")
            .Append(SvgBuilder.Escape(_caption)).Append("</caption><thead><tr>");
        for (var i = 0; i < _headers.Count; i++)
        {
            html.Append(_numeric[i] ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">").Append(SvgBuilder.Escape(_headers[i])).Append("</th>");
        }

        return html.Append("</tr></thead><tbody>").Append(_rows).Append("</tbody></table></div>").ToString();
    }

    /// <summary>A table cell: its text as shown and, for numbers, the exact value.</summary>
    internal readonly record struct Cell(string Text, string? Raw)
    {
        public static implicit operator Cell(string text) => new(text, null);

        public static Cell Number(string text, double? value) => new(text, ReportFormat.Raw(value));

        public static Cell Count(string text, long value) => new(text, value.ToString(CultureInfo.InvariantCulture));
    }
}
