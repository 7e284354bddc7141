using System.Text.Json;
using System.Text.RegularExpressions;
using KamReports.TestSupport;
using KamReports.Tests.Support;

namespace KamReports.Tests.Rendering;

/// <summary>Issue 14: the zh-CN and de-DE documents, printed and read back with PdfPig, speak their language: legends, money, periods, no English fixed text.</summary>
[Collection("browser")]
public class LanguageEditionPdfTests(BrowserFixture browser)
{
    private static Dictionary<string, string> Table(string culture) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(Repo.Templates, "strings", culture + ".json")))!;

    // PdfPig reads a no-break space as a space; line ends are spaces too.
    private static string Flat(string text) => Regex.Replace(text.Replace('\u00A0', ' ').Replace('\u2060'.ToString(), ""), @"\s+", " ");

    private static string Xml(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("de-DE")]
    public void Every_shipped_table_translates_every_key_with_the_same_placeholders(string culture)
    {
        var en = Table("en");
        var table = Table(culture);
        Assert.Empty(en.Keys.Except(table.Keys));
        Assert.Empty(table.Keys.Except(en.Keys));
        foreach (var (key, text) in en.Where(kv => !kv.Key.StartsWith("format.", StringComparison.Ordinal))) // a format may use {2} or {3} of its own
        {
            var expected = Regex.Matches(text, @"\{\d\}").Select(m => m.Value).Distinct().Order();
            Assert.True(expected.SequenceEqual(Regex.Matches(table[key], @"\{\d\}").Select(m => m.Value).Distinct().Order()), $"{culture}: {key} has other placeholders than en");
        }
    }

    [Fact]
    public void German_money_periods_dates_and_percentages_follow_german_conventions()
    {
        var f = new RenderKit("de-DE").Formatter;
        Assert.Equal("1,2\u00A0Mio.\u00A0€", f.MoneyShort(1_234_567));
        Assert.Equal("850\u00A0Tsd.\u00A0€", f.MoneyShort(850_000));
        Assert.Equal("3. Quartal 2026", f.Quarter("2026-Q3"));
        Assert.Equal("Q3/26", f.QuarterAxis("2026-Q3"));
        Assert.Equal("01.07.2026", f.Date(new DateOnly(2026, 7, 1)));
        Assert.Equal("12,5\u00A0%", f.Percent(0.125));
        Assert.Equal("1.234.568\u00A0€", f.Money(1_234_567.8));
    }

    [Fact]
    public void Chinese_chart_amounts_keep_their_scale_word()
    {
        // The product-mix chart's labels are all Latin (product lines): its amounts once lost 万 ("€29.0" for €29.0万).
        var kit = SampleKit.Load(culture: "zh-CN");
        var account = kit.P.Accounts.First(a => a.Account.AccountId == "ACC-0001");
        var html = kit.Renderer.AccountPlan(kit.Composer.AccountPlan(account)).Html;
        var texts = Regex.Matches(html, @"<text[^>]*>\s*([^<]*?)\s*</text>").Select(m => m.Groups[1].Value).ToHashSet();
        foreach (var line in account.ProductLines.Where(l => l.RevenueTtm >= 10_000))
        {
            var label = kit.Formatter.MoneyShort((double)line.RevenueTtm);
            Assert.EndsWith("万", label);
            Assert.Contains(label, texts);
        }
    }

    [Theory]
    [InlineData("zh-CN", "万", "2026年第三季度")]
    [InlineData("de-DE", "Tsd. €", "3. Quartal 2026")]
    public async Task Printed_plan_and_pack_carry_translated_legends_local_money_and_period_and_no_english(string culture, string moneyScale, string period)
    {
        var kit = SampleKit.Load(culture: culture); // sample-data: amounts large enough for 万 and Tsd.
        var en = Table("en");
        var table = Table(culture);
        var account = kit.P.Accounts.First(a => a.Account.AccountId == "ACC-0001");
        var planDoc = kit.Renderer.AccountPlan(kit.Composer.AccountPlan(account));
        var packDoc = kit.Renderer.ReviewPack(kit.Composer.PortfolioPack());
        var (planHtml, packHtml) = (planDoc.Html, packDoc.Html);
        var plan = Flat(PdfText.Read(await browser.Printer.PrintAsync(planDoc)).All);
        var pack = Flat(PdfText.Read(await browser.Printer.PrintAsync(packDoc)).All);

        // Chart legends of the revenue and satisfaction charts, and the pack's revenue chart.
        foreach (var key in new[] { "chart.revenue", "chart.target", "chart.nps", "chart.satisfaction" })
            Assert.Contains(Flat(table[key]), plan);
        Assert.Contains(Flat(table["chart.revenue_with_target"]), pack);
        // Axis titles (the value map's and the portfolio matrix's), drawn in a font that has their glyphs: none is lost.
        // The horizontal ones are read back from the PDF; the vertical ones (PdfPig reads rotated text letter by letter) from the chart's SVG.
        Assert.Contains(Flat(table["chart.advantage"]), plan);
        Assert.Contains(Flat(table["chart.relationship"]), pack);
        Assert.Matches(">\\s*" + Regex.Escape(Xml(table["chart.importance"])) + "\\s*</text>", planHtml);
        Assert.Matches(">\\s*" + Regex.Escape(Xml(table["chart.potential"])) + "\\s*</text>", packHtml);
        // Money in the culture's scale words, the period as the culture writes it, the ISO label nowhere.
        Assert.Contains(Flat(kit.Formatter.MoneyShort((double)account.Kpis.RevenueTtm)), plan);
        Assert.Contains(moneyScale, plan);
        foreach (var text in new[] { plan, pack })
        {
            Assert.Contains(period, text);
            Assert.DoesNotContain("2026-Q3", text);
        }
        // No English phrase of the string table that the culture translates.
        var fragments = en.Where(kv => table[kv.Key] != kv.Value)
            .SelectMany(kv => Regex.Split(kv.Value, @"\{\d\}")).Select(s => s.Trim(' ', ':', ',', '.', ';', '(', ')'))
            .Where(s => s.Length >= 8 && s.Contains(' ') && s.Any(char.IsLetter)).Distinct().ToArray();
        foreach (var text in new[] { plan, pack })
        {
            var left = fragments.Where(s => text.Contains(s, StringComparison.Ordinal)).ToArray();
            Assert.True(left.Length == 0, $"English left in the printed {culture} document: " + string.Join(" | ", left.Take(10)));
        }
    }
}
