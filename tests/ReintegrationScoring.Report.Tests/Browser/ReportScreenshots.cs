using System;
using System.IO;
using System.Threading.Tasks;
using PuppeteerSharp;
using PuppeteerSharp.Media;
using Xunit;

namespace ReintegrationScoring.Report.Tests.Browser;

/// <summary>
/// Screenshots of each section of the sample report in both languages, from the same browser run as the tests. They go
/// to RSS_SCREENSHOTS_DIR when set (eng/report-screenshots.sh sets it to docs/images), else to a temporary folder.
/// </summary>
public sealed class ReportScreenshots : IClassFixture<BrowserFixture>
{
    private static readonly string[] Sections = { "provenance", "quality", "scores", "groups", "progress", "needs", "robustness" };

    private const decimal MaxHeight = 1500;

    private readonly BrowserFixture _browser;

    public ReportScreenshots(BrowserFixture browser) => _browser = browser;

    [Theory]
    [InlineData(ReportLanguage.English, "en")]
    [InlineData(ReportLanguage.French, "fr")]
    public async Task EverySection_BothLanguages_IsCapturedAsPng(ReportLanguage language, string tag)
    {
        var folder = Folder();
        await using var report = await OpenedReport.OpenAsync(_browser.Browser, ReportSamples.Cohort(), language, width: 1000);
        foreach (var section in Sections)
        {
            var element = await report.Page.QuerySelectorAsync("#" + section);
            Assert.NotNull(element);
            var path = Path.Combine(folder, $"report-{tag}-{section}.png");
            await Capture(report.Page, element, path);
            Assert.True(new FileInfo(path).Length > 2_000, path);
        }

        Assert.Empty(report.Requests);
    }

    [Fact]
    public async Task NarrowScreenAndFortyGroups_AreCapturedAsPng()
    {
        var folder = Folder();
        await using (var narrow = await OpenedReport.OpenAsync(_browser.Browser, ReportSamples.Cohort(), ReportLanguage.English, width: 320))
        {
            await narrow.Page.ScreenshotAsync(Path.Combine(folder, "report-en-320px.png"), new ScreenshotOptions { FullPage = false });
        }

        await using var large = await OpenedReport.OpenAsync(_browser.Browser, ReportSamples.Large(40), ReportLanguage.English, width: 1000);
        var figure = await large.Page.QuerySelectorAsync("#groups figure");
        Assert.NotNull(figure);
        var path = Path.Combine(folder, "report-en-40-groups.png");
        await Capture(large.Page, figure, path);
        Assert.True(new FileInfo(path).Length > 2_000, path);
    }

    [Fact]
    public async Task PrintedPage_IsWrittenAsPdfBesideTheScreenshots()
    {
        var folder = Folder();
        await using var report = await OpenedReport.OpenAsync(_browser.Browser, ReportSamples.Cohort(), ReportLanguage.French);
        File.Copy(report.Path, Path.Combine(Path.GetTempPath(), "rss-report-fr.html"), overwrite: true);
        var pdf = Path.Combine(Path.GetTempPath(), "rss-report-fr.pdf");
        await report.Page.PdfAsync(pdf, new PdfOptions { Format = PaperFormat.A4, PreferCSSPageSize = true, Timeout = 240_000 });

        Assert.True(new FileInfo(pdf).Length > 10_000);
        Assert.True(Directory.Exists(folder));
    }

    /// <summary>The element, or its first <see cref="MaxHeight"/> pixels when it is longer: a picture of a section, not its every table.</summary>
    private static async Task Capture(IPage page, IElementHandle element, string path)
    {
        var box = await element.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Width > 0 && box.Height > 0, path);
        await page.ScreenshotAsync(path, new ScreenshotOptions
        {
            Clip = new Clip { X = box.X, Y = box.Y, Width = box.Width, Height = Math.Min(box.Height, MaxHeight) },
            CaptureBeyondViewport = true,
        });
    }

    private static string Folder()
    {
        var configured = Environment.GetEnvironmentVariable("RSS_SCREENSHOTS_DIR");
        var folder = string.IsNullOrWhiteSpace(configured) ? Path.Combine(Path.GetTempPath(), "rss-report-screenshots") : configured;
        Directory.CreateDirectory(folder);
        return folder;
    }
}
