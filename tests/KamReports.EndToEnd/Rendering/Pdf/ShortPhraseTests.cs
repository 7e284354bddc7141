using KamReports.EndToEnd.Support;
using KamReports.TestSupport;
using UglyToad.PdfPig;

namespace KamReports.EndToEnd.Rendering.Pdf;

/// <summary>Issue 23: a short phrase never breaks across lines: a Chinese tile caption ("较去年同季度"), a German health light
/// ("58 / 100 · beobachten").</summary>
[Collection("browser")]
public class ShortPhraseTests(BrowserFixture browser)
{
    [Fact]
    public async Task Chinese_tile_captions_stay_on_one_line()
    {
        var kit = SampleKit.Load(Repo.SampleData, "zh-CN");
        var pdf = await browser.Printer.PrintAsync(kit.Renderer.ReviewPack(kit.Composer.PortfolioPack()));
        // The tiles' captions as the string table writes them (较去年同期, 较之前12个月).
        foreach (var phrase in new[] { "vs.quarter", "vs.ttm" }.Select(k => kit.Formatter.Strings.TryGet(k)!.Replace(" ", "")))
            Assert.True(Lines(pdf, phrase, after: "%点") is [1, ..] && Lines(pdf, phrase, after: "%点").All(n => n == 1),
                $"\"{phrase}\" breaks across lines");
    }

    [Fact]
    public async Task A_german_health_light_stays_on_one_line()
    {
        var kit = SampleKit.Load(Repo.SampleData, "de-DE");
        var meridian = kit.P.Accounts.Single(a => a.Account.AccountId == "ACC-0001");
        var pdf = await browser.Printer.PrintAsync(kit.Renderer.AccountPlan(kit.Composer.AccountPlan(meridian)));
        var phrase = $"{meridian.Kpis.HealthScore!.Value:0}/100·beobachten";
        Assert.Equal([1], Lines(pdf, phrase));
    }

    // For each place page 1 writes the phrase (spaces ignored; with `after`, only where it follows one of those characters, as a
    // tile's caption follows its change): on how many lines its letters lie.
    private static List<int> Lines(byte[] pdf, string phrase, string? after = null)
    {
        using var doc = PdfDocument.Open(pdf);
        var letters = doc.GetPage(1).Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToArray();
        // A letter may carry more than one character (a ligature): map every character back to its letter.
        var owner = letters.SelectMany((l, n) => l.Value.Select(_ => n)).ToArray();
        var text = string.Concat(letters.Select(l => l.Value));
        var target = phrase.Replace(" ", "");
        var found = new List<int>();
        for (var i = text.IndexOf(target, StringComparison.Ordinal); i >= 0; i = text.IndexOf(target, i + 1, StringComparison.Ordinal))
        {
            if (after is not null && (i == 0 || !after.Contains(text[i - 1]))) continue;
            var run = owner.Skip(i).Take(target.Length).Distinct().Select(n => letters[n]);
            // Glyphs of two fonts on one line may sit a fraction of a point apart: a new line is a drop of more than 2 pt.
            var ys = run.Select(l => l.StartBaseLine.Y).ToArray();
            found.Add(ys.Max() - ys.Min() > 2 ? 2 : 1);
        }
        return found;
    }
}
