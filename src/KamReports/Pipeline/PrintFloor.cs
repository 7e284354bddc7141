using System.Diagnostics;
using KamReports.Rendering.Pdf;
using Microsoft.Playwright;

namespace KamReports.Pipeline;

/// <summary>
/// The print floor of the benchmark: the same HTML files printed by a bare loop over one browser and
/// a page pool of the same size, with no KamReports code around it. What remains above it is ours.
/// </summary>
public static class PrintFloor
{
    public static async Task<(double Seconds, int Documents)> MeasureAsync(string browserPath, IReadOnlyList<string> htmlFiles,
        int poolSize)
    {
        await using var session = await Session.OpenAsync(browserPath, poolSize);
        var pages = session.Pages;
        var next = -1;
        var sw = Stopwatch.StartNew();
        await Task.WhenAll(pages.Select(async page =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < htmlFiles.Count) await PrintAsync(page,
                await File.ReadAllTextAsync(htmlFiles[i]));
        }));
        return (sw.Elapsed.TotalSeconds, htmlFiles.Count);
    }

    /// <summary>
    /// The best-case floor: the same documents' bodies joined into one job per page slot and printed once each,
    /// with the same print options. What a run spends above it is the fixed cost of its separate print jobs.
    /// </summary>
    public static async Task<double> MeasureBestCaseAsync(string browserPath, IReadOnlyList<string> htmlFiles, int poolSize)
    {
        var docs = htmlFiles.Select(File.ReadAllText).ToArray();
        var head = docs.Length == 0 ? "" : docs[0][..Math.Max(0, docs[0].IndexOf("<body", StringComparison.Ordinal))];
        var jobs = Enumerable.Range(0, poolSize).Select(slot =>
            head + "<body>" + string.Concat(docs.Where((_, i) => i % poolSize == slot).Select(Body)) + "</body></html>").ToArray();
        await using var session = await Session.OpenAsync(browserPath, poolSize);
        var sw = Stopwatch.StartNew();
        await Task.WhenAll(session.Pages.Select((page, i) => PrintAsync(page, jobs[i])));
        return sw.Elapsed.TotalSeconds;
    }

    /// <summary>The fixed cost of one print job: a trivial one-page document printed <paramref name="times"/> times on one page slot; the
    /// mean in seconds.</summary>
    public static async Task<double> MeasureFixedCostAsync(string browserPath, int times = 10)
    {
        await using var session = await Session.OpenAsync(browserPath, 1);
        var page = session.Pages[0];
        await PrintAsync(page, "<html><body><p>warm-up</p></body></html>");
        var sw = Stopwatch.StartNew();
        for (var i = 0; i < times; i++) await PrintAsync(page, "<html><body><p>One line.</p></body></html>");
        return sw.Elapsed.TotalSeconds / times;
    }

    // A bare browser with JavaScript off, offline, and a pool of pages: the same launch as the batch's printer.
    private sealed class Session(IPlaywright playwright, IBrowser browser, IReadOnlyList<IPage> pages) : IAsyncDisposable
    {
        public IReadOnlyList<IPage> Pages => pages;

        public static async Task<Session> OpenAsync(string browserPath, int poolSize)
        {
            var pw = await Playwright.CreateAsync();
            var browser = await pw.Chromium.LaunchAsync(PdfPrinter.LaunchOptions(browserPath));
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, Offline = true });
            var pages = new List<IPage>();
            for (var i = 0; i < poolSize; i++) pages.Add(await context.NewPageAsync());
            return new Session(pw, browser, pages);
        }

        public async ValueTask DisposeAsync()
        {
            await browser.CloseAsync();
            playwright.Dispose();
        }
    }

    private static string Body(string html)
    {
        var start = html.IndexOf('>', Math.Max(0, html.IndexOf("<body", StringComparison.Ordinal))) + 1;
        var end = html.LastIndexOf("</body>", StringComparison.Ordinal);
        return end > start ? html[start..end] : html;
    }

    private static async Task<byte[]> PrintAsync(IPage page, string html)
    {
        await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
        return await page.PdfAsync(new PagePdfOptions
        {
            Format = "A4", PrintBackground = true, PreferCSSPageSize = true, DisplayHeaderFooter = true, Tagged = true, Outline = true,
            HeaderTemplate = "<span style='font-size:7pt'><span class='title'></span></span>",
            FooterTemplate = "<span style='font-size:7pt'>Page <span class='pageNumber'></span> of <span class='totalPages'></span></span>",
            Margin = new Margin { Top = "18mm", Bottom = "16mm", Left = "14mm", Right = "14mm" },
        });
    }
}
