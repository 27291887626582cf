using System;
using System.Threading.Tasks;
using PuppeteerSharp;
using Xunit;

namespace ReintegrationScoring.Report.Tests.Browser;

/// <summary>One headless Chromium shared by a test class.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not started.");

    public async Task InitializeAsync()
    {
        var options = new LaunchOptions
        {
            Headless = true,

            // Two cores shared with the build: give the browser time rather than fail on a busy machine.
            ProtocolTimeout = 300_000,
            Timeout = 120_000,
            ExecutablePath = Chromium.Executable(),

            // Root in CI has no user namespace sandbox; the page is our own file.
            Args = new[] { "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--font-render-hinting=none" },
        };
        _browser = await Puppeteer.LaunchAsync(options);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            await _browser.DisposeAsync();
        }
    }
}
