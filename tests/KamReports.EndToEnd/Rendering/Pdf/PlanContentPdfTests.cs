using System.Globalization;
using System.Text.RegularExpressions;
using KamReports.Compute;
using KamReports.Documents;
using KamReports.EndToEnd.Support;
using KamReports.Formatting;
using KamReports.Records;
using KamReports.TestSupport;

namespace KamReports.EndToEnd.Rendering.Pdf;

/// <summary>Issue 12: the plan shows the team's words and intentions; read back from the printed sample documents.</summary>
[Collection("browser")]
public class PlanContentPdfTests(BrowserFixture browser)
{
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en");

    private static SampleKit Sample() => SampleKit.Load();

    // PdfPig joins words with single spaces; texts wrap across lines, so compare with whitespace folded.
    // A word hyphenated at a line end ("price- increase") reads whole again.
    private static string Fold(string s) => Regex.Replace(Regex.Replace(s, @"\s+", " "), @"(\p{L})- (\p{L})", "$1-$2");

    // A wrapped table cell is read line by line, interleaved with its neighbours: the text's words must appear in order.
    private static void AssertWordsInOrder(string text, string page)
    {
        var at = 0;
        foreach (var word in text.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            var next = page.IndexOf(word, at, StringComparison.Ordinal);
            Assert.True(next >= 0, $"\"{word}\" of \"{text}\" not found (in order) in: {page}");
            at = next + word.Length;
        }
    }

    [Fact]
    public async Task A_plan_shows_the_asks_on_page_1_objectives_with_progress_and_status_value_and_pipeline()
    {
        var (p, composer, renderer, _) = Sample();
        var a = p.Accounts.Single(x => x.Account.AccountId == "ACC-0001");
        var pdf = PdfText.Read(await browser.Printer.PrintAsync(renderer.AccountPlan(composer.AccountPlan(a))));
        // The team's first open ask (overdue first, then by when it is needed) is on page 1.
        var ask = a.Asks.Where(x => x.Open).OrderByDescending(x => x.Overdue).ThenBy(x => x.Ask.NeededBy ?? DateOnly.MaxValue).First().Ask.Text;
        AssertWordsInOrder(ask, Fold(pdf.Pages[0]));
        Assert.Contains("FROM " + a.Account.KeyAccountManager!.ToUpperInvariant(), pdf.Pages[0]);

        var all = Fold(pdf.All);
        var objective = a.Objectives.First(o => o.Progress is not null && o.Status is not null);
        Assert.Contains(objective.Objective.Text, all);
        Assert.Contains(objective.Progress!.Value.ToString("P0", En).Replace(" ", ""), all);
        var status = StringTable.Load(Repo.Templates, En).TryGet("value." + Codes.Of(objective.Status))!;
        Assert.Contains(status, all);

        var element = a.ValuePropositions.First(v => v.QuantifiedValue is not null);
        Assert.Contains(element.ValueElement, all);
        Assert.Contains("€" + element.QuantifiedValue!.Value.ToString("N0", En), all);

        var offer = a.OpenOffers.First(o => o.Name is not null);
        Assert.Contains(offer.Name!, all);
        Assert.Contains("€" + offer.Value!.Value.ToString("N0", En), all);
    }

    [Fact]
    public async Task A_sponsor_pack_opens_on_page_1_with_the_decisions_listing_the_teams_asks()
    {
        var (p, composer, renderer, _) = Sample();
        var a = p.Accounts.Single(x => x.Account.AccountId == "ACC-0001");
        var model = composer.SponsorPack(a.Account.ExecutiveSponsor!);
        var pdf = PdfText.Read(await browser.Printer.PrintAsync(renderer.ReviewPack(model)));
        var page = Fold(pdf.Pages[0]);
        Assert.Contains("DECISIONS WE NEED FROM YOU", page.ToUpperInvariant());
        // The top decision on page 1 is the model's first, with its text.
        AssertWordsInOrder(model.Decisions[0].What, page);
        Assert.Contains(model.Decisions[0].Account, page);
        // An ask written only as a plan note is tracked as an ask too: on page 1 or in the decisions that follow.
        var fromNotes = p.Accounts.SelectMany(x => x.Asks).Where(x => x.FromNotes && x.Open
            && p.Accounts.Single(y => y.Account.AccountId == x.Ask.AccountId).Account.ExecutiveSponsor == a.Account.ExecutiveSponsor).ToArray();
        foreach (var x in fromNotes) AssertWordsInOrder(x.Ask.Text, Fold(pdf.All));
    }
}
