using System.Net;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using KamReports.Data;
using KamReports.EndToEnd.Support;
using KamReports.Forms;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KamReports.EndToEnd.Cli.Preview;

/// <summary>
/// An open plan page follows the files it comes from: every test starts its own <c>kam preview</c>, opens ACC-0001's plan,
/// changes a file, waits for the server's signal that it saw the change, then for the page to show it (no sleeps).
/// </summary>
[Collection("preview")]
public class PreviewReloadTests(PreviewBrowser browser) : IAsyncLifetime
{
    private const string AccountId = "ACC-0001";
    private const string BrokenLine = "{{ for x in }}";

    private readonly PreviewProcess _preview = new();
    private IBrowserContext? _context;
    private IPage _page = null!;
    private string _docUrl = "";

    private string Partial => Path.Combine(_preview.TemplatesDir, "account-plan", "09-relationship-team.html");

    private string AccountName => _preview.Account(AccountId).Account.Name;

    public async Task InitializeAsync()
    {
        await _preview.InitializeAsync();
        _context = await browser.NewContextAsync();
        _page = await _context.NewPageAsync();
        _docUrl = _preview.Url + "doc/" + _preview.PlanId(AccountId);
        await _page.GotoAsync(_docUrl);
        await Expect(_page.Locator("h1", new() { HasText = AccountName })).ToBeVisibleAsync();
    }

    public async Task DisposeAsync()
    {
        if (_context is not null) await _context.DisposeAsync();
        await _preview.DisposeAsync();
    }

    [Fact]
    public async Task Editing_a_partial_reloads_the_open_page_by_itself()
    {
        _preview.Replace(Partial, File.ReadAllText(Partial) + "\n<p id=\"live-marker\">Edited while previewing</p>\n");
        await _preview.NextVersionAsync();
        await Expect(_page.Locator("#live-marker")).ToHaveTextAsync("Edited while previewing");
        Assert.Equal(_docUrl, _page.Url);
    }

    [Fact]
    public async Task A_template_syntax_error_shows_the_error_panel_with_file_and_line_and_the_server_keeps_running()
    {
        await BreakPartialAsync();
        var panel = _page.Locator("#kam-error");
        await Expect(panel).ToContainTextAsync(new Regex(@"09-relationship-team\.html, line \d+"));
        await Expect(panel.Locator(".hit")).ToContainTextAsync(BrokenLine);
        Assert.False(_preview.HasExited);
        Assert.Equal(HttpStatusCode.OK, (await _preview.Http.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Fixing_the_error_recovers_the_document_on_the_same_page()
    {
        var original = await BreakPartialAsync();
        _preview.Replace(Partial, original);
        await _preview.NextVersionAsync();
        await Expect(_page.Locator("h1", new() { HasText = AccountName })).ToBeVisibleAsync();
        await Expect(_page.Locator("#kam-error")).ToHaveCountAsync(0);
        Assert.Equal(_docUrl, _page.Url);
    }

    [Fact]
    public async Task A_plan_form_saved_into_a_forms_folder_made_while_previewing_reloads_the_page_with_its_words()
    {
        const string words = "Written in the plan form while previewing";
        var form = FilledPlanForm(words);
        var forms = Path.Combine(_preview.DataDir, PlanForm.Folder);
        Assert.False(Directory.Exists(forms));
        Directory.CreateDirectory(forms);
        // The server's signal that it saw the new folder, where a sleep used to give it time to start watching it.
        await _preview.NextVersionAsync();
        File.Move(form, Path.Combine(forms, Path.GetFileName(form)));
        await _preview.NextVersionAsync();
        await Expect(_page.Locator("body")).ToContainTextAsync(words);
        Assert.Equal(_docUrl, _page.Url);
    }

    // Appends a line Scriban cannot parse and waits until the open page shows the error panel; returns the partial as it was.
    private async Task<string> BreakPartialAsync()
    {
        var original = File.ReadAllText(Partial);
        _preview.Replace(Partial, original + "\n" + BrokenLine + "\n");
        await _preview.NextVersionAsync();
        await Expect(_page.Locator("#kam-error")).ToBeVisibleAsync();
        return original;
    }

    // The account manager's plan form with the account's summary filled in, written outside the data folder.
    private string FilledPlanForm(string summary)
    {
        var manager = _preview.Account(AccountId).Account.KeyAccountManager;
        var today = DateOnly.FromDateTime(DateTime.Today);
        var outDir = Path.Combine(_preview.Root, "forms-out");
        var (_, path, _) = FormsRunner.Run(_preview.DataDir, null, outDir, manager, today).Written.Single();
        using var workbook = new XLWorkbook(path);
        var notes = workbook.Worksheet("plan_notes");
        var row = PlanForm.FirstDataRow;
        bool Free(int r) => notes.Cell(r, 1).GetString().Length == 0;
        bool Summary(int r) => notes.Cell(r, 1).GetString() == AccountId && notes.Cell(r, 3).GetString() == "summary";
        while (!Free(row) && !Summary(row)) row++;
        notes.Cell(row, 1).SetValue(AccountId);
        notes.Cell(row, 3).SetValue("summary");
        notes.Cell(row, 4).SetValue(summary);
        workbook.Save();
        return path;
    }
}
