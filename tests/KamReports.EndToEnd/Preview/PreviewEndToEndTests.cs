using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using KamReports.Compute;
using KamReports.Config;
using KamReports.Data;
using KamReports.EndToEnd.Support;
using KamReports.Formatting;
using KamReports.Rendering.Html;
using KamReports.Rendering.Pdf;
using KamReports.Sample;
using KamReports.TestSupport;
using Microsoft.Playwright;

namespace KamReports.EndToEnd.Preview;

public class PreviewEndToEndTests
{

    [Fact]
    public async Task Preview_serves_documents_reloads_on_template_changes_and_recovers_from_errors()
    {
        using var tmp = new TempDir();
        var data = Path.Combine(tmp.Path, "data");
        new SampleGenerator(new SampleOptions(Accounts: 6, Seed: 11)).Write(data);
        var templates = tmp.CopyTemplates();
        // The value the page must show: ACC-0001's quarter revenue as the headline tile formats it.
        var config = new KamConfig();
        var loaded = DataLoader.Load(data, config);
        var portfolio = PortfolioCalculator.Compute(loaded, config, PortfolioCalculator.DefaultPeriod(loaded, config));
        var acc = portfolio.Accounts.Single(a => a.Account.AccountId == "ACC-0001");
        var expected = new ValueFormatter(System.Globalization.CultureInfo.GetCultureInfo("en"), "EUR", StringTable.Load(templates, System.Globalization.CultureInfo.GetCultureInfo("en"))).MoneyShort((double)acc.Kpis.Revenue);

        var port = Ports.Free();
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = tmp.Path };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "kam.dll"), "preview", "--data", data, "--templates", templates, "--port", port.ToString() }) psi.ArgumentList.Add(a);
        psi.Environment["NO_COLOR"] = "1";
        using var server = Process.Start(psi)!;
        try
        {
            var url = $"http://127.0.0.1:{port}/";
            var started = Stopwatch.StartNew();
            string? line;
            while ((line = await server.StandardOutput.ReadLineAsync()) is not null && !line.Contains(url, StringComparison.Ordinal))
                Assert.True(started.Elapsed < TimeSpan.FromSeconds(60), "preview did not start");
            Assert.NotNull(line);

            using var http = new HttpClient { BaseAddress = new Uri(url) };
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("doc/..%2F..%2F..%2Fetc%2Fpasswd")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("doc/plan-does-not-exist")).StatusCode);
            Assert.NotEqual(HttpStatusCode.OK, (await http.PostAsync("/", new StringContent("x"))).StatusCode);
            Assert.NotEqual(HttpStatusCode.OK, (await http.GetAsync("../../etc/passwd")).StatusCode);

            using var pw = await Playwright.CreateAsync();
            await using var browser = await pw.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = BrowserLocator.Find(null), Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
            });
            var page = await browser.NewPageAsync();
            page.SetDefaultTimeout(20_000);
            await page.GotoAsync(url);
            await Assertions.Expect(page.Locator("h2", new() { HasText = "Account plans" })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("a", new() { HasText = "Portfolio review pack" })).ToBeVisibleAsync();

            await page.Locator("a", new() { HasText = "(ACC-0001)" }).ClickAsync();
            await Assertions.Expect(page.Locator("h1", new() { HasText = acc.Account.Name })).ToBeVisibleAsync();
            var tile = page.Locator(".tile", new() { HasText = "Revenue (quarter)" }).First.Locator(".t-value");
            await Assertions.Expect(tile).ToHaveTextAsync(expected);
            var docUrl = page.Url;

            // Edit a partial: the open page reloads by itself.
            var team = Path.Combine(templates, "account-plan", "03-team.html");
            var original = await File.ReadAllTextAsync(team);
            await File.WriteAllTextAsync(team, original + "\n<p id=\"live-marker\">Edited while previewing</p>\n");
            await Assertions.Expect(page.Locator("#live-marker")).ToHaveTextAsync("Edited while previewing");
            Assert.Equal(docUrl, page.Url);

            // A syntax error shows the error panel with file and line, and the server keeps running.
            await File.WriteAllTextAsync(team, original + "\n{{ for x in }}\n");
            await Assertions.Expect(page.Locator("#kam-error")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#kam-error")).ToContainTextAsync("03-team.html");
            await Assertions.Expect(page.Locator("#kam-error")).ToContainTextAsync("line");
            await Assertions.Expect(page.Locator("#kam-error .hit")).ToContainTextAsync("{{ for x in }}");

            // Fixing it recovers the document on the same page.
            await File.WriteAllTextAsync(team, original);
            await Assertions.Expect(page.Locator("h1", new() { HasText = acc.Account.Name })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#kam-error")).ToHaveCountAsync(0);

            // A plan form saved into DATA/forms/ (a folder that did not exist when the preview started) reloads the page with its words.
            var formsOut = Path.Combine(tmp.Path, "forms-out");
            var (_, formPath, _) = KamReports.Forms.FormsRunner.Run(data, null, formsOut, acc.Account.KeyAccountManager, DateOnly.FromDateTime(DateTime.Today)).Written.Single();
            using (var wb = new ClosedXML.Excel.XLWorkbook(formPath))
            {
                var notes = wb.Worksheet("plan_notes");
                var row = KamReports.Data.PlanForm.FirstDataRow;
                while (notes.Cell(row, 1).GetString().Length > 0 && !(notes.Cell(row, 1).GetString() == "ACC-0001" && notes.Cell(row, 3).GetString() == "summary")) row++;
                notes.Cell(row, 1).SetValue("ACC-0001");
                notes.Cell(row, 3).SetValue("summary");
                notes.Cell(row, 4).SetValue("Written in the plan form while previewing");
                wb.Save();
            }
            Directory.CreateDirectory(Path.Combine(data, "forms"));
            await Task.Delay(500);
            File.Copy(formPath, Path.Combine(data, "forms", Path.GetFileName(formPath)));
            await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Written in the plan form while previewing");

            // The PDF button prints through the batch's printer.
            var pdf = await http.GetAsync(docUrl.Replace("/doc/", "/pdf/"));
            Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
            Assert.Contains("Executive summary", PdfText.Read(await pdf.Content.ReadAsByteArrayAsync()).All);
            Assert.False(server.HasExited);
        }
        finally
        {
            if (!server.HasExited) server.Kill(true);
        }
    }
}
