namespace ReintegrationScoring.Report.Html;

/// <summary>
/// The page's style sheet, inline. System fonts only (no font file to fetch); one column on a phone, two charts side by
/// side on a wide screen; a print sheet for A4 that keeps each figure whole and drops the navigation.
/// </summary>
internal static class ReportStyles
{
    public const string Css =
        ":root{--ink:#1a1a1a;--muted:#555;--rule:#d0d0d0;--band:#f3f3f3;--note:#fff4d6}"
        + "*{box-sizing:border-box}"
        + "body{margin:0;padding:0 1rem 2rem;font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','Liberation Sans',Arial,sans-serif;color:var(--ink);background:#fff}"
        + "header,main,footer{max-width:64rem;margin:0 auto}"
        + "h1{font-size:1.7rem;line-height:1.2;margin:1.2rem 0 .6rem}h2{font-size:1.35rem;margin:2.2rem 0 .6rem;padding-top:.6rem;border-top:2px solid var(--ink)}h3{font-size:1.1rem;margin:1.6rem 0 .4rem}"
        + "nav ol{margin:0;padding-left:1.4rem;columns:2 14rem}"
        + "a{color:#0057a0}"
        + ".note{background:var(--note);border-left:6px solid #E69F00;padding:.6rem .8rem;font-weight:600}"
        + "dl.provenance{display:grid;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr));gap:.2rem 1.5rem;margin:0}"
        + "dl.provenance div{border-bottom:1px solid var(--rule);padding:.25rem 0}dt{font-size:.85rem;color:var(--muted)}dd{margin:0;overflow-wrap:anywhere}"
        + ".grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,26rem),1fr));gap:0 1.5rem}"
        + "figure{margin:1rem 0 1.6rem;min-width:0}figcaption{font-weight:600;margin-bottom:.3rem}"
        + ".chart-wrap{overflow-x:auto}"
        + "svg.chart{display:block;width:100%;height:auto;min-width:18rem}"
        + "svg.defs{position:absolute;width:0;height:0;overflow:hidden}"
        + ".chart text{font-family:inherit;fill:var(--ink)}.chart .label{font-size:13px}.chart .tick,.chart .value{font-size:11.5px}.chart .axis-title{font-size:12px;font-weight:600}"
        + ".chart .grid{stroke:#e2e2e2;stroke-width:1}.chart .axis{stroke:var(--ink);stroke-width:1.2}.chart .reference{stroke:var(--ink);stroke-width:1.4;stroke-dasharray:4 3}"
        + ".chart .band{fill:var(--band)}.chart .bar,.chart .box{stroke:var(--ink);stroke-width:.8}"
        + ".chart .whisker{stroke:var(--ink);stroke-width:1.3}.chart .median{stroke:var(--ink);stroke-width:3}.chart .mean{stroke:var(--ink);stroke-width:1.5}"
        + ".chart .interval{stroke:var(--ink);stroke-width:1.6}.chart .point{stroke:var(--ink);stroke-width:.9}.chart .nominal{stroke:var(--ink);stroke-width:1.6}"
        + "ul.legend{list-style:none;display:flex;flex-wrap:wrap;gap:.2rem 1rem;margin:.2rem 0 .4rem;padding:0;font-size:.9rem}"
        + "ul.legend li{display:flex;align-items:center;gap:.35rem}svg.swatch{width:30px;height:14px;flex:none}"
        + ".table-wrap{overflow-x:auto;margin-top:.5rem}"
        + "table{border-collapse:collapse;font-size:.85rem;min-width:60%}caption{text-align:left;font-size:.8rem;color:var(--muted);padding-bottom:.2rem}"
        + "th,td{padding:.2rem .4rem;border-bottom:1px solid var(--rule);text-align:left;vertical-align:top}thead th{border-bottom:2px solid var(--ink)}"
        + "td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}"
        + "footer{margin-top:2rem;font-size:.85rem;color:var(--muted)}"
        + "@media (max-width:30rem){body{padding:0 .6rem 1.5rem;font-size:15px}h1{font-size:1.4rem}}"
        + "@page{size:A4;margin:14mm 12mm}"
        + "@media print{body{padding:0;font-size:10.5pt}nav,.table-wrap{overflow:visible}nav{display:none}"
        + "h2{break-after:avoid;page-break-after:avoid}h3{break-after:avoid}"
        + "figcaption,ul.legend{break-after:avoid;page-break-after:avoid}.chart-wrap{overflow:visible;break-inside:avoid;page-break-inside:avoid}"
        + "thead{display:table-header-group}tr{break-inside:avoid}"
        + "svg.chart{min-width:0;max-height:235mm;width:100%}"
        + ".grid{display:block}table{font-size:8.5pt}a{color:inherit;text-decoration:none}"
        + ".note{border:1px solid #000;border-left-width:6px;background:none}}";
}
