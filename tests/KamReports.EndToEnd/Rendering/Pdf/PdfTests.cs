using KamReports.EndToEnd.Support;
using KamReports.Rendering.Pdf;
using KamReports.TestSupport;

namespace KamReports.EndToEnd.Rendering.Pdf;

[Collection("browser")]
public class PdfTests(BrowserFixture browser)
{
    private async Task<PdfText> PrintPlan(RenderKit kit, string id) => PdfText.Read(await PrintPlanBytes(kit, id));

    private async Task<byte[]> PrintPlanBytes(RenderKit kit, string id)
    {
        var doc = kit.Plan(id);
        return await browser.Printer.PrintAsync(doc);
    }

    [Fact]
    public async Task Account_plan_pdf_has_section_bookmarks_and_a_tagged_structure()
    {
        var pdf = await PrintPlanBytes(new RenderKit(), "A1");
        using var doc = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Assert.True(doc.TryGetBookmarks(out var bookmarks));
        var titles = bookmarks.GetNodes().Select(n => n.Title).ToArray();
        foreach (var s in new[] { "Executive summary", "Action plan", "KPI scorecard" })
            Assert.Contains(titles, t => t.Contains(s, StringComparison.Ordinal));
        var raw = System.Text.Encoding.Latin1.GetString(pdf);
        Assert.Contains("/StructTreeRoot", raw);
        Assert.Contains("/Marked true", raw);
    }

    [Fact]
    public async Task Account_plan_pdf_reads_back_with_sections_numbers_footer_and_metadata()
    {
        var text = await PrintPlan(new RenderKit(), "A1");
        Assert.Equal("Account plan: Account A1", text.Title);
        Assert.Equal("KAM A1", text.Author);
        Assert.Equal("Key account review 2026-Q3", text.Subject);
        var all = text.All;
        foreach (var section in new[] { "Executive summary", "ACCOUNT TEAM", "Customer overview", "Revenue and potential",
            "Cross-selling and white space",
                     "Satisfaction", "Relationship map", "Competitive position", "Action plan", "KPI scorecard" })
            Assert.Contains(section, all);
        Assert.Contains("€2,000", all);
        Assert.Contains("80.0%", all);
        Assert.Contains("Page 1 of " + text.Pages.Count, text.Pages[0]);
        Assert.Contains($"Page {text.Pages.Count} of {text.Pages.Count}", text.Pages[^1]);
        Assert.Contains("Generated 5 Oct 2026", text.Pages[0]);
        Assert.InRange(text.Pages.Count, 4, 12);
    }

    [Fact]
    public async Task Chinese_plan_renders_cjk_text_that_extracts_back()
    {
        var text = await PrintPlan(new RenderKit("zh-CN"), "A1");
        // NFKC: the CJK font maps some glyphs to Kangxi radicals (⼾ for 户) in its Unicode table.
        var all = text.All.Replace(" ", "").Normalize(System.Text.NormalizationForm.FormKC);
        Assert.Contains("执行摘要", all);
        Assert.Contains("报告期", all);
        var first = text.Pages[0].Replace(" ", "").Normalize(System.Text.NormalizationForm.FormKC);
        Assert.Matches(@"第1.,共\d+", first); // 页 may extract as the radical ⻚
    }

    [Fact]
    public async Task Scripts_do_not_run_and_external_requests_are_blocked()
    {
        const string html =
            "<html><head><title>x</title><link rel=stylesheet href='http://127.0.0.1:9/evil.css'></head><body><p id=p>static</p>" +
                            "<script>document.getElementById('p').textContent='SCRIPT RAN'</script><img src='http://127.0.0.1:9/pixel.png'></body></html>";
        var pdf = await browser.Printer.PrintAsync(new KamReports.Rendering.RenderedDocument(html, "<span></span>", "<span></span>", "t",
            "a", "s"));
        var text = PdfText.Read(pdf).All;
        Assert.Contains("static", text);
        Assert.DoesNotContain("SCRIPT RAN", text);
    }
}
