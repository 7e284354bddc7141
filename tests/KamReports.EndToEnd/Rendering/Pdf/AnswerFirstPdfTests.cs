using System.Text.RegularExpressions;
using KamReports.Documents;
using KamReports.Documents.AccountPlan;
using KamReports.Documents.ReviewPack;
using KamReports.EndToEnd.Support;
using KamReports.Rendering;
using KamReports.Sample;
using KamReports.TestSupport;
using UglyToad.PdfPig;

namespace KamReports.EndToEnd.Rendering.Pdf;

/// <summary>Issue 13: documents lead with the answer, their numbers agree, packs keep their length, pages are filled.</summary>
[Collection("browser")]
public partial class AnswerFirstPdfTests(BrowserFixture browser)
{
    private static SampleKit Load(string dir) => SampleKit.Load(dir);

    [GeneratedRegex(@"€[\d,]*\d(\.\d+)?[kMB]?|-?\d[\d,]*(\.\d+)?%?")]
    private static partial Regex Number();

    [Fact]
    public async Task Every_number_in_a_plans_messages_appears_elsewhere_in_the_same_pdf()
    {
        var kit = Load(Repo.SampleData);
        foreach (var a in kit.P.KeyAccounts)
        {
            var model = kit.Composer.AccountPlan(a);
            Assert.InRange(model.Messages.Count, 1, ComposeContext.MaxMessages);
            var text = Regex.Replace(PdfText.Read(await browser.Printer.PrintAsync(kit.Renderer.AccountPlan(model))).All, @"\s+", " ");
            foreach (var m in model.Messages)
            {
                Assert.Contains(m.Text.Split(' ')[0], text);
                foreach (Match n in Number().Matches(m.Text))
                {
                    var count = Regex.Matches(text, Regex.Escape(n.Value) + @"(?![\d.,])").Count;
                    Assert.True(count >= 2, $"{a.Account.Name}: \"{n.Value}\" of \"{m.Text}\" appears nowhere else in the plan");
                }
            }
        }
    }

    [Theory]
    [InlineData(300)]
    [InlineData(1000)]
    public async Task The_portfolio_pack_stays_within_24_pages_with_10_exceptions_and_a_count(int accounts)
    {
        using var tmp = new TempDir();
        new SampleGenerator(new SampleOptions(Accounts: accounts, Seed: 11)).Write(tmp.Path);
        var kit = Load(tmp.Path);
        var model = kit.Composer.PortfolioPack();
        var red = kit.P.KeyAccounts.Where(a => a.Kpis.HealthLight == KamReports.Compute.HealthLight.Red).ToArray();
        Assert.NotEmpty(red);
        // At most 10 rows (more only when more accounts are red), every red account among them; the others counted in one line.
        Assert.InRange(model.Exceptions.Count, red.Length, Math.Max(red.Length, ReviewPackComposer.MaxExceptions));
        if (accounts == 300) Assert.InRange(model.Exceptions.Count, 1, ReviewPackComposer.MaxExceptions);
        Assert.All(red, r => Assert.Contains(model.Exceptions, e => e.Id == r.Account.AccountId));
        var pdf = PdfText.Read(await browser.Printer.PrintAsync(kit.Renderer.ReviewPack(model)));
        Assert.InRange(pdf.Pages.Count, 1, 24);
        var all = kit.P.Scope(KamReports.Compute.ScopeKind.KeyAccounts).Exceptions.Count;
        if (all > ReviewPackComposer.MaxExceptions)
            Assert.Contains($"{all - model.Exceptions.Count} more exceptions of severity 2", pdf.All);
        foreach (var r in red) Assert.Contains(r.Account.Name, pdf.All);
    }

    [Fact]
    public async Task No_page_but_the_last_is_less_than_40_percent_filled()
    {
        var kit = Load(Repo.SampleData);
        var docs = new List<(string Name, IDocumentModel Model)> { ("portfolio", kit.Composer.PortfolioPack()) };
        docs.AddRange(DocumentCatalog.Sponsors(kit.P).Select(s => ("sponsor " + s, (IDocumentModel)kit.Composer.SponsorPack(s))));
        docs.AddRange(kit.P.KeyAccounts.Select(a => (a.Account.Name, (IDocumentModel)kit.Composer.AccountPlan(a))));
        var thin = new List<string>();
        foreach (var (name, model) in docs)
        {
            var kind = model is AccountPlanModel ? DocumentCatalog.AccountPlan : DocumentCatalog.PortfolioPack;
            var bytes = await browser.Printer.PrintAsync(kit.Renderer.Render(kind, model));
            using var pdf = PdfDocument.Open(bytes);
            var pages = pdf.GetPages().ToArray();
            for (var i = 0; i < pages.Length - 1; i++)
            {
                var fill = PageFill.Of(pages[i]);
                if (fill < 0.40) thin.Add($"{name} page {i + 1}: {fill:P0}");
            }
        }
        Assert.True(thin.Count == 0, "pages under 40% filled: " + string.Join("; ", thin));
    }
}
