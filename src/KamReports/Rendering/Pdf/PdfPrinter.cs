using System.Threading.Channels;
using Microsoft.Playwright;
using KamReports.Rendering;

namespace KamReports.Rendering.Pdf;

/// <summary>
/// Prints HTML to PDF in one headless Chromium with a pool of reusable pages. JavaScript is off and
/// every network request is blocked: documents carry their CSS, fonts are system fonts, charts are inline SVG.
/// </summary>
public sealed class PdfPrinter : IAsyncDisposable
{
    /// <summary>How every KamReports print browser is launched (the batch, the preview and the benchmark floor).</summary>
    public static BrowserTypeLaunchOptions LaunchOptions(string executablePath) => new() { ExecutablePath = executablePath, Headless = true, Args = BrowserArgs, Timeout = 60_000 };

    private static readonly string[] BrowserArgs =
    [
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-extensions", "--disable-quic", "--font-render-hinting=none", "--disable-default-apps",
    ];

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly IBrowserContext _context;
    private readonly Channel<IPage> _pages;

    private PdfPrinter(IPlaywright playwright, IBrowser browser, IBrowserContext context, Channel<IPage> pages, int size)
    {
        _playwright = playwright;
        _browser = browser;
        _context = context;
        _pages = pages;
        PoolSize = size;
    }

    public int PoolSize { get; }

    /// <summary>Starts the browser found by <see cref="BrowserLocator"/> and opens <paramref name="poolSize"/> pages.</summary>
    public static async Task<PdfPrinter> StartAsync(string executablePath, int poolSize)
    {
        IPlaywright? pw = null;
        try
        {
            pw = await Playwright.CreateAsync();
            var browser = await pw.Chromium.LaunchAsync(LaunchOptions(executablePath));
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, Offline = true, BypassCSP = false });
            await context.RouteAsync("**/*", route => route.Request.Url.StartsWith("data:", StringComparison.Ordinal) ? route.ContinueAsync() : route.AbortAsync("blockedbyclient"));
            var channel = Channel.CreateUnbounded<IPage>();
            for (var i = 0; i < poolSize; i++)
            {
                var page = await context.NewPageAsync();
                await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
                channel.Writer.TryWrite(page);
            }
            return new PdfPrinter(pw, browser, context, channel, poolSize);
        }
        catch (PlaywrightException e)
        {
            pw?.Dispose();
            throw new KamException($"cannot start the browser {executablePath}: {FirstLine(e.Message)}", ExitCodes.Failed);
        }
    }

    /// <summary>Prints one document; returns the PDF bytes (the caller writes them atomically).</summary>
    public async Task<byte[]> PrintAsync(RenderedDocument job)
    {
        var page = await _pages.Reader.ReadAsync();
        try
        {
            await page.SetContentAsync(job.Html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load, Timeout = 120_000 });
            var pdf = await page.PdfAsync(new PagePdfOptions
            {
                Format = "A4",
                PrintBackground = true,
                PreferCSSPageSize = true,
                DisplayHeaderFooter = true,
                HeaderTemplate = job.HeaderHtml,
                FooterTemplate = job.FooterHtml,
                Tagged = true,
                Outline = true,
                Margin = new Margin { Top = "18mm", Bottom = "16mm", Left = "14mm", Right = "14mm" },
            });
            return PdfMetadata.Apply(pdf, job.Title, job.Author, job.Subject, "KamReports");
        }
        finally
        {
            _pages.Writer.TryWrite(page);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _context.CloseAsync();
            await _browser.CloseAsync();
        }
        catch (PlaywrightException)
        {
            // The browser already went away; nothing left to close.
        }
        _playwright.Dispose();
    }

    private static string FirstLine(string s) => s.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim() ?? s;
}
