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
    public static async Task<(double Seconds, int Documents)> MeasureAsync(string browserPath, IReadOnlyList<string> htmlFiles, int poolSize)
    {
        using var pw = await Playwright.CreateAsync();
        await using var browser = await pw.Chromium.LaunchAsync(PdfPrinter.LaunchOptions(browserPath));
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, Offline = true });
        var pages = new List<IPage>();
        for (var i = 0; i < poolSize; i++) pages.Add(await context.NewPageAsync());
        var next = -1;
        var sw = Stopwatch.StartNew();
        await Task.WhenAll(pages.Select(async page =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < htmlFiles.Count)
            {
                await page.SetContentAsync(await File.ReadAllTextAsync(htmlFiles[i]), new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
                await page.PdfAsync(new PagePdfOptions
                {
                    Format = "A4", PrintBackground = true, PreferCSSPageSize = true, DisplayHeaderFooter = true, Tagged = true, Outline = true,
                    HeaderTemplate = "<span style='font-size:7pt'><span class='title'></span></span>",
                    FooterTemplate = "<span style='font-size:7pt'>Page <span class='pageNumber'></span> of <span class='totalPages'></span></span>",
                    Margin = new Margin { Top = "18mm", Bottom = "16mm", Left = "14mm", Right = "14mm" },
                });
            }
        }));
        return (sw.Elapsed.TotalSeconds, htmlFiles.Count);
    }
}
