using System.Net;
using KamReports.EndToEnd.Support;
using static Microsoft.Playwright.Assertions;

namespace KamReports.EndToEnd.Cli.Preview;

/// <summary>
/// <c>kam preview</c> serves every document the batch would make, read-only and to this machine only (one server for the class).
/// </summary>
[Collection("preview")]
public class PreviewServingTests(PreviewProcess preview, PreviewBrowser browser) : IClassFixture<PreviewProcess>
{
    private const string AccountId = "ACC-0001";

    [Theory]
    [InlineData("doc/..%2F..%2F..%2Fetc%2Fpasswd")]
    [InlineData("doc/plan-does-not-exist")]
    [InlineData("pdf/plan-does-not-exist")]
    [InlineData("../../etc/passwd")]
    public async Task A_path_that_names_no_document_is_not_found(string path)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await preview.Http.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Only_get_requests_are_answered()
    {
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await preview.Http.PostAsync("/", new StringContent("x"))).StatusCode);
    }

    [Fact]
    public async Task A_request_that_names_another_host_is_refused()
    {
        // DNS rebinding: a page of another site whose name resolves to 127.0.0.1 sends its own Host.
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = "attacker.example";
        Assert.Equal(HttpStatusCode.MisdirectedRequest, (await preview.Http.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task The_index_lists_the_review_packs_and_a_plan_for_every_key_account()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(preview.Url);
        await Expect(page.Locator("h2", new() { HasText = "Account plans" })).ToBeVisibleAsync();
        await Expect(page.Locator("a", new() { HasText = "Portfolio review pack" })).ToBeVisibleAsync();
        var keyAccounts = preview.Portfolio.KeyAccounts.Select(a => a.Account.AccountId).ToArray();
        Assert.Contains(AccountId, keyAccounts);
        foreach (var id in keyAccounts)
            await Expect(page.Locator("a", new() { HasText = $"({id})" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_plan_opened_from_the_index_shows_the_quarter_revenue_as_the_headline_tile_formats_it()
    {
        var account = preview.Account(AccountId);
        var expected = preview.Formatter.MoneyShort((double)account.Kpis.Revenue);
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(preview.Url);
        await page.Locator("a", new() { HasText = $"({AccountId})" }).ClickAsync();
        await Expect(page.Locator("h1", new() { HasText = account.Account.Name })).ToBeVisibleAsync();
        Assert.Equal(preview.Url + "doc/" + preview.PlanId(AccountId), page.Url);
        await Expect(page.Locator(".tile", new() { HasText = "Revenue (quarter)" }).First.Locator(".t-value")).ToHaveTextAsync(expected);
    }

    [Fact]
    public async Task The_pdf_button_of_a_plan_prints_it_through_the_batchs_printer()
    {
        var id = preview.PlanId(AccountId);
        Assert.Contains($"<a href=\"/pdf/{id}\">PDF</a>", await preview.Http.GetStringAsync("doc/" + id));
        var response = await preview.Http.GetAsync("pdf/" + id);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = PdfText.Read(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("Account plan: " + preview.Account(AccountId).Account.Name, pdf.Title);
        Assert.Contains("Executive summary", pdf.All);
    }
}
