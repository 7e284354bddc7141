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
            Assert.True(Lines(pdf, phrase) is [1, ..] && Lines(pdf, phrase).All(n => n == 1), $"\"{phrase}\" breaks across lines");
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

    // For each place page 1 writes the phrase (spaces ignored): on how many lines its letters lie.
    private static List<int> Lines(byte[] pdf, string phrase)
    {
        using var doc = PdfDocument.Open(pdf);
        var letters = doc.GetPage(1).Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToArray();
        var text = string.Concat(letters.Select(l => l.Value));
        var target = phrase.Replace(" ", "");
        var found = new List<int>();
        for (var i = text.IndexOf(target, StringComparison.Ordinal); i >= 0; i = text.IndexOf(target, i + 1, StringComparison.Ordinal))
        {
            // Letters are single characters here (the fonts map one glyph to one character).
            var run = letters.Skip(i).Take(target.Length);
            found.Add(run.Select(l => Math.Round(l.StartBaseLine.Y)).Distinct().Count());
        }
        return found;
    }
}
