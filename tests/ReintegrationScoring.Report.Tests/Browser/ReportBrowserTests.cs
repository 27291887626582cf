using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using PuppeteerSharp;
using PuppeteerSharp.Media;
using Xunit;

namespace ReintegrationScoring.Report.Tests.Browser;

/// <summary>The report opened in a real (headless) Chromium from a file:// URL, in both languages.</summary>
public sealed class ReportBrowserTests : IClassFixture<BrowserFixture>
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private readonly BrowserFixture _browser;

    public ReportBrowserTests(BrowserFixture browser) => _browser = browser;

    public static TheoryData<ReportLanguage> Languages => new() { ReportLanguage.English, ReportLanguage.French };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Page_FromFile_NoRequestLeavesTheFileAndNoConsoleError(ReportLanguage language)
    {
        await using var report = await OpenedReport.OpenAsync(_browser.Browser, ReportSamples.Cohort(), language);
        await report.Page.EvaluateExpressionAsync("document.fonts.ready.then(() => true)");

        Assert.Empty(report.Requests);
        Assert.Empty(report.Errors);
        Assert.Equal(language == ReportLanguage.French ? "fr" : "en", await report.Page.EvaluateExpressionAsync<string>("document.documentElement.lang"));
    }

    [Fact]
    public async Task Harness_APageThatReachesOut_IsCaught()
    {
        // The checks above are only as good as the harness: a page with an outside image and a script error must fail them.
        await using var report = await OpenedReport.OpenAsync(
            _browser.Browser,
            "<!DOCTYPE html><html lang=\"en\"><body><img src=\"https://example.invalid/x.png\" alt=\"\"><script>console.error('boom')</script></body></html>");

        Assert.Contains("https://example.invalid/x.png", report.Requests);
        Assert.Contains(report.Errors, e => e.Contains("boom", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task EveryChart_IsDrawnWithANonEmptyBoxAndATableBesideIt(ReportLanguage language)
    {
        var model = ReportSamples.Cohort();
        await using var report = await OpenedReport.OpenAsync(_browser.Browser, model, language);

        var figures = await report.Page.EvaluateExpressionAsync<FigureBox[]>(
            "[...document.querySelectorAll('figure')].map(f => { const s = f.querySelector('svg.chart'); const r = s ? s.getBoundingClientRect() : null; "
            + "return { kind: f.dataset.figure, width: r ? r.width : 0, height: r ? r.height : 0, tables: f.querySelectorAll('table').length, "
            + "shapes: s ? s.querySelectorAll('rect.bar, rect.box, .point, .mean').length : 0, caption: (f.querySelector('figcaption') || {}).textContent || '', "
            + "label: s ? (s.getAttribute('aria-labelledby') || '').split(' ').map(id => (document.getElementById(id) || {}).textContent || '').join(' ') : '' }; })");

        Assert.Equal(ExpectedFigures(model), figures.Length);
        Assert.All(figures, f =>
        {
            Assert.True(f.Width > 100 && f.Height > 50, $"{f.Kind}: {f.Width}×{f.Height}");
            Assert.Equal(1, f.Tables);
            Assert.True(f.Shapes > 0, $"{f.Kind} draws nothing");
            Assert.False(string.IsNullOrWhiteSpace(f.Caption));
            Assert.Contains(f.Caption, f.Label, StringComparison.Ordinal);
        });
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Tables_ShowTheModelsFigures(ReportLanguage language)
    {
        var model = ReportSamples.Cohort();
        await using var report = await OpenedReport.OpenAsync(_browser.Browser, model, language);
        var tables = await Tables(report.Page);

        foreach (var score in new[] { ScoreKind.Economic, ScoreKind.Social, ScoreKind.Psychosocial, ScoreKind.Composite })
        {
            var expected = model.Distributions.Where(d => d.Score == score).OrderBy(d => d.Round)
                .SelectMany(d => new double?[] { d.N, d.Min, d.Q1, d.Median, d.Q3, d.Max, d.Mean });
            AssertValues(expected, tables["scores-" + score.ToCode()]);
        }

        AssertValues(model.Retention.OrderBy(s => s.Round).Select(s => (double?)s.Respondents), tables["retention"]);
        AssertValues(
            model.Progress.OrderBy(p => p.From).ThenBy(p => p.To).ThenBy(p => p.Score).SelectMany(p => new double?[] { p.Pairs, p.MeanChange, p.CiLow, p.CiHigh }),
            tables["progress-change"]);
        AssertValues(
            model.Progress.OrderBy(p => p.From).ThenBy(p => p.To).ThenBy(p => p.Score).SelectMany(p => new double?[] { p.Pairs, p.Improved, p.Unchanged, p.Declined }),
            tables["progress-shares"]);
        AssertValues(model.DataQuality.Measures.SelectMany(m => new double?[] { m.Surveys, m.Missing, m.DontKnow, m.Refused, m.NotApplicable }), tables["quality"]);
        AssertValues(model.BelowThreshold.OrderBy(b => b.Score).SelectMany(b => new double?[] { b.Scored, b.Share }), tables["below"]);

        // Every group mean appears in its table, whatever the sort order of the rows.
        foreach (var comparison in model.Groups)
        {
            foreach (var score in comparison.Means.Select(m => m.Score).Distinct())
            {
                var expected = comparison.Means.Where(m => m.Score == score).Select(m => new double?[] { m.N, m.Mean, m.CiLow, m.CiHigh }).ToList();
                var rows = tables["groups-" + comparison.Attribute + "-" + score.ToCode()].Chunk(4).ToList();
                Assert.Equal(expected.Count, rows.Count);
                Assert.All(expected, e => Assert.Contains(rows, r => r.Select(c => c.Raw).SequenceEqual(e.Select(Raw))));
            }
        }

        // What the reader sees is the exact figure, rounded, in the language's number format.
        Assert.All(tables.Values.SelectMany(t => t), cell => AssertShown(cell, language));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task BuiltFromAScoredCohort_LoadsCleanWithEveryChartDrawn(ReportLanguage language)
    {
        var model = CohortReportBuilderTests.Build();
        await using var report = await OpenedReport.OpenAsync(_browser.Browser, model, language);

        var boxes = await report.Page.EvaluateExpressionAsync<double[]>("[...document.querySelectorAll('svg.chart')].map(s => { const r = s.getBoundingClientRect(); return r.width * r.height; })");

        Assert.Equal(ExpectedFigures(model), boxes.Length);
        Assert.All(boxes, area => Assert.True(area > 5_000, $"{area}"));
        Assert.Empty(report.Errors);
        Assert.Empty(report.Requests);
    }

    [Fact]
    public async Task Page_At320PixelsWide_DoesNotScrollSideways()
    {
        await using var report = await OpenedReport.OpenAsync(_browser.Browser, ReportSamples.Cohort(), ReportLanguage.French, width: 320);

        var width = await report.Page.EvaluateExpressionAsync<double>("document.documentElement.scrollWidth");

        Assert.True(width <= 320, $"page is {width}px wide at a 320px viewport");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Print_ToA4Pdf_SucceedsWithEveryChartWithinAPage(ReportLanguage language)
    {
        await using var report = await OpenedReport.OpenAsync(_browser.Browser, ReportSamples.Large(40), language);
        await report.Page.EmulateMediaTypeAsync(MediaType.Print);

        // A4 at 96 px/in minus the page margins of the print style sheet (14 mm top and bottom, 12 mm each side).
        await report.Page.SetViewportAsync(new ViewPortOptions { Width = 703, Height = 1017 });
        var tallest = await report.Page.EvaluateExpressionAsync<double>("Math.max(...[...document.querySelectorAll('svg.chart')].map(s => s.getBoundingClientRect().height))");
        var widest = await report.Page.EvaluateExpressionAsync<double>("Math.max(...[...document.querySelectorAll('svg.chart')].map(s => s.getBoundingClientRect().right))");
        var pdf = await report.Page.PdfDataAsync(new PdfOptions { Format = PaperFormat.A4, PreferCSSPageSize = true, Timeout = 240_000 });

        Assert.True(tallest <= 1017, $"a chart is {tallest}px high, more than a page");
        Assert.True(widest <= 703, $"a chart reaches {widest}px, beyond the page");
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.True(pdf.Length > 10_000);
        Assert.Empty(report.Errors);
        Assert.Empty(report.Requests);
    }

    internal static int ExpectedFigures(CohortReport model) =>
        1 // data quality
        + model.Distributions.Select(d => d.Score).Distinct().Count()
        + model.Groups.Sum(g => g.Means.Select(m => m.Score).Distinct().Count())
        + (model.Progress.Count > 0 ? 2 : 0)
        + (model.Retention.Count > 0 ? 1 : 0)
        + (model.Weakest.Count > 0 ? 1 : 0)
        + (model.Provenance.Threshold is not null && model.BelowThreshold.Count > 0 ? 1 : 0)
        + (model.Robustness?.Ranks.Select(r => (r.Round, r.Score)).Distinct().Count() ?? 0);

    private static async Task<Dictionary<string, List<Cell>>> Tables(IPage page)
    {
        var json = await page.EvaluateExpressionAsync<string>(
            "JSON.stringify(Object.fromEntries([...document.querySelectorAll('table[data-table]')].map(t => [t.dataset.table, "
            + "[...t.querySelectorAll('td[data-value]')].map(c => ({ raw: c.dataset.value, text: c.textContent }))])))");
        return JsonSerializer.Deserialize<Dictionary<string, List<Cell>>>(json, JsonOptions)!;
    }

    private static string Raw(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    private static void AssertValues(IEnumerable<double?> expected, List<Cell> cells) =>
        Assert.Equal(expected.Select(Raw).ToList(), cells.Select(c => c.Raw).ToList());

    private static void AssertShown(Cell cell, ReportLanguage language)
    {
        if (cell.Raw.Length == 0)
        {
            Assert.Equal(string.Empty, cell.Text);
            return;
        }

        var text = cell.Text.Replace("\u202F", string.Empty, StringComparison.Ordinal).Replace('−', '-').Replace("+", string.Empty, StringComparison.Ordinal);
        var percent = text.EndsWith('%');
        text = text.TrimEnd('%').Trim();
        if (language == ReportLanguage.French)
        {
            Assert.DoesNotContain('.', text);
            text = text.Replace(',', '.');
        }
        else
        {
            text = text.Replace(",", string.Empty, StringComparison.Ordinal);
        }

        var shown = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        var exact = double.Parse(cell.Raw, CultureInfo.InvariantCulture) * (percent ? 100 : 1);
        var decimals = text.Contains('.', StringComparison.Ordinal) ? text.Length - text.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
        Assert.True(Math.Abs(shown - exact) <= (0.5 * Math.Pow(10, -decimals)) + 1e-9, $"'{cell.Text}' shows {exact}");
    }

    public sealed record FigureBox(string Kind, double Width, double Height, int Tables, int Shapes, string Caption, string Label);

    public sealed record Cell(string Raw, string Text);
}
