using KamReports.Rendering.Pdf;
using Microsoft.Playwright;

namespace KamReports.EndToEnd.Support;

/// <summary>
/// One headless browser (launched as the batch launches its own) for the preview tests, which look at pages as a person would.
/// </summary>
public sealed class PreviewBrowser : IAsyncLifetime
{
    // A guard against a hang, not a timing: a page that has not reloaded or shown a text by then has failed.
    private const float Patience = 120_000;

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        // A browser that closes while it starts on a busy machine is started again, as PdfPrinter does (twice at most).
        for (var attempt = 1; _browser is null; attempt++)
        {
            try
            {
                _browser = await _playwright.Chromium.LaunchAsync(PdfPrinter.LaunchOptions(BrowserLocator.Find(null)));
            }
            catch (PlaywrightException) when (attempt < 3)
            {
                // Launched again below.
            }
        }
        Assertions.SetDefaultExpectTimeout(Patience);
    }

    /// <summary>A fresh browser context (no cookies, no session storage of an earlier test).</summary>
    public async Task<IBrowserContext> NewContextAsync()
    {
        var context = await (_browser ?? throw new InvalidOperationException("the browser has not started")).NewContextAsync();
        context.SetDefaultTimeout(Patience);
        context.SetDefaultNavigationTimeout(Patience);
        return context;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}

[CollectionDefinition("preview")]
public sealed class PreviewCollection : ICollectionFixture<PreviewBrowser>;
