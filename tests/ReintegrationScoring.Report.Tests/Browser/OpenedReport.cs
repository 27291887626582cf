using System;
using System.Collections.Concurrent;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using PuppeteerSharp;

namespace ReintegrationScoring.Report.Tests.Browser;

/// <summary>
/// A report written to a temporary file and opened from its file:// URL, with every request other than the file itself
/// blocked and recorded, and every console error and page error recorded.
/// </summary>
internal sealed class OpenedReport : IAsyncDisposable
{
    private readonly string _folder;

    private OpenedReport(string folder, string path, IPage page)
    {
        _folder = folder;
        Path = path;
        Page = page;
    }

    public string Path { get; }

    public IPage Page { get; }

    public ConcurrentQueue<string> Requests { get; } = new();

    public ConcurrentQueue<string> Errors { get; } = new();

    public static Task<OpenedReport> OpenAsync(IBrowser browser, CohortReport report, ReportLanguage language, int width = 1100) =>
        OpenAsync(browser, HtmlReportWriter.ToHtml(report, language), width);

    public static async Task<OpenedReport> OpenAsync(IBrowser browser, string html, int width = 1100)
    {
        var folder = Directory.CreateTempSubdirectory("rss-report-").FullName;
        var path = System.IO.Path.Combine(folder, "report.html");
        await File.WriteAllTextAsync(path, html, new UTF8Encoding(false));
        var page = await browser.NewPageAsync();
        page.DefaultTimeout = 120_000;
        var opened = new OpenedReport(folder, path, page);
        var url = new Uri(path).AbsoluteUri;
        await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = 900 });
        await page.SetRequestInterceptionAsync(true);
        page.Request += async (_, e) =>
        {
            if (e.Request.Url == url)
            {
                await e.Request.ContinueAsync();
            }
            else
            {
                opened.Requests.Enqueue(e.Request.Url);
                await e.Request.AbortAsync();
            }
        };
        page.Console += (_, e) =>
        {
            if (e.Message.Type is ConsoleType.Error or ConsoleType.Warning)
            {
                opened.Errors.Enqueue($"console {e.Message.Type}: {e.Message.Text}");
            }
        };
        page.PageError += (_, e) => opened.Errors.Enqueue("page error: " + e.Message);
        await page.GoToAsync(url, WaitUntilNavigation.Load);
        return opened;
    }

    public async ValueTask DisposeAsync()
    {
        await Page.CloseAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
