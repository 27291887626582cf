using ReintegrationScoring.Report.Text;

namespace ReintegrationScoring.Report.Html;

/// <summary>Section 1: what produced the figures.</summary>
internal sealed partial class ReportPage
{
    private void AppendProvenance()
    {
        var p = _report.Provenance;
        OpenSection("provenance", ReportTexts.ProvenanceHeading);
        if (p.WeightsAreProvisionalDefault)
        {
            Paragraph(T(ReportTexts.ProvisionalNote), "note");
        }

        _html.Append("<dl class=\"provenance\">");
        Item(T(ReportTexts.InputFile), p.InputFileName, "input");
        Item(T(ReportTexts.GeneratedAt), ReportFormat.Time(p.GeneratedAt), "generated");
        Item(T(ReportTexts.RowsOk), _format.Count(p.RowsOk), "rows-ok");
        Item(T(ReportTexts.RowsIncomplete), _format.Count(p.RowsIncomplete), "rows-incomplete");
        Item(T(ReportTexts.RowsError), _format.Count(p.RowsError), "rows-error");
        Item(T(ReportTexts.Catalog), T(ReportTexts.VersionFormat, p.CatalogId, p.CatalogVersion), "catalog");
        Item(T(ReportTexts.WeightSet), T(ReportTexts.VersionFormat, p.WeightSetId, p.WeightSetVersion), "weights");
        Item(T(ReportTexts.Policy), PolicyText(p.Policy), "policy");
        Item(T(ReportTexts.Threshold), p.Threshold is { } t ? _format.Score(t) : T(ReportTexts.NoThreshold), "threshold");
        _html.Append("</dl>");
        CloseSection();
    }

    private void Item(string term, string value, string key) =>
        _html.Append("<div data-item=\"").Append(key).Append("\"><dt>").Append(Escape(term)).Append("</dt><dd>").Append(Escape(value)).Append("</dd></div>");

    private string PolicyText(MissingAnswerPolicy policy) => T(policy switch
    {
        MissingAnswerPolicy.Renormalize => ReportTexts.PolicyRenormalize,
        MissingAnswerPolicy.Zero => ReportTexts.PolicyZero,
        _ => ReportTexts.PolicyStrict,
    });
}
