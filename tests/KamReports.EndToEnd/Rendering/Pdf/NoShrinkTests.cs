using KamReports.EndToEnd.Support;
using KamReports.TestSupport;
using UglyToad.PdfPig;

namespace KamReports.EndToEnd.Rendering.Pdf;

/// <summary>
/// A table wider than the page makes the browser shrink the whole document (a German portfolio pack printed a quarter smaller, its
/// column titles unbreakable): every edition prints at the size of the English one.
/// </summary>
[Collection("browser")]
public class NoShrinkTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("de-DE")]
    [InlineData("zh-CN")]
    public async Task Every_pack_of_an_edition_prints_at_the_english_size(string culture)
    {
        var en = SampleKit.Load(Repo.SampleData);
        var other = SampleKit.Load(Repo.SampleData, culture);
        var sponsor = KamReports.Documents.DocumentCatalog.Sponsors(en.P)[0];
        foreach (var (a, b) in new[]
        {
            (en.Renderer.ReviewPack(en.Composer.PortfolioPack()), other.Renderer.ReviewPack(other.Composer.PortfolioPack())),
            (en.Renderer.Render(KamReports.Documents.DocumentCatalog.SponsorPack, en.Composer.SponsorPack(sponsor)),
                other.Renderer.Render(KamReports.Documents.DocumentCatalog.SponsorPack, other.Composer.SponsorPack(sponsor))),
        })
        {
            var ratio = Scale(await browser.Printer.PrintAsync(b)) / Scale(await browser.Printer.PrintAsync(a));
            Assert.InRange(ratio, 0.95, 1.05);
        }
    }

    // The median height of the digits printed: the same stylesheet sets the same sizes in every edition, so a document shrunk to fit
    // prints its digits smaller.
    private static double Scale(byte[] pdf)
    {
        using var doc = PdfDocument.Open(pdf);
        var heights = doc.GetPages().SelectMany(p => p.Letters).Where(l => char.IsDigit(l.Value[0]))
            .Select(l => l.BoundingBox.Height).Order().ToArray();
        return heights[heights.Length / 2];
    }
}
