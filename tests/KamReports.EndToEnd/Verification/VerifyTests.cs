using System.Text.Json;
using KamReports.Documents;
using KamReports.EndToEnd.Support;
using KamReports.Output;
using KamReports.Pipeline;
using KamReports.TestSupport;
using KamReports.Verification;

namespace KamReports.EndToEnd.Verification;

/// <summary>
/// Issue 23: a run checks its own documents (page-1 figures against kpis.csv, PDFs read back) and records the result per document;
/// <c>kam verify</c> passes on a run's folder and fails on a swapped PDF and on a hand-edited kpis.csv; the packs' page 1 reads back
/// at 40, 300 and 1,000 accounts and with the ABC rule choosing the key accounts.
/// </summary>
[Collection("browser")]
public class VerifyTests(BrowserFixture browser)
{
    [Fact]
    public void Kam_verify_passes_on_a_run_and_fails_on_a_swapped_pdf_and_on_an_edited_kpis_csv()
    {
        using var dir = new TempDir();
        var run = KamProcess.Run(dir.Path, "generate", "--data", Repo.SampleData, "--out", "out", "--no-workbook");
        Assert.True(run.ExitCode == 0, run.Stderr);
        var folder = Path.Combine(dir.Path, "out", "2026-Q3");
        var manifest = JsonSerializer.Deserialize<Manifest>(File.ReadAllText(Path.Combine(folder, "manifest.json")), Manifest.Json)!;
        var checks = manifest.Outputs.Where(o => o.Check is not null).ToArray();
        Assert.Equal(21, checks.Length); // 17, and the German and the Chinese sponsor's pack and brief in their language
        Assert.All(checks, o => Assert.Equal(DocumentCheck.Passed, o.Check!.Status));
        Assert.All(checks, o => Assert.InRange(o.Check!.Figures.Count, o.Path.Contains("brief-") ? 0 : 10, 60));

        var ok = KamProcess.Run(dir.Path, "verify", "out");
        Assert.True(ok.ExitCode == 0, ok.Stdout + ok.Stderr);
        Assert.Contains("Verified: 30 files, 21 documents", ok.Stdout);

        // Another account's plan under Meridian's name.
        var meridian = Path.Combine(folder, "account-plans", "ACC-0001-meridian-gmbh.pdf");
        var original = File.ReadAllBytes(meridian);
        File.Copy(Path.Combine(folder, "account-plans", "ACC-0002-tessera-plc.pdf"), meridian, overwrite: true);
        var swapped = KamProcess.Run(dir.Path, "verify", folder);
        Assert.True(swapped.ExitCode == 1, swapped.Stdout);
        Assert.Contains("account-plans/ACC-0001-meridian-gmbh.pdf: not the file the run wrote", swapped.Stdout);
        Assert.True(swapped.Stdout.Contains("account-plans/ACC-0001-meridian-gmbh.pdf: page 1 does not show €391k (revenue_ttm, account:ACC-0001)",
            StringComparison.Ordinal), swapped.Stdout);
        File.WriteAllBytes(meridian, original);

        // A key account's TTM revenue raised by hand in kpis.csv.
        var kpis = Path.Combine(folder, "kpis.csv");
        var lines = File.ReadAllLines(kpis);
        var col = Array.IndexOf(lines[0].Split(','), "revenue_ttm");
        var i = Array.FindIndex(lines, l => l.StartsWith("ACC-0001,", StringComparison.Ordinal));
        var cells = lines[i].Split(',');
        cells[col] = "440922";
        lines[i] = string.Join(',', cells);
        File.WriteAllLines(kpis, lines);
        var edited = KamProcess.Run(dir.Path, "verify", folder);
        Assert.Equal(1, edited.ExitCode);
        Assert.Contains("kpis.csv: not the file the run wrote", edited.Stdout);
        Assert.Contains("review-packs/portfolio.pdf: revenue_ttm (key_accounts, ttm): the document shows €1.6M, kpis.csv gives €1.7M",
            edited.Stdout);
        Assert.DoesNotContain("   at ", edited.Stdout + edited.Stderr);
    }

    [Fact]
    public void A_template_that_leaves_a_page_one_figure_off_page_one_fails_the_run_naming_it()
    {
        using var dir = new TempDir().Minimal(accounts: "account_id,name,is_key_account\nA1,Acme,true\nA2,Beta,false\n");
        var templates = dir.CopyTemplates();
        var cover = Path.Combine(templates, "account-plan", "01-cover.html");
        var text = File.ReadAllText(cover);
        Assert.Contains("{{ for k in headline limit:4 }}{{ include 'partials/kpi-tile.html' }}{{ end }}", text);
        File.WriteAllText(cover, text.Replace("{{ for k in headline limit:4 }}{{ include 'partials/kpi-tile.html' }}{{ end }}", ""));
        var r = KamProcess.Run(dir.Path, "generate", "--data", ".", "--templates", templates, "--no-workbook");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("check failed: account-plans/A1-acme.pdf: page 1 does not show", r.Stdout + r.Stderr);
        Assert.DoesNotContain("   at ", r.Stdout + r.Stderr);
        var manifest = JsonSerializer.Deserialize<Manifest>(File.ReadAllText(Directory.GetFiles(Path.Combine(dir.Path, "out"),
            "manifest.json", SearchOption.AllDirectories).Single()), Manifest.Json)!;
        Assert.Equal(DocumentCheck.Failed, manifest.Outputs.Single(o => o.Path == "account-plans/A1-acme.pdf").Check!.Status);
        Assert.Equal(DocumentCheck.Passed, manifest.Outputs.Single(o => o.Path == "review-packs/portfolio.pdf").Check!.Status);
    }

    [Theory]
    [InlineData("sample")]
    [InlineData("300")]
    [InlineData("1000")]
    [InlineData("abc")]
    public async Task The_packs_page_one_reads_back_as_kpis_csv_gives_it(string portfolio)
    {
        using var data = new TempDir();
        using var outDir = new TempDir();
        var kit = SampleKit.Load(SampleFolders.Make(portfolio, data));
        CsvOutputs.WriteKpis(Path.Combine(outDir.Path, "kpis.csv"), kit.P);
        CsvOutputs.WriteScopes(Path.Combine(outDir.Path, "scopes.csv"), kit.P, kit.Composer.Context.PreviousYear);
        var book = FigureBook.Read(outDir.Path);
        var sponsors = DocumentCatalog.Sponsors(kit.P);
        // The portfolio pack and every sponsor's pack, each within its kind's bound (24 and 16 pages), and every brief on one page.
        var packs = new[] { kit.Composer.PortfolioPack() }.Concat(sponsors.Select(kit.Composer.SponsorPack)).ToArray();
        foreach (var s in sponsors)
        {
            var brief = new KamReports.Documents.ReviewPack.ReviewPackComposer(kit.Composer.Context).Brief(s);
            var briefPdf = await browser.Printer.PrintAsync(kit.Renderer.Render(DocumentCatalog.SponsorBrief, brief));
            var (briefPages, briefFailures) = PdfReadBack.Check(briefPdf, 1, brief.PageOne);
            Assert.True(briefFailures.Count == 0, s + ": " + string.Join("\n", briefFailures));
            Assert.Equal(1, briefPages);
        }
        foreach (var pack in packs)
        {
            Assert.Empty(Reconciler.Check(pack.PageOne, book, kit.Formatter));
            var kind = pack.IsPortfolio ? DocumentCatalog.PortfolioPack : DocumentCatalog.SponsorPack;
            var pdf = await browser.Printer.PrintAsync(kit.Renderer.Render(kind, pack));
            var (pages, failures) = PdfReadBack.Check(pdf, kind.MaxPages, pack.PageOne);
            Assert.True(failures.Count == 0, (pack.Sponsor ?? "portfolio") + ": " + string.Join("\n", failures));
            Assert.InRange(pages, 2, kind.MaxPages);
            // And by hand: the TTM revenue of the pack's accounts, summed here, is on page 1 as its tile writes it.
            var expected = kit.Formatter.MoneyShort((double)(pack.IsPortfolio
                ? kit.P.KeyAccounts.Sum(a => a.Kpis.RevenueTtm)
                : kit.P.Accounts.Where(a => a.Account.ExecutiveSponsor == pack.Sponsor).Sum(a => a.Kpis.RevenueTtm)));
            Assert.Contains(expected.Replace("\u00A0", " "), PdfText.Read(pdf).Pages[0].Replace("\u00A0", " "));
        }
    }
}
